import type { Envelope } from '../../../shared/errors';
import type { Transport } from './caller';
import { TransportError } from './errors';

/** What the Electron preload exposes; nothing more is reachable from the page. */
interface PanelisBridge {
  invoke(method: string, args: unknown): Promise<unknown>;
}

const TOKEN_KEY = 'panelis.token';

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  return value.ok === false && 'error' in value && typeof value.error === 'object' && value.error !== null;
}

function bridge(): PanelisBridge | null {
  const candidate: unknown = (window as Window & { panelis?: unknown }).panelis;
  if (typeof candidate === 'object' && candidate !== null && 'invoke' in candidate) {
    const invoke = candidate.invoke;
    if (typeof invoke === 'function') return candidate as PanelisBridge;
  }
  return null;
}

/**
 * The loopback host opens the page at `#token=…`. Take the token once, keep it for this tab
 * only (sessionStorage survives a reload but not the browser), and drop it from the address
 * bar so it is not left in history or shown over someone's shoulder.
 */
export function takeHostToken(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    const token = decodeURIComponent(match[1]);
    window.sessionStorage.setItem(TOKEN_KEY, token);
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', pathname + search);
    return token;
  }
  return window.sessionStorage.getItem(TOKEN_KEY);
}

function electronTransport(b: PanelisBridge): Transport {
  return async (method, args) => {
    let reply: unknown;
    try {
      reply = await b.invoke(method, args);
    } catch (e) {
      throw new TransportError(e instanceof Error ? e.message : String(e));
    }
    if (!isEnvelope(reply)) throw new TransportError(`malformed reply to ${method}`);
    return reply;
  };
}

function hostTransport(token: string | null): Transport {
  return async (method, args) => {
    let response: Response;
    try {
      response = await fetch('/api', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-panelis-token': token ?? '' },
        body: JSON.stringify({ method, args }),
      });
    } catch (e) {
      throw new TransportError(e instanceof Error ? e.message : String(e));
    }
    // Refusals (bad token, unknown method) also come as envelopes with a 4xx status.
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new TransportError(`HTTP ${response.status} without a JSON reply to ${method}`);
    }
    if (!isEnvelope(body)) throw new TransportError(`malformed reply to ${method}`);
    return body;
  };
}

/** Electron's preload when present, otherwise the loopback host that served this page. */
export function createTransport(): Transport {
  const b = bridge();
  return b ? electronTransport(b) : hostTransport(takeHostToken());
}
