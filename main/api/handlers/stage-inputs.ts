import type { Handlers } from '../registry';

export const stageInputsHandlers = {
} satisfies Partial<Handlers>;
