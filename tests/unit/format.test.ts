import { describe, expect, it } from 'vitest';
import { formatBytes, formatDateLong, formatDateTime, formatNumber, localeOf } from '../../shared/format';

describe('formatNumber', () => {
  it('uses a decimal comma in Indonesian and a point in English', () => {
    expect(formatNumber(87.5, 'id')).toBe('87,50');
    expect(formatNumber(87.5, 'en')).toBe('87.50');
  });

  it('groups thousands the way each locale does', () => {
    expect(formatNumber(1234.5, 'id')).toBe('1.234,50');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.50');
  });

  it('honours the number of fraction digits', () => {
    expect(formatNumber(3, 'id', 0)).toBe('3');
    expect(formatNumber(3.14159, 'id', 3)).toBe('3,142');
    expect(formatNumber(0, 'en')).toBe('0.00');
  });

  it('keeps the sign of negative values', () => {
    expect(formatNumber(-2.25, 'en')).toBe('-2.25');
    expect(formatNumber(-2.25, 'id')).toMatch(/^-2,25$/);
  });
});

describe('formatDateLong', () => {
  const jakarta = { timeZone: 'Asia/Jakarta' };

  it('writes the month out, day first, in both languages', () => {
    expect(formatDateLong('2026-11-23T03:00:00Z', 'id', jakarta)).toBe('23 November 2026');
    expect(formatDateLong('2026-11-23T03:00:00Z', 'en', jakarta)).toBe('23 November 2026');
  });

  it('uses Indonesian month names', () => {
    expect(formatDateLong('2026-08-17T03:00:00Z', 'id', jakarta)).toBe('17 Agustus 2026');
    expect(formatDateLong('2026-08-17T03:00:00Z', 'en', jakarta)).toBe('17 August 2026');
  });

  it('shows the day in the given time zone (late evening UTC is already tomorrow in Jakarta)', () => {
    expect(formatDateLong('2026-11-22T20:00:00Z', 'id', jakarta)).toBe('23 November 2026');
    expect(formatDateLong('2026-11-22T20:00:00Z', 'id', { timeZone: 'UTC' })).toBe('22 November 2026');
  });

  it('keeps a date-only value on its own day whatever the zone', () => {
    expect(formatDateLong('2026-11-23', 'id', { timeZone: 'America/New_York' })).toBe('23 November 2026');
  });

  it('returns unreadable input unchanged instead of throwing', () => {
    expect(formatDateLong('not a date', 'id')).toBe('not a date');
  });
});

describe('formatDateTime', () => {
  it('adds the time as each locale writes it', () => {
    const id = formatDateTime('2026-11-23T07:05:00Z', 'id', { timeZone: 'Asia/Jakarta' });
    const en = formatDateTime('2026-11-23T07:05:00Z', 'en', { timeZone: 'Asia/Jakarta' });
    expect(id).toContain('23 November 2026');
    expect(id).toContain('14.05');
    expect(en).toContain('23 November 2026');
    expect(en).toContain('14:05');
    expect(id).not.toMatch(/AM|PM/);
    expect(en).not.toMatch(/AM|PM|am|pm/);
  });

  it('returns unreadable input unchanged', () => {
    expect(formatDateTime('', 'en')).toBe('');
  });
});

describe('formatBytes', () => {
  it('shows small sizes in bytes', () => {
    expect(formatBytes(0, 'id')).toBe('0 B');
    expect(formatBytes(512, 'en')).toBe('512 B');
  });

  it('uses 1024-based units with a locale decimal separator', () => {
    expect(formatBytes(1536, 'id')).toBe('1,5 KB');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(1024 * 1024, 'id')).toBe('1 MB');
    expect(formatBytes(12.4 * 1024 * 1024, 'en')).toBe('12 MB');
    expect(formatBytes(3.25 * 1024 ** 3, 'id')).toBe('3,3 GB');
  });

  it('carries into the next unit instead of showing 1024', () => {
    expect(formatBytes(1024 * 1024 - 1, 'en')).toBe('1 MB');
  });

  it('groups thousands of bytes below one KB boundary correctly', () => {
    expect(formatBytes(1023, 'id')).toBe('1.023 B');
  });

  it('does not print nonsense for invalid input', () => {
    expect(formatBytes(Number.NaN, 'en')).toBe('0 B');
    expect(formatBytes(-5, 'en')).toBe('0 B');
  });
});

describe('localeOf', () => {
  it('maps the app languages to the locales the brief fixes', () => {
    expect(localeOf('id')).toBe('id-ID');
    expect(localeOf('en')).toBe('en-GB');
  });
});
