import { Button, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelectionDetail } from '../../../../shared/contract';
import type { Stage } from '../../../../shared/selection/selection';
import { formatNumber } from '../../../../shared/format';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useQuery } from '../../data/use-query';
import { PanelEditorModal } from './PanelEditorModal';

interface Props {
  selection: SelectionDetail;
  canManage: boolean;
}

/** Optional panels per scored stage; without them every member scores every applicant. */
export function PanelsCard({ selection, canManage }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const load = useQuery('panels.list', { selectionId: selection.id });
  const panels = load.value;
  const [editing, setEditing] = useState<Stage | null>(null);
  const stages = selection.setup.stages.filter((s) => s.kind === 'scored' && s.source === 'panel');
  const memberName = new Map(selection.members.map((m) => [m.personId, m.name]));
  const n = (v: number) => formatNumber(v, lang, 0);

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="panels-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="panels-title">
          {t('people.panels.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('people.panels.intro')}
        </Text>
        <ErrorAlert error={load.error} lang={lang} />
        {panels === null && !load.error && (
          <Group gap="xs">
            <Loader size="sm" aria-hidden />
            <Text size="sm">{t('people.panels.loading')}</Text>
          </Group>
        )}
        {stages.length === 0 && <Text size="sm">{t('people.panels.noStages')}</Text>}
        {panels &&
          stages.map((stage) => {
            const mine = panels.filter((p) => p.stageId === stage.id);
            return (
              <Paper key={stage.id} withBorder p="sm" radius="sm">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Stack gap={4} style={{ minWidth: 0 }}>
                    <Text fw={600}>{stage.name}</Text>
                    {mine.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('people.panels.stageNone')}
                      </Text>
                    ) : (
                      <List size="sm" spacing={2}>
                        {mine.map((p) => (
                          <List.Item key={p.id}>
                            <Text span fw={500} size="sm">
                              {p.name}
                            </Text>
                            {': '}
                            {t('people.panels.panelSummary', { members: n(p.memberIds.length), applicants: n(p.applicantIds.length) })}
                            {' — '}
                            {p.memberIds
                              .map((id) => memberName.get(id) ?? '')
                              .filter(Boolean)
                              .join(', ')}
                          </List.Item>
                        ))}
                      </List>
                    )}
                  </Stack>
                  {canManage && (
                    <Button
                      variant="default"
                      size="sm"
                      onClick={() => setEditing(stage)}
                      aria-label={t('people.panels.editLabel', { stage: stage.name })}
                    >
                      {t('people.panels.edit')}
                    </Button>
                  )}
                </Group>
              </Paper>
            );
          })}
      </Stack>
      {editing && panels && (
        <PanelEditorModal
          selection={selection}
          stage={editing}
          panels={panels.filter((p) => p.stageId === editing.id)}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            load.adopt(saved);
            setEditing(null);
          }}
        />
      )}
    </Paper>
  );
}
