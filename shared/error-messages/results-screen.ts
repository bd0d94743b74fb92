/** Errors of results-screen (see shared/errors.ts for the whole catalogue). */
export const resultsScreenErrors = {
} as const satisfies Record<string, { id: string; en: string }>;
