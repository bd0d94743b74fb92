/**
 * One text system: what a person reads comes from a catalogue (renderer/src/i18n, the error
 * and reason catalogues in shared/, the shell's in main/electron), never from a literal.
 *
 * `no-literal-ui-text` (renderer/src): refuses a string with letters as JSX text, as a JSX
 * child `{'...'}`, or as the value of an attribute a person reads (title, label, placeholder,
 * aria-label, alt, description, ...), including both branches of `a ? '...' : '...'` and the
 * fixed parts of a template. Allowed: attributes that are not text (className, key, id,
 * data-testid, href, type, ...), strings without letters (numbers, punctuation, whitespace,
 * "–", "·", "/"), template placeholders, and the name of a key inside <Kbd>/<kbd> ("Esc",
 * "P"): the shortcut is the same key in both languages.
 *
 * `no-glued-bilingual` (main/, shared/): refuses a literal that glues an Indonesian and an
 * English phrase with " / " ("berkas kosong / empty file"): each language belongs in its own
 * half of a catalogue entry.
 */

export const TEXT_ATTRIBUTES = new Set([
  'title',
  'label',
  'placeholder',
  'alt',
  'description',
  'caption',
  'summary',
  'error',
  'message',
  'tooltip',
  'confirmLabel',
  'cancelLabel',
  'nothingFoundMessage',
  'emptyMessage',
  'helperText',
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
]);

const LETTER = /\p{L}/u;

/** The literal text parts of an expression a person would read, with the node to report. */
function literalParts(node, out = []) {
  if (!node) return out;
  switch (node.type) {
    case 'Literal':
      if (typeof node.value === 'string') out.push({ node, text: node.value });
      break;
    case 'TemplateLiteral':
      for (const q of node.quasis) out.push({ node: q, text: q.value.cooked ?? q.value.raw });
      break;
    case 'ConditionalExpression':
      literalParts(node.consequent, out);
      literalParts(node.alternate, out);
      break;
    case 'LogicalExpression':
      literalParts(node.left, out);
      literalParts(node.right, out);
      break;
    case 'JSXExpressionContainer':
      literalParts(node.expression, out);
      break;
    default:
      break;
  }
  return out;
}

function attributeName(attr) {
  return attr.name.type === 'JSXNamespacedName' ? `${attr.name.namespace.name}:${attr.name.name.name}` : attr.name.name;
}

/** Inside <Kbd> or <kbd>: a key's name, the same in both languages. */
function insideKeyName(node) {
  const el = node.parent;
  if (!el || el.type !== 'JSXElement') return false;
  const name = el.openingElement.name;
  return name.type === 'JSXIdentifier' && (name.name === 'Kbd' || name.name === 'kbd');
}

const literalMessage = 'A person reads this text: take it from the i18n catalogue (t(...)), Indonesian and English, not a literal.';

/** @type {import('eslint').Rule.RuleModule} */
export const noLiteralUiText = {
  meta: {
    type: 'problem',
    docs: { description: 'Text a person reads in the renderer comes from the i18n catalogue, not a literal' },
    schema: [],
  },
  create(context) {
    const report = (parts) => {
      for (const p of parts) if (LETTER.test(p.text)) context.report({ node: p.node, message: literalMessage });
    };
    return {
      JSXText(node) {
        if (LETTER.test(node.value) && !insideKeyName(node)) context.report({ node, message: literalMessage });
      },
      JSXExpressionContainer(node) {
        if ((node.parent.type === 'JSXElement' && !insideKeyName(node)) || node.parent.type === 'JSXFragment')
          report(literalParts(node.expression));
      },
      JSXAttribute(node) {
        if (!TEXT_ATTRIBUTES.has(attributeName(node)) || !node.value) return;
        report(literalParts(node.value));
      },
    };
  },
};

// Words that mark a phrase as Indonesian or as English. Short, common, unambiguous between
// the two languages (no "data", "PDF", "final", "demo").
const INDONESIAN = new Set(
  (
    'yang dan tidak belum sudah berkas baris kolom lembar dari untuk dengan atau ini itu ada tahap pelamar ' +
    'brankas dokumen seleksi masuk sebagai kata sandi penilaian simpan buka dipilih diimpor cadangan dipulihkan sertifikat penanda ' +
    'tangan utuh pengodean kunci kosong lihat aktif ketua sekretaris anggota rapat pleno uji coba tanpa peserta hasil nama bukan sah ' +
    'peran pembukaan identitas jabatan frasa diganti tebakan berjalan berhenti pembaca batas setelah dibuka rasio kompresi didukung ' +
    'hilang terpotong rusak bidang satu lebih kalibrasi nilai bertanda diperiksa dipercaya mundur disimpan pelamar administrasi ' +
    'penilaian perbedaan konflik kepentingan memeriksa membuka semua fiktif ruang kerja peramban alamat dicetak jalankan lalu ' +
    'pilih ketik lokasi panitia privat cocok tanda ronde'
  ).split(/\s+/),
);
const ENGLISH = new Set(
  (
    'the a an and not file row rows is are of to in with from for as sign password vault selection applicant applicants ' +
    'document documents signed signer trusted intact valid chosen imported backup restored passphrase changed encoding guess running ' +
    'stop stopped dry run nothing written see member chair secretary meeting scoring reveal registration number one field several ' +
    'columns more than limit unpacked compression supported missing truncated damaged empty sheet certificate key private matches ' +
    'no text quote reader worksheet has password-protected save it open every figure fictitious workspace used type choose name ' +
    'browser address printed could be checked gate assessment plenary conflict interest disagreement revision committee verify ' +
    'round mismatch snapshot stage without'
  ).split(/\s+/),
);

function words(text) {
  return text.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
}

function hasWordOf(text, set) {
  return words(text).some((w) => set.has(w));
}

/** True when some " / " has an Indonesian phrase on one side and an English one on the other. */
export function gluesTwoLanguages(text) {
  const parts = text.split(' / ');
  for (let i = 0; i + 1 < parts.length; i++) {
    const [left, right] = [parts[i], parts[i + 1]];
    if ((hasWordOf(left, INDONESIAN) && hasWordOf(right, ENGLISH)) || (hasWordOf(left, ENGLISH) && hasWordOf(right, INDONESIAN))) {
      return true;
    }
  }
  return false;
}

const gluedMessage = 'Indonesian and English glued with " / ": put each language in its own half of a catalogue entry ({ id, en }).';

/** @type {import('eslint').Rule.RuleModule} */
export const noGluedBilingual = {
  meta: {
    type: 'problem',
    docs: { description: 'No literal glues an Indonesian and an English phrase with " / "' },
    schema: [],
  },
  create(context) {
    return {
      Literal(node) {
        if (typeof node.value === 'string' && gluesTwoLanguages(node.value)) context.report({ node, message: gluedMessage });
      },
      TemplateLiteral(node) {
        // The fixed parts read as one text, a placeholder standing in for each expression.
        const text = node.quasis.map((q) => q.value.cooked ?? q.value.raw).join('{}');
        if (gluesTwoLanguages(text)) context.report({ node, message: gluedMessage });
      },
    };
  },
};

export default { rules: { 'no-literal-ui-text': noLiteralUiText, 'no-glued-bilingual': noGluedBilingual } };
