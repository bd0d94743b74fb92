import { Button, EmptyState, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicantRow, SelectionDetail } from '../../../../shared/contract';
import { formatNumber } from '../../../../shared/format';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { ApplicantFormModal } from './ApplicantFormModal';
import { ApplicantList } from './ApplicantList';
import { useApplicantPages, type StatusFilter } from './use-applicant-pages';
import { WithdrawModal } from './WithdrawModal';

const SEARCH_DEBOUNCE_MS = 300;

interface Props {
  selection: SelectionDetail;
  /** May change applicants now (a manager, not final), and whether identities are hidden. */
  viewer: { canManage: boolean; blind: boolean };
  /** A manager looking at a final selection: the buttons show, disabled. */
  locked?: boolean;
  onImport(): void;
  onApplicantsChanged(): void;
}

type Dialog = { kind: 'add' } | { kind: 'edit'; row: ApplicantRow } | { kind: 'withdraw'; row: ApplicantRow } | null;

/** Search, filter, the virtual list, and the add / edit / withdraw dialogs. */
export function ApplicantsPanel({ selection, viewer, locked = false, onImport, onApplicantsChanged }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const [status, setStatus] = useState<StatusFilter>('all');
  const pages = useApplicantPages(selection.id, query, status);
  const [dialog, setDialog] = useState<Dialog>(null);
  const n = (v: number) => formatNumber(v, lang, 0);
  const nothingAtAll = selection.applicants.active + selection.applicants.withdrawn === 0;
  const educationHidden = viewer.blind && !selection.visibleFields.includes('education');

  function changed() {
    setDialog(null);
    pages.reload();
    onApplicantsChanged();
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="applicants-title">
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <Stack gap={2}>
          <Title order={2} size="h3" id="applicants-title">
            {t('people.applicants.heading')}
          </Title>
          <Text size="sm" c="dimmed" data-testid="applicant-counts">
            {t('people.applicants.counts', { active: n(selection.applicants.active), withdrawn: n(selection.applicants.withdrawn) })}
          </Text>
        </Stack>
        {(viewer.canManage || locked) && (
          <Group gap="xs" wrap="nowrap">
            <Button variant="default" disabled={locked} onClick={() => setDialog({ kind: 'add' })}>
              {t('people.applicants.add')}
            </Button>
            <Button disabled={locked} onClick={onImport}>
              {t('people.applicants.import')}
            </Button>
          </Group>
        )}
      </Group>

      {nothingAtAll ? (
        <EmptyState
          py="xl"
          title={t('people.applicants.emptyTitle')}
          description={viewer.canManage ? t('people.applicants.emptyHint') : t('people.applicants.emptyHintReader')}
          style={{ border: '1px dashed var(--mantine-color-gray-4)', borderRadius: 8, background: 'white' }}
        />
      ) : (
        <>
          <Group gap="md" align="flex-end" wrap="nowrap">
            <TextInput
              style={{ flex: 1, maxWidth: 460 }}
              label={t('people.applicants.search')}
              placeholder={viewer.blind ? t('people.applicants.searchPlaceholderBlind') : t('people.applicants.searchPlaceholder')}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              type="search"
              spellCheck={false}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="applicant-filter-label">
                {t('people.applicants.filter')}
              </Text>
              <SegmentedControl
                aria-labelledby="applicant-filter-label"
                value={status}
                onChange={(v) => setStatus(v === 'active' || v === 'withdrawn' ? v : 'all')}
                data={[
                  { value: 'all', label: t('people.applicants.filterAll') },
                  { value: 'active', label: t('people.applicants.filterActive') },
                  { value: 'withdrawn', label: t('people.applicants.filterWithdrawn') },
                ]}
              />
            </Stack>
            <Text size="sm" c="dimmed" ml="auto" role="status" data-testid="applicant-total">
              {pages.total === null ? t('people.applicants.loading') : t('people.applicants.shown', { total: n(pages.total) })}
            </Text>
          </Group>
          <ErrorAlert error={pages.error} lang={lang} />
          {pages.total === 0 ? (
            <EmptyState
              py="lg"
              title={t('people.applicants.noMatchTitle')}
              description={query ? t('people.applicants.noMatch', { query }) : t('people.applicants.noMatchFilter')}
              style={{ border: '1px dashed var(--mantine-color-gray-4)', borderRadius: 8, background: 'white' }}
            />
          ) : (
            <ApplicantList
              pages={pages}
              canManage={viewer.canManage}
              educationHidden={educationHidden}
              onEdit={(row) => setDialog({ kind: 'edit', row })}
              onWithdraw={(row) => setDialog({ kind: 'withdraw', row })}
            />
          )}
        </>
      )}

      {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
        <ApplicantFormModal
          selectionId={selection.id}
          editing={dialog.kind === 'edit' ? dialog.row : null}
          onClose={() => setDialog(null)}
          onSaved={changed}
        />
      )}
      {dialog?.kind === 'withdraw' && (
        <WithdrawModal selectionId={selection.id} applicant={dialog.row} onClose={() => setDialog(null)} onDone={changed} />
      )}
    </Stack>
  );
}
