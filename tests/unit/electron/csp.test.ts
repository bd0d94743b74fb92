import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../shared/security/csp';

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

describe('content security policy (Electron and host)', () => {
  const policy = contentSecurityPolicy();
  const d = directives(policy);

  it('never allows eval', () => {
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).not.toContain("'wasm-unsafe-eval'");
  });

  it('allows scripts only from the app itself: no inline script, no remote origin', () => {
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('does not let the page talk to the network', () => {
    const connect = d.get('connect-src') ?? d.get('default-src') ?? [];
    expect(connect.every((v) => v === "'self'")).toBe(true);
    for (const values of d.values()) {
      for (const v of values) expect(v).not.toMatch(/^(https?|wss?):|^\*$/);
    }
  });

  it('forbids plugins, framing, base rewriting and form posts', () => {
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
  });
});
