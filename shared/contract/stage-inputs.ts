/** stage-inputs methods (see shared/contract/index.ts). */
export const stageInputsMethods = {
} as const;
