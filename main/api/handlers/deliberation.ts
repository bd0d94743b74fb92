import type { Handlers } from '../registry';

export const deliberationHandlers = {
} satisfies Partial<Handlers>;
