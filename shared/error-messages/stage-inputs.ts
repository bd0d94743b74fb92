/** Errors of stage-inputs (see shared/errors.ts for the whole catalogue). */
export const stageInputsErrors = {
} as const satisfies Record<string, { id: string; en: string }>;
