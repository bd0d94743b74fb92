/** Strings of the setup screens, Bahasa Indonesia (default). setup.en.ts mirrors the keys. */
export const setupId = {
  title: 'Seleksi',
} as const;
