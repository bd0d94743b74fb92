import { describe, expect, it } from 'vitest';
import { formatClock, isoOfParts, parseClock, todayLocal } from '../../renderer/src/components/clock';

describe('times of day as a committee types and reads them', () => {
  it('reads what people type and refuses what is not a time of day', () => {
    expect(parseClock('9')).toBe('09:00');
    expect(parseClock('9.30')).toBe('09:30');
    expect(parseClock(' 14:05 ')).toBe('14:05');
    expect(parseClock('0930')).toBe('09:30');
    expect(parseClock('23.59')).toBe('23:59');
    for (const bad of ['', '24.00', '9.60', '9.3', 'pukul 9', '09:00 AM', '12345', '-1']) expect(parseClock(bad)).toBeNull();
  });

  it('shows 09.00 in Indonesian and 09:00 in English, and leaves anything else as it came', () => {
    expect(formatClock('09:00', 'id')).toBe('09.00');
    expect(formatClock('09:00', 'en')).toBe('09:00');
    expect(formatClock('9 pagi', 'id')).toBe('9 pagi');
  });

  it("gives today's date on the laptop's calendar, not UTC's", () => {
    // 06.30 WIB on 23 November is still 22 November in UTC.
    expect(todayLocal(new Date(2026, 10, 23, 6, 30))).toBe('2026-11-23');
    expect(todayLocal(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('a date typed as day, month and year', () => {
  it('names a real day, nothing, or an incomplete one', () => {
    expect(isoOfParts({ day: '23', month: '11', year: '2026' })).toBe('2026-11-23');
    expect(isoOfParts({ day: '', month: '', year: '' })).toBeNull();
    expect(isoOfParts({ day: '31', month: '2', year: '2026' })).toBeUndefined();
    expect(isoOfParts({ day: '29', month: '2', year: '2028' })).toBe('2028-02-29');
    expect(isoOfParts({ day: '5', month: '', year: '2026' })).toBeUndefined();
    expect(isoOfParts({ day: '5', month: '1', year: '26' })).toBeUndefined();
  });
});
