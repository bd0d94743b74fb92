import type { Migration } from 'kysely/migration';
import * as m0001 from './0001_initial';
import * as m0002 from './0002_selections';
import * as m0003 from './0003_rounds';

/**
 * Every migration this version of Panelis knows, in order. A static list (not a folder
 * scan) so the bundled app finds them. Add one file per schema change; never edit one
 * that has shipped.
 */
export const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_selections': m0002,
  '0003_rounds': m0003,
};

