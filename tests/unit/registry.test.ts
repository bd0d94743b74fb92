import { describe, expect, it } from 'vitest';
import { contract, methodNames } from '../../shared/contract';
import { handlers } from '../../main/api/handlers';
import { registerHandlers } from '../../main/api/registry';

describe('the handler registry', () => {
  it('has exactly one handler per contract method', () => {
    expect(Object.keys(handlers).sort()).toEqual([...methodNames].sort());
  });

  it('refuses a method registered twice, and a method left out', () => {
    const one = { 'app.activity': async () => null } as const;
    expect(() => registerHandlers(handlers, one)).toThrow(/registered twice: app.activity/);
    expect(() => registerHandlers(one)).toThrow(/No handler for/);
  });

  it('every method names its access rule and a strict argument schema', () => {
    for (const name of methodNames) {
      const spec = contract[name];
      expect(['open', 'unlocked', 'roles']).toContain(spec.access.kind);
      expect(spec.args.safeParse({ surplus: 1 }).success, `${name} must refuse unknown fields`).toBe(false);
    }
  });
});
