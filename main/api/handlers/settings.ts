import { writeSettings } from '../../domain/settings/settings';
import type { Handlers } from '../registry';
import { appStatus } from '../status';

export const settingsHandlers = {
  'settings.setIdleMinutes': async ({ minutes, signOutMinutes }, ctx) => {
    const changes = signOutMinutes === undefined ? { idleMinutes: minutes } : { idleMinutes: minutes, signOutMinutes };
    await writeSettings(ctx.vault, ctx.actor, changes, ctx.now);
    await ctx.ws.refreshIdle();
    return appStatus(ctx);
  },
} satisfies Partial<Handlers>;
