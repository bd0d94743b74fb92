import { Alert, Anchor, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FinalState } from '../../../../shared/contract';
import type { Language } from '../../../../shared/errors';

/** A darker teal title: teal-9 is 4.3:1 on the light alert's background, below WCAG AA. */
export const TITLE = { label: { color: 'color-mix(in srgb, var(--mantine-color-teal-9) 55%, black)' } } as const;

/**
 * Above every tab of a finalised selection: who finalised, when (in the selection's time
 * zone, as main words it), the snapshot's SHA-256 with a copy button, what is locked and how
 * the chair reopens.
 */
export function FinalBanner({ final, lang, onDeliberation }: { final: FinalState; lang: Language; onDeliberation?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      variant="light"
      color="teal"
      title={t('setup.final.title')}
      data-testid="final-banner"
      mb="md"
      role="region"
      aria-label={t('setup.final.title')}
      styles={TITLE}
    >
      <Stack gap={6}>
        <Text size="sm" fw={600} data-testid="final-banner-by">
          {t('setup.final.by', { by: final.finalisedBy, at: final.finalisedAtText[lang] })}
        </Text>
        <Group gap="xs" wrap="wrap" align="center">
          <Text size="sm">{t('setup.final.sha')}</Text>
          <Code data-testid="final-banner-sha256" style={{ wordBreak: 'break-all' }}>
            {final.sha256}
          </Code>
          <CopyButton value={final.sha256}>
            {({ copied, copy }) => (
              <Button size="compact-xs" variant="default" onClick={copy} aria-live="polite">
                {copied ? t('setup.final.copied') : t('setup.final.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm">{t('setup.final.locked')}</Text>
        <Text size="sm">
          {t('setup.final.reopen')}{' '}
          {onDeliberation && (
            <Anchor component="button" type="button" size="sm" c="blue.9" fw={600} underline="always" onClick={onDeliberation}>
              {t('setup.final.goDeliberation')}
            </Anchor>
          )}
        </Text>
      </Stack>
    </Alert>
  );
}
