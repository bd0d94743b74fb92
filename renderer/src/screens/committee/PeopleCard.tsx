import { Badge, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '../../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { AddPersonModal } from './AddPersonModal';

interface Props {
  people: PersonDetail[] | null;
  error: unknown;
  canManage: boolean;
  onAdded(): void;
}

/** Everyone who can sign in to this vault, with who still has to replace a one-time password. */
export function PeopleCard({ people, error, canManage, onAdded }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const [adding, setAdding] = useState(false);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="people-title">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Title order={2} size="h4" id="people-title">
              {t('people.persons.heading')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('people.persons.intro')}
            </Text>
          </Stack>
          {canManage && <Button onClick={() => setAdding(true)}>{t('people.persons.add')}</Button>}
        </Group>
        <ErrorAlert error={error} lang={lang} />
        {people === null && !error && (
          <Group gap="xs">
            <Loader size="sm" aria-hidden />
            <Text size="sm">{t('people.persons.loading')}</Text>
          </Group>
        )}
        {people && (
          <Table striped withTableBorder verticalSpacing={6} data-testid="people-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('people.persons.col.name')}</Table.Th>
                <Table.Th scope="col">{t('people.persons.col.nip')}</Table.Th>
                <Table.Th scope="col">{t('people.persons.col.position')}</Table.Th>
                <Table.Th scope="col">{t('people.persons.col.role')}</Table.Th>
                <Table.Th scope="col">{t('people.persons.col.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.map((p) => (
                <Table.Tr key={p.personId}>
                  <Table.Td fw={500}>{p.name}</Table.Td>
                  <Table.Td>
                    {p.nip ? (
                      <Text span ff="monospace" size="sm">
                        {p.nip}
                      </Text>
                    ) : (
                      <Text span c="dimmed" size="sm">
                        {t('people.persons.noNip')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {p.position || (
                      <Text span c="dimmed" size="sm">
                        {t('people.persons.noPosition')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" tt="none" size="sm">
                      {t(`roles.${p.role}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {p.mustChangePassword && (
                        <Badge variant="light" color="orange" tt="none" size="sm">
                          {t('people.persons.mustChange')}
                        </Badge>
                      )}
                      {!p.active && (
                        <Badge variant="light" color="gray" tt="none" size="sm">
                          {t('people.persons.inactive')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {people && people.length === 1 && canManage && (
          <Text size="sm" c="dimmed">
            {t('people.persons.onlyChair')}
          </Text>
        )}
      </Stack>
      {adding && <AddPersonModal onClose={() => setAdding(false)} onAdded={onAdded} />}
    </Paper>
  );
}
