import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicantRow } from '../../../../shared/contract';
import type { Language } from '../../../../shared/errors';
import { displayValue, fieldKeys } from '../applicants/fields';

/**
 * The applicant as main sent them to this scorer: only the scorer-visible fields (all of
 * them once identities are revealed), labelled as on the people screens. Nothing is hidden
 * here: what is not to be seen never reaches the page.
 */
export function ApplicantFacts({ applicant, lang }: { applicant: ApplicantRow; lang: Language }) {
  const { t } = useTranslation();
  const shown = fieldKeys.filter((k) => {
    const v = applicant.fields[k];
    return typeof v === 'string' && v.trim() !== '';
  });
  if (shown.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('desk.form.noFields')}
      </Text>
    );
  }
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs" verticalSpacing={6} m={0} data-testid="applicant-facts">
      {shown.map((k) => (
        <Stack key={k} gap={0}>
          <Text component="dt" size="xs" c="dimmed">
            {t(`people.fields.${k}`)}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
            {displayValue(k, applicant.fields[k] ?? undefined, lang, (g) => t(`people.gender.${g}`))}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
