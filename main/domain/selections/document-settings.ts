import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DocumentSettings } from '../../../shared/contract/documents-types';
import { defaultDocumentSettings } from '../../../shared/documents/settings';
import { PanelisError } from '../../../shared/errors';
import { templateInfo, type TemplateKey } from '../../../shared/selection/templates';
import { documentSettingsColumn } from '../../vault/codecs/columns';
import type { Database } from '../../vault/schema';
import type { Vault } from '../../vault/vault';
import type { Actor } from '../audit/actor';
import { mutate, type Trx } from '../mutate';
import { readSettings } from '../settings/settings';

/**
 * Document settings: one set per selection (letterhead, committee name, legal basis,
 * numbering, paper, time zone), prefilled when the selection is created from the vault-wide
 * defaults and its template. The JSON columns are decoded here and nowhere else.
 */

const DEFAULTS_KEY = 'documents';

/** Decodes a stored settings JSON; a row that does not decode reads as the defaults. */
const decode = (json: string): DocumentSettings => documentSettingsColumn.tryDecode(json) ?? { ...defaultDocumentSettings };

/** The logo is kept out of audit summaries (large); its hash is enough. */
function brief(s: DocumentSettings) {
  return { ...s, logo: s.logo ? createHash('sha256').update(s.logo).digest('hex') : null };
}

export async function readDocumentDefaults(db: Kysely<Database>): Promise<DocumentSettings> {
  const row = await db.selectFrom('document_settings').select('value').where('key', '=', DEFAULTS_KEY).executeTakeFirst();
  return row ? decode(row.value) : { ...defaultDocumentSettings };
}

export async function saveDocumentDefaults(vault: Vault, actor: Actor, next: DocumentSettings, now: () => Date): Promise<DocumentSettings> {
  return mutate(
    vault,
    actor,
    async (trx) => {
      const before = await readDocumentDefaults(trx);
      const value = documentSettingsColumn.encode(next);
      const at = now().toISOString();
      await trx
        .insertInto('document_settings')
        .values({ key: DEFAULTS_KEY, value, updated_at: at })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at }))
        .execute();
      return { value: next, audit: { action: 'documents.defaults', subject: 'documents', before: brief(before), after: brief(next) } };
    },
    now,
  );
}

/** A selection's document settings (a selection made before they existed reads the defaults). */
export async function readSelectionDocuments(db: Kysely<Database>, selectionId: string): Promise<DocumentSettings> {
  const row = await db.selectFrom('selection_documents').select('value').where('selection_id', '=', selectionId).executeTakeFirst();
  if (row) return decode(row.value);
  const exists = await db.selectFrom('selections').select('id').where('id', '=', selectionId).executeTakeFirst();
  if (!exists) throw new PanelisError('SELECTION_NOT_FOUND');
  return readDocumentDefaults(db);
}

export async function saveSelectionDocuments(
  vault: Vault,
  actor: Actor,
  selectionId: string,
  next: DocumentSettings,
  now: () => Date,
): Promise<DocumentSettings> {
  return mutate(
    vault,
    actor,
    async (trx) => {
      const before = await readSelectionDocuments(trx, selectionId);
      const value = documentSettingsColumn.encode(next);
      const at = now().toISOString();
      await trx
        .insertInto('selection_documents')
        .values({ selection_id: selectionId, value, updated_at: at })
        .onConflict((oc) => oc.column('selection_id').doUpdateSet({ value, updated_at: at }))
        .execute();
      return {
        value: next,
        audit: { action: 'selection.documents', subject: `selection:${selectionId}`, before: brief(before), after: brief(next) },
      };
    },
    now,
  );
}

/**
 * A new selection's settings: the vault defaults, with the template's committee name and
 * legal basis (a PPPK selection never inherits a JPT committee's "Dasar"). Without a
 * template, the defaults' committee name or else the vault's.
 */
export async function writeInitialSelectionDocuments(
  trx: Trx,
  selectionId: string,
  template: TemplateKey | null,
  at: string,
): Promise<void> {
  const defaults = await readDocumentDefaults(trx);
  const vaultName = (await readSettings(trx)).committeeName;
  const info = template ? templateInfo[template] : null;
  const settings: DocumentSettings = {
    ...defaults,
    committeeName: info ? info.committeeName : defaults.committeeName || vaultName,
    legalBasis: info ? [...info.legalBasis] : defaults.legalBasis,
  };
  await trx
    .insertInto('selection_documents')
    .values({ selection_id: selectionId, value: documentSettingsColumn.encode(settings), updated_at: at })
    .execute();
}
