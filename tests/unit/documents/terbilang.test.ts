import { describe, expect, it } from 'vitest';
import {
  countInWords,
  dateLong,
  hariTanggalTerbilang,
  nomorSurat,
  numberInWordsEn,
  parseCalendarDate,
  terbilang,
  titleCase,
} from '../../../shared/terbilang';

describe('terbilang', () => {
  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [23, 'dua puluh tiga'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [111, 'seratus sebelas'],
    [250, 'dua ratus lima puluh'],
    [1000, 'seribu'],
    [1001, 'seribu satu'],
    [1111, 'seribu seratus sebelas'],
    [2026, 'dua ribu dua puluh enam'],
    [10000, 'sepuluh ribu'],
    [11000, 'sebelas ribu'],
    [100000, 'seratus ribu'],
    [1000000, 'satu juta'],
    [1234567, 'satu juta dua ratus tiga puluh empat ribu lima ratus enam puluh tujuh'],
    [2000000000, 'dua miliar'],
  ])('%i is "%s"', (n, w) => {
    expect(terbilang(n)).toBe(w);
  });

  it('refuses fractions', () => {
    expect(() => terbilang(1.5)).toThrow(RangeError);
  });

  it('English', () => {
    expect(numberInWordsEn(23)).toBe('twenty-three');
    expect(numberInWordsEn(2026)).toBe('two thousand and twenty-six');
    expect(numberInWordsEn(115)).toBe('one hundred and fifteen');
    expect(numberInWordsEn(1)).toBe('one');
  });

  it('counts in figures and words', () => {
    expect(countInWords(3, 'id')).toBe('3 (tiga) orang');
    expect(countInWords(1, 'en')).toBe('1 (one) person');
    expect(countInWords(12, 'en')).toBe('12 (twelve) people');
  });

  it('title case', () => {
    expect(titleCase('dua puluh tiga')).toBe('Dua Puluh Tiga');
    expect(titleCase('twenty-three')).toBe('Twenty-Three');
  });
});

describe('dates in words', () => {
  it('the opening of a berita acara', () => {
    expect(hariTanggalTerbilang('2026-11-23', 'id')).toBe(
      'Pada hari ini, Senin tanggal Dua Puluh Tiga bulan November tahun Dua Ribu Dua Puluh Enam',
    );
    expect(hariTanggalTerbilang('2026-11-23', 'en')).toBe(
      'On this day, Monday the Twenty-Three of November of the year Two Thousand and Twenty-Six',
    );
    expect(hariTanggalTerbilang('2024-02-29', 'id')).toBe(
      'Pada hari ini, Kamis tanggal Dua Puluh Sembilan bulan Februari tahun Dua Ribu Dua Puluh Empat',
    );
  });

  it('dates without time zones', () => {
    expect(dateLong('2026-01-01', 'id')).toBe('1 Januari 2026');
    expect(() => parseCalendarDate('2026-02-30')).toThrow(RangeError);
    expect(() => parseCalendarDate('23/11/2026')).toThrow(RangeError);
  });

  it('nomor surat', () => {
    expect(nomorSurat('800/{seq}/BA-PANSEL/{roman}/{year}', { seq: 123, date: '2026-11-23', code: 'BA' })).toBe(
      '800/123/BA-PANSEL/XI/2026',
    );
  });
});
