import { Badge, Checkbox, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDetail, SelectionDetail } from '../../../../shared/contract';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';

interface Props {
  selection: SelectionDetail;
  /** null for roles that may not read the vault's people: they see the committee only. */
  people: PersonDetail[] | null;
  canManage: boolean;
  onChanged(d: SelectionDetail): void;
}

/** Who sits on this selection's committee: checkboxes over the vault's people, saved with committee.set. */
export function CommitteeCard({ selection, people, canManage, onChanged }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const current = selection.members.map((m) => m.personId);
  const [chosen, setChosen] = useState<string[]>(current);
  const [saved, setSaved] = useState<number | null>(null);
  const save = useMutation(async () => {
    const detail = await api.committee.set({ selectionId: selection.id, personIds: chosen });
    setSaved(detail.members.length);
    onChanged(detail);
  });
  const dirty = [...chosen].sort().join() !== [...current].sort().join();
  const candidates = (people ?? []).filter((p) => p.active || current.includes(p.personId));

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="committee-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="committee-title">
          {t('people.committee.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {canManage ? t('people.committee.intro') : t('people.committee.readOnly')}
        </Text>
        {canManage && people ? (
          <>
            <Checkbox.Group
              value={chosen}
              onChange={(v) => {
                setChosen(v);
                setSaved(null);
              }}
              aria-labelledby="committee-title"
            >
              <Stack gap={8} mt={4}>
                {candidates.map((p) => (
                  <Checkbox
                    key={p.personId}
                    value={p.personId}
                    label={
                      <Group gap={6} component="span" wrap="nowrap">
                        <span>{p.name}</span>
                        <Badge component="span" variant="light" tt="none" size="xs">
                          {t(`roles.${p.role}`)}
                        </Badge>
                      </Group>
                    }
                    description={p.position || undefined}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
            {candidates.length <= 1 && (
              <Text size="sm" c="dimmed">
                {t('people.committee.emptyPeople')}
              </Text>
            )}
            <Group gap="md">
              <BusyButton busy={save.busy} busyLabel={t('people.committee.busy')} onClick={() => void save.run()} disabled={!dirty}>
                {t('people.committee.save')}
              </BusyButton>
              <Text size="sm" role="status" c={saved !== null ? 'teal.9' : 'dimmed'}>
                {saved !== null
                  ? t('people.committee.saved', { count: saved })
                  : dirty
                    ? t('people.committee.unsaved')
                    : t('people.committee.count', { count: chosen.length })}
              </Text>
            </Group>
            <ErrorAlert error={save.error} lang={lang} />
          </>
        ) : selection.members.length === 0 ? (
          <Text size="sm">{t('people.committee.empty')}</Text>
        ) : (
          <List spacing={4} size="sm">
            {selection.members.map((m) => (
              <List.Item key={m.personId}>
                {m.name} · {t(`roles.${m.role}`)}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
