import { Alert, Badge, Checkbox, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelectionDetail } from '../../../../shared/contract';
import type { ApplicantFieldKey } from '../../../../shared/selection/applicant-fields';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';
import { fieldKeys, identifyingFields } from './fields';

interface Props {
  selection: SelectionDetail;
  canManage: boolean;
  onChanged(d: SelectionDetail): void;
}

/** "Bidang yang terlihat oleh penilai": what main may send to a scorer's screen before reveal. */
export function VisibleFieldsCard({ selection, canManage, onChanged }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const [chosen, setChosen] = useState<string[]>(selection.visibleFields);
  const [savedCount, setSavedCount] = useState<number | null>(null);
  const save = useMutation(async () => {
    const fields = fieldKeys.filter((k) => chosen.includes(k));
    const detail = await api.selection.setVisibleFields({ selectionId: selection.id, fields });
    setSavedCount(detail.visibleFields.length);
    onChanged(detail);
  });
  const identifyingChosen = fieldKeys.filter((k) => identifyingFields.has(k) && chosen.includes(k));
  const dirty = [...chosen].sort().join() !== [...selection.visibleFields].sort().join();

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="visible-fields-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="visible-fields-title">
          {t('people.visible.heading')}
        </Title>
        <Text size="sm">{t('people.visible.intro')}</Text>
        <Checkbox.Group
          value={chosen}
          onChange={(v) => {
            setChosen(v);
            setSavedCount(null);
          }}
          readOnly={!canManage}
          aria-labelledby="visible-fields-title"
          description={canManage ? undefined : t('people.visible.readOnly')}
        >
          <SimpleGrid cols={{ base: 2, md: 3 }} spacing="xs" verticalSpacing="xs" mt="xs">
            {fieldKeys.map((key: ApplicantFieldKey) => (
              <Checkbox
                key={key}
                value={key}
                disabled={!canManage}
                label={
                  <Group gap={6} wrap="nowrap" component="span">
                    <span>{t(`people.fields.${key}`)}</span>
                    {identifyingFields.has(key) && (
                      <Badge
                        component="span"
                        size="xs"
                        variant="light"
                        color="orange"
                        tt="none"
                        title={t('people.visible.identifyingHint')}
                      >
                        {t('people.visible.identifying')}
                      </Badge>
                    )}
                  </Group>
                }
              />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        {identifyingChosen.length > 0 && (
          <Alert color="orange" variant="light">
            {t('people.visible.identifyingWarning', { fields: identifyingChosen.map((k) => t(`people.fields.${k}`)).join(', ') })}
          </Alert>
        )}
        {canManage && (
          <Group gap="md">
            <BusyButton busy={save.busy} busyLabel={t('people.visible.busy')} onClick={() => void save.run()} disabled={!dirty}>
              {t('people.visible.save')}
            </BusyButton>
            <Text size="sm" c="teal.9" role="status">
              {savedCount !== null ? t('people.visible.saved', { count: savedCount }) : ''}
            </Text>
          </Group>
        )}
        <ErrorAlert error={save.error} lang={lang} />
      </Stack>
    </Paper>
  );
}
