/** Errors of documents (see shared/errors.ts for the whole catalogue). */
export const documentsErrors = {
} as const satisfies Record<string, { id: string; en: string }>;
