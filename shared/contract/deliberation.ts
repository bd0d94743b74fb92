/** deliberation methods (see shared/contract/index.ts). */
export const deliberationMethods = {
} as const;
