/**
 * Exact rational numbers on BigInt, so the reference never rounds by accident: every input
 * double is read as the exact fraction it stores, and sums, products and quotients stay exact.
 * Only the square roots of standardisation are approximated (to 1e-40, far below any rule's
 * tolerance).
 */
export interface Q {
  readonly n: bigint;
  /** Always positive; the fraction is kept reduced. */
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function make(n: bigint, d: bigint): Q {
  if (d === 0n) throw new Error('division by zero');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

/** The exact value a finite double stores (doubling is exact until the value is whole). */
export function q(x: number): Q {
  if (!Number.isFinite(x)) throw new Error(`not a finite number: ${x}`);
  let d = 1n;
  let v = x;
  while (!Number.isInteger(v)) {
    v *= 2;
    d *= 2n;
  }
  return make(BigInt(v), d);
}

/** n / d with whole numbers, e.g. the 1e-9 of the noise rules as exactly 1/10^9. */
export const frac = (n: number | bigint, d: number | bigint = 1): Q => make(BigInt(n), BigInt(d));

export const ZERO = frac(0);
export const add = (a: Q, b: Q): Q => make(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Q, b: Q): Q => make(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Q, b: Q): Q => make(a.n * b.n, a.d * b.d);
export const div = (a: Q, b: Q): Q => make(a.n * b.d, a.d * b.n);
export const cmp = (a: Q, b: Q): number => {
  const x = a.n * b.d - b.n * a.d;
  return x < 0n ? -1 : x > 0n ? 1 : 0;
};
export const lt = (a: Q, b: Q): boolean => cmp(a, b) < 0;
export const eq = (a: Q, b: Q): boolean => cmp(a, b) === 0;
export const minOf = (xs: readonly Q[]): Q => xs.reduce((m, x) => (lt(x, m) ? x : m));
export const maxOf = (xs: readonly Q[]): Q => xs.reduce((m, x) => (lt(m, x) ? x : m));
export const sum = (xs: readonly Q[]): Q => xs.reduce(add, ZERO);
export const mean = (xs: readonly Q[]): Q => div(sum(xs), frac(xs.length));
export const clamp = (x: Q, lo: Q, hi: Q): Q => (lt(x, lo) ? lo : lt(hi, x) ? hi : x);

/** Population variance (divide by n). */
export function variance(xs: readonly Q[]): Q {
  const m = mean(xs);
  return mean(xs.map((x) => mul(sub(x, m), sub(x, m))));
}

function isqrt(x: bigint): bigint {
  if (x < 2n) return x;
  let r = x;
  let next = (r + 1n) / 2n;
  while (next < r) {
    r = next;
    next = (r + x / r) / 2n;
  }
  return r;
}

const SQRT_SCALE = 10n ** 40n;

/** sqrt(x) for x >= 0, exact when x is the square of a rational, else within 1e-40. */
export function sqrt(x: Q): Q {
  const root = isqrt(x.n * x.d);
  if (root * root === x.n * x.d) return make(root, x.d);
  return make(isqrt(x.n * x.d * SQRT_SCALE * SQRT_SCALE), x.d * SQRT_SCALE);
}

/** Half up (away from zero) at `places` decimals, as the whole number x * 10^places. */
export function roundedKey(x: Q, places: number): bigint {
  const f = 10n ** BigInt(places);
  const abs = x.n < 0n ? -x.n : x.n;
  const r = (2n * abs * f + x.d) / (2n * x.d);
  return x.n < 0n ? -r : r;
}

function bits(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

/** The nearest double, give or take an ulp (the comparison allows far more). */
export function toNumber(x: Q): number {
  if (x.n === 0n) return 0;
  const shift = Math.max(0, bits(x.d) - bits(x.n < 0n ? -x.n : x.n) + 64);
  let out = Number((x.n << BigInt(shift)) / x.d);
  for (let left = shift; left > 0; left -= 512) out /= 2 ** Math.min(512, left);
  return out;
}
