import type { Migration } from 'kysely/migration';
import * as m0001 from './0001_initial';
import * as m0002 from './0002_selections';
import * as m0003 from './0003_rounds';
import * as m0004 from './0004_deliberation';
import * as m0005 from './0005_results_inputs';
import * as m0006 from './0006_documents';
import * as m0007 from './0007_score_order';
import * as m0008 from './0008_documents_and_votes';
import * as m0009 from './0009_formations';

/**
 * Every migration this version of Panelis knows, in order. A static list (not a folder
 * scan) so the bundled app finds them. Add one file per schema change; never edit one
 * that has shipped.
 */
export const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_selections': m0002,
  '0003_rounds': m0003,
  '0004_deliberation': m0004,
  '0005_results_inputs': m0005,
  '0006_documents': m0006,
  '0007_score_order': m0007,
  '0008_documents_and_votes': m0008,
  '0009_formations': m0009,
};
