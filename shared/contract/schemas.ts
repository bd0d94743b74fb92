import { z } from 'zod';

/** Field schemas shared by several methods, with the limits a committee would expect. */
export const MIN_PASSPHRASE = 10;
export const MIN_PASSWORD = 8;

export const language = z.enum(['id', 'en']);
export const filePath = z.string().trim().min(1).max(4096);
export const passphrase = z.string().min(1).max(1024);
export const personName = z.string().trim().min(2).max(200);
/** NIP: 18 digits, kept as text (leading zeros matter). Optional for non-civil-servants. */
export const nip = z
  .string()
  .trim()
  .regex(/^(\d{18})?$/, { message: 'NIP must be 18 digits' });
export const password = z.string().min(1).max(1024);
export const id = z.string().min(1).max(64);
