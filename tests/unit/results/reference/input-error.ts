/** Inputs that contradict each other (an unknown criterion, a duplicate score): a caller's bug, never a result. */
export class ResultsInputError extends Error {
  constructor(message: string) {
    super(`results: ${message}`);
    this.name = 'ResultsInputError';
  }
}
