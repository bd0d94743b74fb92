/** documents methods (see shared/contract/index.ts). */
export const documentsMethods = {
} as const;
