import { MIN_PASSWORD } from '../../../shared/contract/schemas';
import { PanelisError } from '../../../shared/errors';
import { setupChair } from '../../domain/people/people';
import { requireVault } from '../context';
import type { Handlers } from '../registry';

export const peopleHandlers = {
  'people.setupChair': async (args, ctx) => {
    const vault = requireVault(ctx);
    if (args.password !== args.passwordRepeat) throw new PanelisError('PASSPHRASE_MISMATCH');
    if ([...args.password].length < MIN_PASSWORD) throw new PanelisError('WEAK_PASSPHRASE', { min: MIN_PASSWORD });
    const session = await setupChair(vault, { name: args.name, nip: args.nip, password: args.password }, ctx.now);
    ctx.ws.session = session;
    return session;
  },
} satisfies Partial<Handlers>;
