import { resolve } from 'node:path';
import { ESLint, RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { gluesTwoLanguages, noGluedBilingual, noLiteralUiText } from '../../eslint-rules/ui-text.mjs';

// RuleTester reports through the test framework's describe/it.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
});

const literal = [{ message: /i18n catalogue/ }];

tester.run('no-literal-ui-text', noLiteralUiText, {
  valid: [
    "const a = <Text>{t('setup.title')}</Text>;",
    "const a = <TextInput label={t('people.name')} placeholder={t('people.namePlaceholder')} />;",
    // Not text a person reads: class names, keys, ids, test ids, links, types.
    'const a = <div className="row wide" key="k1" id="main" data-testid="desk-form" href="#x" />;',
    'const a = <Button type="submit" variant="light" color="grape" size="xs">{t(\'ok\')}</Button>;',
    // No letters: numbers, punctuation, whitespace, a dash.
    "const a = <span>{value ?? '–'} / {total} · 3</span>;",
    'const a = <td title="—">{\' \'}</td>;',
    // Template placeholders only.
    'const a = <Text title={`${code} (${count})`}>{`${a} / ${b}`}</Text>;',
    // A key's name on a shortcut.
    'const a = <Button rightSection={<Kbd size="xs">Esc</Kbd>}>{t(\'back\')}</Button>;',
  ],
  invalid: [
    { code: 'const a = <Text>Simpan</Text>;', errors: literal },
    { code: "const a = <Text>{'Simpan'}</Text>;", errors: literal },
    { code: 'const a = <TextInput label="Nama" />;', errors: literal },
    { code: "const a = <TextInput placeholder={'cari nama'} />;", errors: literal },
    { code: 'const a = <ActionIcon aria-label="Hapus" />;', errors: literal },
    { code: 'const a = <img alt="logo" />;', errors: literal },
    { code: 'const a = <Switch description="Ditampilkan kepada anggota" />;', errors: literal },
    { code: "const a = <Button title={busy ? 'Menyimpan' : t('save')} />;", errors: literal },
    { code: 'const a = <Text title={`${n} pelamar`} />;', errors: literal },
    { code: 'const a = <>Belum ada data</>;', errors: literal },
  ],
});

const glued = [{ message: /glued/ }];

tester.run('no-glued-bilingual', noGluedBilingual, {
  valid: [
    "const r = { id: 'berkas kosong', en: 'empty file' };",
    // Same language on both sides, or not language at all.
    "const cols = ['Aspek / Kriteria', 'Nama / NIP', 'pangkat / golongan'];",
    "const k = [a, b].join(' / ');",
    'const line = `${m.id} / ${m.en}`;',
    "const fmt = 'Skala 1 / 5';",
  ],
  invalid: [
    { code: "throw new PanelisError('IMPORT_UNREADABLE', { reason: 'berkas kosong / empty file' });", errors: glued },
    { code: "const r = 'no private key / tidak ada kunci privat';", errors: glued },
    { code: 'const r = `baris ${row}: tanda kutip tidak ditutup / row ${row}: unclosed quote`;', errors: glued },
    { code: "io.out('Uji coba: tidak ada yang disimpan. / Dry run: nothing written.');", errors: glued },
  ],
});

describe('gluesTwoLanguages', () => {
  it('needs an Indonesian phrase on one side of " / " and an English one on the other', () => {
    expect(gluesTwoLanguages('berkas utuh / file intact')).toBe(true);
    expect(gluesTwoLanguages('file intact / berkas utuh')).toBe(true);
    expect(gluesTwoLanguages('berkas utuh')).toBe(false);
    expect(gluesTwoLanguages('Kode / Code')).toBe(false);
  });
});

describe('the rules are wired in eslint.config.mjs', () => {
  const root = resolve(__dirname, '../..');
  const eslint = new ESLint({ cwd: root });
  const ruleIds = async (file: string, code: string) =>
    ((await eslint.lintText(code, { filePath: resolve(root, file) }))[0]?.messages ?? []).map((m) => m.ruleId);

  it('literal UI text in renderer/src, glued strings in main/ and shared/, not in the catalogues', async () => {
    expect(await ruleIds('renderer/src/screens/X.tsx', 'export const a = <p>Halo</p>;\n')).toContain('local/no-literal-ui-text');
    expect(await ruleIds('main/io/x.ts', "export const r = 'berkas kosong / empty file';\n")).toContain('local/no-glued-bilingual');
    expect(await ruleIds('shared/x.ts', "export const r = 'berkas kosong / empty file';\n")).toContain('local/no-glued-bilingual');
    expect(await ruleIds('shared/error-messages/x.ts', "export const r = 'berkas kosong / empty file';\n")).not.toContain(
      'local/no-glued-bilingual',
    );
  });
});
