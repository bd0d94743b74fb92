import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { RecentVault } from '../../shared/contract';
import type { Language } from '../../shared/errors';

/**
 * What this laptop remembers outside any vault: the last language and recent vault files.
 * Nothing secret lives here (no passphrase, no key, no applicant data).
 */
const schema = z.object({
  language: z.enum(['id', 'en']).default('id'),
  recent: z
    .array(
      z.object({
        path: z.string(),
        fileName: z.string(),
        committeeName: z.string().nullable(),
        language: z.enum(['id', 'en']),
        lastOpenedAt: z.string(),
      }),
    )
    .default([]),
});

export type AppConfig = z.output<typeof schema>;
const MAX_RECENT = 10;

export class AppConfigStore {
  private readonly file: string;
  private current: AppConfig;

  constructor(readonly home: string) {
    mkdirSync(home, { recursive: true });
    this.file = join(home, 'config.json');
    this.current = this.load();
  }

  private load(): AppConfig {
    try {
      return schema.parse(JSON.parse(readFileSync(this.file, 'utf8')));
    } catch {
      // Missing or unreadable config: start fresh; it holds nothing that cannot be rebuilt.
      return schema.parse({});
    }
  }

  get(): AppConfig {
    return this.current;
  }

  private save(next: AppConfig): void {
    this.current = next;
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(next, null, 2));
    renameSync(tmp, this.file);
  }

  setLanguage(language: Language, vaultPath?: string): void {
    this.save({
      ...this.current,
      language,
      recent: this.current.recent.map((r) => (r.path === vaultPath ? { ...r, language } : r)),
    });
  }

  remember(entry: { path: string; committeeName: string | null; language: Language }, at: Date): void {
    const item: RecentVault = { ...entry, fileName: basename(entry.path), lastOpenedAt: at.toISOString() };
    this.save({
      ...this.current,
      language: entry.language,
      recent: [item, ...this.current.recent.filter((r) => r.path !== entry.path)].slice(0, MAX_RECENT),
    });
  }
}
