import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/errors';
import { api } from '../api/client';
import { useAppStatus, uiLanguage } from '../state/app-status';
import { useMutation } from '../data/use-mutation';
import { ErrorAlert } from './ErrorAlert';

/** Main remembers the choice for the open vault and for this laptop, so it survives a restart. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { status, setStatus } = useAppStatus();
  const lang = uiLanguage(status);
  const change = useMutation(async (language: Language) => setStatus(await api.app.setLanguage({ language })));
  return (
    <>
      <SegmentedControl
        size="xs"
        aria-label={t('language.label')}
        value={lang}
        disabled={change.busy}
        onChange={(value) => void change.run(value === 'en' ? 'en' : 'id')}
        data={[
          { value: 'id', label: t('language.id') },
          { value: 'en', label: t('language.en') },
        ]}
      />
      <ErrorAlert error={change.error} lang={lang} />
    </>
  );
}
