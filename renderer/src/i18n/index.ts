import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/errors';
import { en } from './en';
import { id, type Messages } from './id';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: 'id',
  fallbackLng: 'id',
  supportedLngs: ['id', 'en'],
  resources: { id: { translation: id }, en: { translation: en } },
  // React escapes text itself; escaping here would show "&amp;" in committee names.
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** Switch the UI and the page's lang attribute (screen readers pick the voice from it). */
export function applyLanguage(lang: Language): void {
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}
