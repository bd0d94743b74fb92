import { writeSettings } from '../../domain/settings/settings';
import { actorOf, requireSession, requireVault } from '../context';
import type { Handlers } from '../registry';
import { appStatus } from '../status';

export const settingsHandlers = {
  'settings.setIdleMinutes': async ({ minutes, signOutMinutes }, ctx) => {
    const changes = signOutMinutes === undefined ? { idleMinutes: minutes } : { idleMinutes: minutes, signOutMinutes };
    await writeSettings(requireVault(ctx), actorOf(requireSession(ctx)), changes, ctx.now);
    await ctx.ws.refreshIdle();
    return appStatus(ctx);
  },
} satisfies Partial<Handlers>;
