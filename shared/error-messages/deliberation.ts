/** Errors of deliberation (see shared/errors.ts for the whole catalogue). */
export const deliberationErrors = {
} as const satisfies Record<string, { id: string; en: string }>;
