/**
 * A text a person reads, in both languages. Code never writes one as a literal pair: it takes
 * one from a catalogue (reasons.ts, the error catalogue, the round-state names, ...).
 */
export interface Bilingual {
  readonly id: string;
  readonly en: string;
}

export type TemplateParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; an unknown placeholder stays as written, so a gap shows. */
export function fillTemplate(template: string, params: TemplateParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** Several texts as one, joined the same way in each language. */
export function joinBilingual(parts: readonly Bilingual[], separator: string): Bilingual {
  return { id: parts.map((p) => p.id).join(separator), en: parts.map((p) => p.en).join(separator) };
}

/** A name or code from the data, which reads the same in both languages. */
export function sameInBoth(text: string): Bilingual {
  return { id: text, en: text };
}

/**
 * Console output that shows both languages on one line ("berkas utuh / file intact"): the
 * command line and the demo have no language setting, so they print both halves of one entry.
 */
export function bothLanguages(text: Bilingual): string {
  return `${text.id} / ${text.en}`;
}
