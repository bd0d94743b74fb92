import type { Kysely } from 'kysely';
import { DOCUMENT_TYPES, type DocumentRecord, type DocumentType } from '../../shared/contract/documents-types';
import { PanelisError } from '../../shared/errors';
import type { Database } from '../vault/schema';
import type { RegistryLookup } from './verify/verify';

/** The vault's register of generated documents: list, the signed file, the hashes verify compares. */

/** documents.type: only generateDocument writes it; anything else is a damaged row. */
function documentTypeOf(type: string): DocumentType {
  const known = DOCUMENT_TYPES.find((t) => t === type);
  if (!known) throw new PanelisError('VAULT_DAMAGED', { reason: `documents.type: ${type}` });
  return known;
}

export function recordOf(r: Omit<Database['documents'], 'pdf' | 'data'>): DocumentRecord {
  return {
    id: r.id,
    type: documentTypeOf(r.type),
    selectionId: r.selection_id,
    title: r.title,
    number: r.number,
    dataSha256: r.data_sha256,
    pdfSha256: r.pdf_sha256,
    certificateSha256: r.certificate_sha256,
    createdBy: { personId: r.created_by, name: r.created_by_name },
    createdAt: r.created_at,
    pages: r.pages,
  };
}

export async function listDocuments(db: Kysely<Database>, selectionId: string | null): Promise<DocumentRecord[]> {
  let q = db
    .selectFrom('documents')
    .select([
      'id',
      'type',
      'selection_id',
      'subject_id',
      'title',
      'number',
      'seq',
      'data_sha256',
      'pdf_sha256',
      'certificate_sha256',
      'pages',
      'created_by',
      'created_by_name',
      'created_at',
    ])
    .orderBy('seq', 'desc');
  if (selectionId) q = q.where('selection_id', '=', selectionId);
  return (await q.execute()).map(recordOf);
}

export async function documentFile(db: Kysely<Database>, id: string): Promise<{ record: DocumentRecord; pdf: Buffer }> {
  const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new PanelisError('DOCUMENT_NOT_FOUND');
  return { record: recordOf(row), pdf: Buffer.from(row.pdf) };
}

export function registryOf(db: Kysely<Database>): RegistryLookup {
  return async (id) => {
    const row = await db
      .selectFrom('documents')
      .select(['data_sha256', 'pdf_sha256', 'certificate_sha256'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? { dataSha256: row.data_sha256, pdfSha256: row.pdf_sha256, certificateSha256: row.certificate_sha256 } : null;
  };
}

export function fileNameOf(r: DocumentRecord): string {
  const base = r.title
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `${base}-${r.id.slice(0, 8)}.pdf`;
}
