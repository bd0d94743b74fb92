import type { DocumentSettings } from '../contract/documents-types';

/** Margins in millimetres of an official letter (kop surat style): wider on the binding side. */
export const DEFAULT_MARGINS = { top: 20, right: 20, bottom: 20, left: 25 } as const;

/** Document settings before anyone has set them (vault defaults and a new selection start here). */
export const defaultDocumentSettings: DocumentSettings = {
  agency: '',
  unit: '',
  address: '',
  place: '',
  logo: null,
  numberFormat: '{seq}/{code}/PANSEL/{roman}/{year}',
  paper: 'F4',
  margins: { ...DEFAULT_MARGINS },
  footer: null,
  legalBasis: [],
  committeeName: '',
  timeZone: 'WIB',
  fingerprintPublishedAt: '',
};
