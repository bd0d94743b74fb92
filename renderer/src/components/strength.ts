import { useEffect, useState } from 'react';
import { useGeneration } from '../data/generation';

export type Score = 0 | 1 | 2 | 3 | 4;
export type Scorer = (passphrase: string, userInputs?: string[]) => Score;

let loading: Promise<Scorer> | null = null;

/**
 * zxcvbn and its 400 KB of dictionaries are loaded only when a passphrase is being chosen,
 * so the unlock and sign-in screens, opened every day, start without them.
 */
export function loadScorer(): Promise<Scorer> {
  loading ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(([core, common]) => {
    const zxcvbn = new core.ZxcvbnFactory({
      dictionary: { ...common.dictionary },
      graphs: common.adjacencyGraphs,
    });
    // Long inputs make the matcher slow; beyond 100 characters the score is 4 anyway.
    return (passphrase, userInputs = []) => zxcvbn.check(passphrase.slice(0, 100), userInputs.filter(Boolean)).score;
  });
  return loading;
}

/** The scorer once loaded (null until then); starts loading on first use. */
export function useScorer(): Scorer | null {
  const [scorer, setScorer] = useState<Scorer | null>(null);
  const generation = useGeneration();
  useEffect(() => {
    loadScorer().then(
      (s) => generation.alive() && setScorer(() => s),
      () => undefined,
    );
  }, [generation]);
  return scorer;
}
