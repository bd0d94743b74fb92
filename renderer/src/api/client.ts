import { methodNames, type Args, type MethodName, type Result } from '../../../shared/contract';
import { ApiError } from './errors';
import { createTransport, type Transport } from './transport';

type GroupOf<M extends string> = M extends `${infer G}.${string}` ? G : never;
type NameIn<M extends string, G extends string> = M extends `${G}.${infer N}` ? N : never;
type Method<G extends string, N extends string> = Extract<`${G}.${N}`, MethodName>;

/** `api.vault.create(args)`: one group per text before the dot, typed from the contract. */
export type Api = {
  readonly [G in GroupOf<MethodName>]: {
    readonly [N in NameIn<MethodName, G>]: (args: Args<Method<G, N>>) => Promise<Result<Method<G, N>>>;
  };
};

type Caller = (args: unknown) => Promise<unknown>;

/** Builds the client over every method in the contract; a name outside it does not exist. */
export function createApi(transport: Transport): Api {
  const groups: Record<string, Record<string, Caller>> = {};
  for (const name of methodNames) {
    const dot = name.indexOf('.');
    const group = name.slice(0, dot);
    const fn = name.slice(dot + 1);
    const target = (groups[group] ??= {});
    target[fn] = async (args) => {
      const envelope = await transport(name, args);
      if (!envelope.ok) throw new ApiError(envelope.error);
      return envelope.value;
    };
  }
  // The loop above fills exactly the shape Api describes; TypeScript cannot follow it.
  return groups as unknown as Api;
}

export const api: Api = createApi(createTransport());
