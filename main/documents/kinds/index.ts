import type { DocumentType } from '../../../shared/contract/documents-types';
import { beritaAcara } from './berita-acara';
import { hasilIndividu } from './hasil-individu';
import { instrumen } from './instrumen';
import type { DocumentKind, LoadContext, Prepared, RequestOf } from './kind';
import { lembarPenilaian } from './lembar-penilaian';
import { notulen } from './notulen';
import { pengumuman } from './pengumuman';

/** Every document kind, once: a new kind is a module here, and the table will not compile without it. */
export const documentKinds: { [K in DocumentType]: DocumentKind<K> } = {
  beritaAcara,
  pengumuman,
  lembarPenilaian,
  hasilIndividu,
  notulen,
  instrumen,
};

export type { LoadContext, Prepared, RequestOf };
