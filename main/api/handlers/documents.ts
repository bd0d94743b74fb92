import type { Handlers } from '../registry';

export const documentsHandlers = {
} satisfies Partial<Handlers>;
