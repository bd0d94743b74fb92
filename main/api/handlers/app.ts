import { writeSettings } from '../../domain/settings/settings';
import { actorOf } from '../context';
import type { Handlers } from '../registry';
import { appStatus } from '../status';

export const appHandlers = {
  'app.status': async (_args, ctx) => appStatus(ctx),

  // The dispatcher has already counted the call as activity; nothing else to do.
  'app.activity': async () => null,

  'app.pickVaultPath': async ({ mode }, ctx) => ({ path: (await ctx.options.pickVaultPath?.(mode)) ?? null }),

  'app.setLanguage': async ({ language }, ctx) => {
    const { ws } = ctx;
    ctx.config.setLanguage(language, ws.vault?.path);
    // Inside a vault the choice is the vault's (remembered per vault), and it is on the record.
    // An observer changes nothing in the vault: their choice holds for their session only.
    if (ws.vault && ws.session?.role === 'observer') ws.sessionLanguage = language;
    else if (ws.vault && ws.session) await writeSettings(ws.vault, actorOf(ws.session), { language }, ctx.now);
    return appStatus(ctx);
  },
} satisfies Partial<Handlers>;
