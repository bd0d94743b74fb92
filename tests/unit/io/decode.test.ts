import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from '../../../main/io/decode';

describe('decoding a text file', () => {
  it('takes UTF-8 with a BOM and drops the BOM', () => {
    const r = decodeText(Buffer.from('\ufeffNama;Çut Nyak Dhién', 'utf8'));
    expect(r).toEqual({ text: 'Nama;Çut Nyak Dhién', encoding: 'utf-8' });
  });

  it('takes UTF-16 LE and BE with a BOM (Excel "Unicode Text")', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Nama\tDhién', 'utf16le')]);
    expect(decodeText(le)).toEqual({ text: 'Nama\tDhién', encoding: 'utf-16le' });
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text: 'Nama\tDhién', encoding: 'utf-16be' });
  });

  it('recognises UTF-16 LE without a BOM by its zero bytes', () => {
    expect(decodeText(Buffer.from('No Peserta;Nama\r\n1;Siti', 'utf16le')).encoding).toBe('utf-16le');
  });

  it('takes valid UTF-8 without a BOM as UTF-8', () => {
    expect(decodeText(Buffer.from('Sitti Nur’aini', 'utf8'))).toEqual({ text: 'Sitti Nur’aini', encoding: 'utf-8' });
  });

  it('falls back to Windows-1252, with its own characters in 0x80-0x9F (not Latin-1 controls)', () => {
    // "Nur’aini" with the curly apostrophe 0x92, "Çut" 0xC7, "é" 0xE9, the euro sign 0x80.
    const bytes = Buffer.from([0x4e, 0x75, 0x72, 0x92, 0x61, 0x69, 0x6e, 0x69, 0x3b, 0xc7, 0x75, 0x74, 0x3b, 0xe9, 0x3b, 0x80]);
    expect(decodeText(bytes)).toEqual({ text: 'Nur’aini;Çut;é;€', encoding: 'windows-1252' });
  });

  it('maps every byte of Windows-1252 like the WHATWG table', () => {
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const text = decodeWindows1252(all);
    expect(text.length).toBe(256);
    expect(text.charCodeAt(0x92)).toBe(0x2019);
    expect(text.charCodeAt(0x81)).toBe(0x81);
    expect(text.charCodeAt(0xff)).toBe(0xff);
  });
});
