import { Badge, EmptyState, Grid, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SelectionDetail } from '../../../../shared/contract';
import { formatDateTime } from '../../../../shared/format';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useFrozen } from '../../state/final';
import { useViewer } from '../../state/access';
import { ConflictForm } from './ConflictForm';
import { useConflicts } from './use-conflicts';
import { usePeople } from './use-people';

interface Props {
  selection: SelectionDetail;
  onChanged: (d: SelectionDetail) => void;
}

/** Conflicts of interest: the record, and the form to add to it. */
export function ConflictsTab({ selection, onChanged }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const viewer = useViewer();
  const seesIdentities = !viewer.scorer;
  const { conflicts, applicants, error, reload } = useConflicts(selection.id, seesIdentities);
  const people = usePeople(viewer.can('people.list'));
  const names = new Map<string, string>([
    ...selection.members.map((m) => [m.personId, m.name] as const),
    ...(people.people ?? []).map((p) => [p.personId, p.name] as const),
  ]);
  const frozen = useFrozen('conflicts.declare');
  const mayDeclare =
    !frozen &&
    viewer.can('conflicts.declare') &&
    (viewer.declaresForOthers || selection.members.some((m) => m.personId === viewer.personId));

  function recordedBy(id: string): string {
    if (id === viewer.personId) return t('people.conflicts.you');
    return names.get(id) ?? t('people.conflicts.someone');
  }

  async function recorded() {
    reload();
    try {
      onChanged(await api.selection.get({ selectionId: selection.id }));
    } catch {
      // The list is fresh already; the count in the header catches up on the next load.
    }
  }

  return (
    <Grid gap="lg" data-testid="conflicts-tab">
      <Grid.Col span={{ base: 12, md: mayDeclare ? 7 : 12 }}>
        <Stack gap="sm" component="section" aria-labelledby="conflicts-title">
          <Title order={2} size="h3" id="conflicts-title">
            {t('people.conflicts.heading')}
          </Title>
          <Text size="sm">{viewer.scorer ? t('people.conflicts.introMember') : t('people.conflicts.intro')}</Text>
          <ErrorAlert error={error} lang={lang} />
          {conflicts === null && !error && (
            <Group gap="xs">
              <Loader size="sm" aria-hidden />
              <Text size="sm">{t('people.conflicts.loading')}</Text>
            </Group>
          )}
          {conflicts && conflicts.length === 0 && (
            <EmptyState
              py="lg"
              title={t('people.conflicts.emptyTitle')}
              description={t('people.conflicts.empty')}
              style={{ border: '1px dashed var(--mantine-color-gray-4)', borderRadius: 8, background: 'white' }}
            />
          )}
          {conflicts && conflicts.length > 0 && (
            <Table striped withTableBorder verticalSpacing={6} data-testid="conflicts-table" bg="white">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('people.conflicts.col.member')}</Table.Th>
                  <Table.Th scope="col">{t('people.conflicts.col.applicant')}</Table.Th>
                  <Table.Th scope="col">{t('people.conflicts.col.reason')}</Table.Th>
                  <Table.Th scope="col">{t('people.conflicts.col.recordedBy')}</Table.Th>
                  <Table.Th scope="col">{t('people.conflicts.col.when')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {conflicts.map((c) => {
                  const a = applicants.get(c.applicantId);
                  return (
                    <Table.Tr key={c.id}>
                      <Table.Td>{c.personName}</Table.Td>
                      <Table.Td>
                        <Text span ff="monospace" size="sm">
                          {c.applicantCode}
                        </Text>
                        {a && (a.registrationNumber || a.name) && (
                          <Text size="xs" c="dimmed">
                            {[a.registrationNumber, a.name].filter(Boolean).join(' · ')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" tt="none" size="sm" color="grape">
                          {t(`people.conflicts.kind.${c.reasonKind}`)}
                        </Badge>
                        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                          {c.reasonText}
                        </Text>
                      </Table.Td>
                      <Table.Td>{recordedBy(c.declaredBy)}</Table.Td>
                      <Table.Td>{formatDateTime(c.createdAt, lang)}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Grid.Col>
      {mayDeclare && (
        <Grid.Col span={{ base: 12, md: 5 }}>
          <ConflictForm selection={selection} viewer={viewer} onRecorded={() => void recorded()} />
        </Grid.Col>
      )}
    </Grid>
  );
}
