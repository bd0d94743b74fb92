import { authenticate, listPeople } from '../../domain/people/people';
import { mutate } from '../../domain/mutate';
import { actorOf, requireVault } from '../context';
import type { Handlers } from '../registry';

export const sessionHandlers = {
  'session.people': async (_args, ctx) => listPeople(requireVault(ctx)),

  'session.signIn': async (args, ctx) => {
    const vault = requireVault(ctx);
    const session = await authenticate(vault, args.personId, args.password);
    await mutate(vault, actorOf(session), async () => ({ value: null, audit: { action: 'session.signIn', subject: `person:${session.personId}` } }), ctx.now);
    ctx.ws.session = session;
    return session;
  },

  'session.signOut': async (_args, ctx) => {
    const vault = requireVault(ctx);
    const session = ctx.ws.session;
    if (session) {
      await mutate(vault, actorOf(session), async () => ({ value: null, audit: { action: 'session.signOut', subject: `person:${session.personId}` } }), ctx.now);
    }
    ctx.ws.session = null;
    return null;
  },
} satisfies Partial<Handlers>;
