import { bothLanguages, type Bilingual } from '../../shared/error-messages/bilingual';

/**
 * What the loopback host prints on the terminal for a person, each entry in both languages
 * (the terminal has no language setting): a line shows both halves of one entry.
 */
const hostTexts = {
  runningAt: { id: 'Panelis berjalan di', en: 'is running at' },
  tokenNotPrinted: {
    id: 'Alamat dengan token tidak dicetak; jalankan dengan --open atau --print-token.',
    en: 'The address with its token is not printed; run with --open or --print-token.',
  },
  toStop: { id: 'Ctrl+C untuk berhenti', en: 'to stop' },
  browserFailed: {
    id: 'Peramban tidak dapat dibuka. Hentikan (Ctrl+C) lalu jalankan lagi dengan --print-token untuk melihat alamat lengkapnya.',
    en: 'The browser could not be opened. Stop (Ctrl+C) and run again with --print-token to see the full address.',
  },
} as const satisfies Record<string, Bilingual>;

export function hostSay(key: keyof typeof hostTexts): string {
  return bothLanguages(hostTexts[key]);
}
