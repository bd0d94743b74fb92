import { MIN_PASSWORD } from '../../../shared/contract/schemas';
import { PanelisError } from '../../../shared/errors';
import { authenticate, changePassword, listPeople } from '../../domain/people/people';
import { mutate } from '../../domain/mutate';
import { actorOf } from '../context';
import type { Handlers } from '../registry';

export const sessionHandlers = {
  'session.people': async (_args, ctx) => listPeople(ctx.vault),

  'session.signIn': async (args, ctx) => {
    const vault = ctx.vault;
    const session = await authenticate(vault, args.personId, args.password);
    await mutate(
      vault,
      actorOf(session),
      async () => ({ value: null, audit: { action: 'session.signIn', subject: `person:${session.personId}` } }),
      ctx.now,
    );
    ctx.ws.session = session;
    ctx.ws.sessionLanguage = null;
    ctx.ws.signedOutBecause = null;
    return session;
  },

  'session.signOut': async (_args, ctx) => {
    const vault = ctx.vault;
    const session = ctx.ws.session;
    if (session) {
      await mutate(
        vault,
        actorOf(session),
        async () => ({ value: null, audit: { action: 'session.signOut', subject: `person:${session.personId}` } }),
        ctx.now,
      );
    }
    ctx.ws.session = null;
    ctx.ws.sessionLanguage = null;
    return null;
  },

  'session.changePassword': async (args, ctx) => {
    const session = ctx.session;
    if (args.newPassword !== args.newPasswordRepeat) throw new PanelisError('PASSPHRASE_MISMATCH');
    if ([...args.newPassword].length < MIN_PASSWORD) throw new PanelisError('WEAK_PASSPHRASE', { min: MIN_PASSWORD });
    ctx.ws.session = await changePassword(ctx.vault, session.personId, args.currentPassword, args.newPassword, ctx.now);
    return null;
  },
} satisfies Partial<Handlers>;
