import { MIN_PASSWORD } from '../../../shared/contract/schemas';
import { PanelisError } from '../../../shared/errors';
import { addPerson, listPeopleDetail, setupChair } from '../../domain/people/people';
import type { Handlers } from '../registry';

export const peopleHandlers = {
  'people.setupChair': async (args, ctx) => {
    const vault = ctx.vault;
    if (args.password !== args.passwordRepeat) throw new PanelisError('PASSPHRASE_MISMATCH');
    if ([...args.password].length < MIN_PASSWORD) throw new PanelisError('WEAK_PASSPHRASE', { min: MIN_PASSWORD });
    const session = await setupChair(vault, { name: args.name, nip: args.nip, password: args.password }, ctx.now);
    ctx.ws.session = session;
    return session;
  },

  'people.list': async (_args, ctx) => listPeopleDetail(ctx.vault),

  'people.add': async (args, ctx) => {
    if ([...args.initialPassword].length < MIN_PASSWORD) throw new PanelisError('WEAK_PASSPHRASE', { min: MIN_PASSWORD });
    return addPerson(
      ctx.vault,
      ctx.actor,
      { name: args.name, nip: args.nip, position: args.position, role: args.role, password: args.initialPassword },
      ctx.now,
    );
  },
} satisfies Partial<Handlers>;
