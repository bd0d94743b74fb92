import type { Kysely } from 'kysely';
import type { StageInputStage, StageInputsOverview } from '../../../shared/contract/stage-inputs-types';
import type { Database } from '../../vault/schema';
import { loadSetup } from '../selections/selections';
import { componentsOf, importInfo } from './external-scores';
import { gateCounts } from './gates';
import { loadResultOptions } from './result-options';

/** The gates and external stages of a selection with what is recorded, and the result options. */
export async function stageInputsOverview(db: Kysely<Database>, selectionId: string): Promise<StageInputsOverview> {
  const setup = await loadSetup(db, selectionId);
  const stages: StageInputStage[] = [];
  for (const s of setup.stages) {
    const gate = s.kind === 'gate';
    const external = s.kind === 'scored' && s.source === 'external';
    if (!gate && !external) continue;
    let info = null;
    if (external) {
      const i = await importInfo(db, selectionId, s.id);
      if (i) {
        const { id: _importId, ...rest } = i;
        info = rest;
      }
    }
    stages.push({
      stageId: s.id,
      name: s.name,
      kind: s.kind,
      source: s.source,
      gate: gate ? await gateCounts(db, selectionId, s.id) : null,
      components: external && s.rubric ? componentsOf(s.rubric) : [],
      import: info,
    });
  }
  const { options, chosen } = await loadResultOptions(db, selectionId);
  return { selectionId, options, optionsChosen: chosen, stages };
}
