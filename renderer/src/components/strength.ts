import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

export type Score = 0 | 1 | 2 | 3 | 4;

let factory: ZxcvbnFactory | null = null;

/** Built on first use: ranking the dictionaries takes a moment we need not spend at start-up. */
function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return factory;
}

/** 0 (guessed at once) to 4 (very hard); names the person typed elsewhere count as guessable. */
export function passphraseScore(passphrase: string, userInputs: string[] = []): Score {
  // Long inputs make the matcher slow; beyond 100 characters the score is 4 anyway.
  return zxcvbn().check(passphrase.slice(0, 100), userInputs.filter(Boolean)).score;
}
