import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, methodNames } from '../../shared/contract';
import { method, open, SUBJECT_KEYS, type MethodSpec } from '../../shared/contract/define';

describe('every contract method declares its effect', () => {
  it('a method without an effect does not compile, nor one whose subject is not among its arguments', () => {
    const args = z.object({ selectionId: z.string() }).strict();
    // @ts-expect-error a method must say whether it reads, alters results, or why else it writes
    const missing: MethodSpec<typeof args, null> = method(args, open).returns<null>();
    // @ts-expect-error the subject must be one of the method's own arguments
    const wrongSubject = method(args, open).returns<null>().alters('roundId');
    const fine: MethodSpec<typeof args, null> = method(args, open).returns<null>().alters('selectionId');
    expect([missing, wrongSubject, fine.effect]).toHaveLength(3);
  });

  it('each declared effect is one of the three kinds, with a subject the freeze can follow or a written reason', () => {
    for (const m of methodNames) {
      const e = contract[m].effect;
      if (e.kind === 'results') expect(SUBJECT_KEYS, m).toContain(e.subject);
      else if (e.kind === 'other') expect(e.why.length, m).toBeGreaterThan(30);
      else expect(e.kind, m).toBe('reads');
    }
  });
});
