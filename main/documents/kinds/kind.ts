import type { Kysely } from 'kysely';
import type { DocumentRequest, DocumentSettings, DocumentType } from '../../../shared/contract/documents-types';
import type { Language } from '../../../shared/errors';
import type { Database } from '../../vault/schema';
import type { Layout } from '../layout';

/** The request of one document kind. */
export type RequestOf<K extends DocumentType> = Extract<DocumentRequest, { type: K }>;

/** What a kind is given besides the request: the print date, its number and the settings that print it. */
export interface LoadContext {
  lang: Language;
  /** YYYY-MM-DD. */
  date: string;
  /** Taken for every document; printed only by numbered kinds. */
  number: string;
  settings: DocumentSettings;
  committeeName: string;
  /** Where it is signed ("…" when the settings name no place). */
  place: string;
}

/** What a kind's `load` read: the content's input, and what the registry records it as. */
export interface Loaded<I> {
  selectionId: string | null;
  subjectId: string | null;
  input: I;
}

/**
 * One document kind: `load` reads what it prints through domain functions, `content` turns that
 * into the exact (formatted) object embedded and hashed, `render` draws it.
 */
export interface KindSpec<K extends DocumentType, I, C> {
  /** Code in the document number (nomor surat), e.g. BA. */
  code: string;
  /** Numbered kinds print the number and it must be unused. */
  numbered: boolean;
  title: Record<Language, string>;
  /** The selection whose document settings print it; null: the vault-wide defaults. */
  selectionOf: (db: Kysely<Database>, req: RequestOf<K>) => Promise<string | null>;
  load: (db: Kysely<Database>, req: RequestOf<K>, ctx: LoadContext) => Promise<Loaded<I>>;
  content: (input: I) => C;
  render: (layout: Layout, content: C, lang: Language) => void;
}

/** A kind's content ready to produce: the embedded object and the drawing of it. */
export interface Prepared {
  selectionId: string | null;
  subjectId: string | null;
  content: unknown;
  render: (layout: Layout) => void;
}

/** A kind as the table holds it: its content type closed over, so one table serves every kind. */
export interface DocumentKind<K extends DocumentType> {
  code: string;
  numbered: boolean;
  title: Record<Language, string>;
  selectionOf: (db: Kysely<Database>, req: RequestOf<K>) => Promise<string | null>;
  prepare: (db: Kysely<Database>, req: RequestOf<K>, ctx: LoadContext) => Promise<Prepared>;
}

export function documentKind<K extends DocumentType, I, C>(spec: KindSpec<K, I, C>): DocumentKind<K> {
  return {
    code: spec.code,
    numbered: spec.numbered,
    title: spec.title,
    selectionOf: spec.selectionOf,
    prepare: async (db, req, ctx) => {
      const loaded = await spec.load(db, req, ctx);
      const content = spec.content(loaded.input);
      return {
        selectionId: loaded.selectionId,
        subjectId: loaded.subjectId,
        content,
        render: (layout) => spec.render(layout, content, ctx.lang),
      };
    },
  };
}
