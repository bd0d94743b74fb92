import type { ErrorCode, ErrorPayload, Language } from '../../../shared/errors';

/** A failure reported by main through the envelope: carries the message in both languages. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly payload: ErrorPayload;
  constructor(payload: ErrorPayload) {
    super(payload.message.en);
    this.name = 'ApiError';
    this.code = payload.code;
    this.payload = payload;
  }

  text(lang: Language): string {
    return this.payload.message[lang];
  }
}

/**
 * The request never got an answer from main (host stopped, bad response). Kept apart
 * from ApiError because main did not see it, so nothing is known to be unchanged.
 */
export class TransportError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'TransportError';
  }
}
