import { z } from 'zod';
import { allowed, method } from './define';
import * as s from './schemas';
import type { ResultsView } from './results-types';

/** Everyone on the committee; members only for their own selections and blind until reveal (main/domain/results). */
const everyone = allowed('chair', 'secretary', 'member', 'observer');

/** Results of a selection, computed from closed rounds (shared/results). */
export const resultsMethods = {
  'results.get': method(z.object({ selectionId: s.id, stageId: s.id.optional() }).strict(), everyone).returns<ResultsView>(),
} as const;
