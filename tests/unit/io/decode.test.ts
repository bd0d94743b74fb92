import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from '../../../main/io/decode';
import { PanelisError } from '../../../shared/errors';

describe('decoding a text file', () => {
  it('takes UTF-8 with a BOM and drops the BOM', () => {
    const r = decodeText(Buffer.from('\ufeffNama;Çut Nyak Dhién', 'utf8'));
    expect(r).toEqual({ text: 'Nama;Çut Nyak Dhién', encoding: 'utf-8', how: 'detected' });
  });

  it('takes UTF-16 LE and BE with a BOM (Excel "Unicode Text")', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Nama\tDhién', 'utf16le')]);
    expect(decodeText(le)).toEqual({ text: 'Nama\tDhién', encoding: 'utf-16le', how: 'detected' });
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({
      text: 'Nama\tDhién',
      encoding: 'utf-16be',
      how: 'detected',
    });
  });

  it('recognises UTF-16 LE without a BOM by its zero bytes', () => {
    expect(decodeText(Buffer.from('No Peserta;Nama\r\n1;Siti', 'utf16le')).encoding).toBe('utf-16le');
  });

  it('takes valid UTF-8 without a BOM as UTF-8', () => {
    expect(decodeText(Buffer.from('Sitti Nur’aini', 'utf8'))).toEqual({ text: 'Sitti Nur’aini', encoding: 'utf-8', how: 'detected' });
  });

  it('falls back to Windows-1252 when no UTF-8 sequence is valid, says it guessed, with its own characters in 0x80-0x9F', () => {
    // "Nur’aini" with the curly apostrophe 0x92, "Çut" 0xC7, "é" 0xE9, the euro sign 0x80.
    const bytes = Buffer.from([0x4e, 0x75, 0x72, 0x92, 0x61, 0x69, 0x6e, 0x69, 0x3b, 0xc7, 0x75, 0x74, 0x3b, 0xe9, 0x3b, 0x80]);
    expect(decodeText(bytes)).toEqual({ text: 'Nur’aini;Çut;é;€', encoding: 'windows-1252', how: 'guessed' });
  });

  it('maps every byte of Windows-1252 like the WHATWG table', () => {
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const text = decodeWindows1252(all);
    expect(text.length).toBe(256);
    expect(text.charCodeAt(0x92)).toBe(0x2019);
    expect(text.charCodeAt(0x81)).toBe(0x81);
    expect(text.charCodeAt(0xff)).toBe(0xff);
  });

  describe('UTF-8 with a few invalid bytes', () => {
    // The file: UTF-8 names, one of them with a Windows-1252 apostrophe (0x92) pasted in.
    const bytes = Buffer.concat([
      Buffer.from('No;Nama\n1;José Ramos-Horta\n2;Sitti Nur', 'utf8'),
      Buffer.from([0x92]),
      Buffer.from('aini\n3;Budi\n', 'utf8'),
    ]);

    function refusal(b: Uint8Array, choice?: 'utf-8' | 'windows-1252'): PanelisError {
      try {
        decodeText(b, choice);
      } catch (e) {
        if (e instanceof PanelisError) return e;
        throw e;
      }
      throw new Error('decoded without a word');
    }

    it('is never silently reread as Windows-1252: refused naming the row, with both readings', () => {
      const e = refusal(bytes);
      expect(e.code).toBe('IMPORT_ENCODING_MIXED');
      expect(e.details.rows).toBe('3');
      expect(e.details.count).toBe(1);
      expect(e.details.otherRows).toBe(1);
      const preview = `${e.payload.message.id}\n${e.payload.message.en}`;
      // The bad row as each encoding reads it, and the good row Windows-1252 would spoil.
      expect(preview).toContain('Sitti Nur\ufffdaini');
      expect(preview).toContain('Sitti Nur’aini');
      expect(preview).toContain('JosÃ© Ramos-Horta');
      expect(e.payload.message.en).toMatch(/--encoding windows-1252/);
      expect(e.payload.message.id).toMatch(/baris 3/);
    });

    it('a UTF-8 BOM does not make invalid bytes acceptable', () => {
      expect(refusal(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes])).code).toBe('IMPORT_ENCODING_MIXED');
    });

    it('reads Windows-1252 when the person chooses it, and says so', () => {
      const r = decodeText(bytes, 'windows-1252');
      expect(r.how).toBe('chosen');
      expect(r.text).toContain('Sitti Nur’aini');
    });

    it('choosing UTF-8 never falls back, even for a file with no UTF-8 in it', () => {
      expect(refusal(Buffer.from([0x4e, 0x75, 0x72, 0x92, 0x61]), 'utf-8').code).toBe('IMPORT_ENCODING_MIXED');
    });
  });
});
