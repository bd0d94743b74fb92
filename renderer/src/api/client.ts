import type { Args, MethodName, Result } from '../../../shared/contract';
import { createApi, createCaller, type Api, type Caller } from './caller';
import { createTransport } from './transport';

export { onSessionEnded, sessionEnded, type Api } from './caller';

const transport = createTransport();
export const api: Api = createApi(transport);

const callers = new Map<MethodName, Caller>();

/** `call('results.summary', args)`: the same client, addressed by the method's full name. */
export function call<M extends MethodName>(method: M, args: Args<M>): Promise<Result<M>> {
  let caller = callers.get(method);
  if (!caller) {
    caller = createCaller(transport, method);
    callers.set(method, caller);
  }
  // The caller sends exactly this method, and main answers it with Result<M> (the contract).
  return caller(args) as Promise<Result<M>>;
}
