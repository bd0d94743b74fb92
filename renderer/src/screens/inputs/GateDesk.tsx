import { Alert, Badge, Button, Checkbox, Group, Loader, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GateCounts, GateDecisionValue, GateRow } from '../../../../shared/contract';
import { formatDateTime, formatNumber } from '../../../../shared/format';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';

interface Props {
  selectionId: string;
  stageId: string;
  stageName: string;
  canEdit: boolean;
  onChanged(): void;
}

const who = (r: GateRow) => r.registrationNumber ?? r.code;

/**
 * MS/TMS for every applicant of a gate, fast by keyboard: the focused row takes M (MS, then
 * the next row), T (TMS: type the reason, Enter), Delete (take back), ↑/↓. "All remaining MS"
 * asks once with the count, and main refuses it if the count changed meanwhile.
 */
export function GateDesk({ selectionId, stageId, stageName, canEdit, onChanged }: Props) {
  const { t } = useTranslation();
  const { lang, session } = useKnownStatus();
  const [rows, setRows] = useState<GateRow[] | null>(null);
  const [counts, setCounts] = useState<GateCounts>({ ms: 0, tms: 0, undecided: 0 });
  const [loadError, setLoadError] = useState<unknown>(null);
  const [query, setQuery] = useState('');
  // "Undecided only" keeps the rows it showed when switched on, so a decided row stays in place
  // (with its new decision) and the focus can move straight on to the next one.
  const [undecidedSet, setUndecidedSet] = useState<Set<string> | null>(null);
  const onlyUndecided = undecidedSet !== null;
  const [focus, setFocus] = useState(0);
  const [tmsFor, setTmsFor] = useState<string | null>(null);
  const [tmsNote, setTmsNote] = useState('');
  const [bulkOpen, setBulkOpen] = useState(false);
  const [bulkNote, setBulkNote] = useState('');
  const rowRefs = useRef<(HTMLTableRowElement | null)[]>([]);

  const load = useCallback(async () => {
    try {
      const view = await api.stageInputs.gate({ selectionId, stageId });
      setRows(view.rows);
      setCounts(view.counts);
      setLoadError(null);
    } catch (e) {
      setLoadError(e);
    }
  }, [selectionId, stageId]);
  useEffect(() => {
    void load();
  }, [load]);

  const visible = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (rows ?? []).filter(
      (r) =>
        (undecidedSet === null || undecidedSet.has(r.applicantId)) &&
        (q === '' || [r.registrationNumber, r.name, r.code].some((x) => x !== null && x.toLowerCase().includes(q))),
    );
  }, [rows, query, undecidedSet]);

  const record = useMutation(async (row: GateRow, decision: GateDecisionValue | null, note: string) => {
    const change = await api.stageInputs.recordGate({
      selectionId,
      stageId,
      decisions: [{ applicantId: row.applicantId, decision, note }],
    });
    setCounts(change.counts);
    const at = new Date().toISOString();
    setRows((rs) =>
      (rs ?? []).map((r) =>
        r.applicantId === row.applicantId
          ? {
              ...r,
              decision,
              note: decision === null ? '' : note.trim(),
              decidedBy: decision === null ? null : (session?.name ?? null),
              decidedAt: decision === null ? null : at,
            }
          : r,
      ),
    );
    onChanged();
    return change;
  });

  const bulk = useMutation(async () => {
    const change = await api.stageInputs.markRemaining({
      selectionId,
      stageId,
      decision: 'MS',
      undecided: counts.undecided,
      note: bulkNote,
    });
    setBulkOpen(false);
    setBulkNote('');
    await load();
    onChanged();
    return change;
  });

  const focusRow = (i: number) => {
    const next = Math.max(0, Math.min(visible.length - 1, i));
    setFocus(next);
    rowRefs.current[next]?.focus();
  };

  async function saveTms(row: GateRow, index: number) {
    const done = await record.run(row, 'TMS', tmsNote);
    if (done) {
      setTmsFor(null);
      setTmsNote('');
      focusRow(index + 1);
    }
  }

  function onRowKey(e: KeyboardEvent<HTMLTableRowElement>, row: GateRow, index: number) {
    if (e.target !== e.currentTarget) return;
    const key = e.key.toLowerCase();
    if (key === 'arrowdown' || key === 'j') {
      e.preventDefault();
      focusRow(index + 1);
    } else if (key === 'arrowup' || key === 'k') {
      e.preventDefault();
      focusRow(index - 1);
    } else if (!canEdit || row.status !== 'active') {
      return;
    } else if (key === 'm') {
      e.preventDefault();
      // On to the next row at once: a secretary types M M M down the list; a refusal shows above the table.
      focusRow(index + 1);
      void record.run(row, 'MS', '');
    } else if (key === 't') {
      e.preventDefault();
      setTmsNote(row.decision === 'TMS' ? row.note : '');
      setTmsFor(row.applicantId);
    } else if (key === 'delete' || key === 'backspace') {
      e.preventDefault();
      if (row.decision !== null) void record.run(row, null, '');
    }
  }

  if (loadError) return <ErrorAlert error={loadError} lang={lang} />;
  if (rows === null) return <Loader size="sm" aria-label={t('inputs.loading')} />;
  const blind = rows.every((r) => r.registrationNumber === null);

  return (
    <Stack gap="sm" data-testid="gate-desk">
      {canEdit && (
        <Alert variant="light" color="blue">
          {t('inputs.gate.keys')}
        </Alert>
      )}
      <Group justify="space-between" align="flex-end">
        <Group gap="md" align="flex-end">
          <TextInput label={t('inputs.gate.search')} value={query} onChange={(e) => setQuery(e.currentTarget.value)} w={360} />
          <Checkbox
            label={t('inputs.gate.onlyUndecided')}
            checked={onlyUndecided}
            onChange={(e) =>
              setUndecidedSet(
                e.currentTarget.checked
                  ? new Set(rows.filter((r) => r.decision === null && r.status === 'active').map((r) => r.applicantId))
                  : null,
              )
            }
            mb={6}
          />
        </Group>
        {canEdit && (
          <Button variant="light" onClick={() => setBulkOpen(true)} disabled={counts.undecided === 0} data-testid="gate-bulk">
            {t('inputs.gate.bulk')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={record.error} lang={lang} />
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('inputs.gate.shown', { shown: formatNumber(visible.length, lang, 0), total: formatNumber(rows.length, lang, 0) })}
      </Text>
      <Table withTableBorder verticalSpacing={4} highlightOnHover data-testid="gate-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{blind ? t('inputs.gate.colCode') : t('inputs.gate.colNumber')}</Table.Th>
            {!blind && <Table.Th scope="col">{t('inputs.gate.colName')}</Table.Th>}
            <Table.Th scope="col">{t('inputs.gate.colDecision')}</Table.Th>
            <Table.Th scope="col">{t('inputs.gate.colNote')}</Table.Th>
            <Table.Th scope="col">{t('inputs.gate.colBy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visible.map((row, i) => {
            const name = who(row);
            return (
              <Table.Tr
                key={row.applicantId}
                ref={(el) => {
                  rowRefs.current[i] = el;
                }}
                tabIndex={i === Math.min(focus, visible.length - 1) ? 0 : -1}
                onFocus={() => setFocus(i)}
                onKeyDown={(e) => onRowKey(e, row, i)}
                data-testid={`gate-row-${name}`}
                data-decision={row.decision ?? 'none'}
                style={{ outlineOffset: -2 }}
              >
                <Table.Td>{name}</Table.Td>
                {!blind && <Table.Td>{row.name}</Table.Td>}
                <Table.Td>
                  {row.status === 'withdrawn' ? (
                    <Badge color="gray" variant="light" tt="none">
                      {t('inputs.gate.withdrawn')}
                    </Badge>
                  ) : canEdit ? (
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant={row.decision === 'MS' ? 'filled' : 'default'}
                        color="teal.9"
                        aria-pressed={row.decision === 'MS'}
                        aria-label={t('inputs.gate.msFor', { who: name })}
                        tabIndex={-1}
                        onClick={() => void record.run(row, 'MS', '')}
                      >
                        {t('inputs.gate.ms')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant={row.decision === 'TMS' ? 'filled' : 'default'}
                        color="red.9"
                        aria-pressed={row.decision === 'TMS'}
                        aria-label={t('inputs.gate.tmsFor', { who: name })}
                        tabIndex={-1}
                        onClick={() => {
                          setTmsNote(row.decision === 'TMS' ? row.note : '');
                          setTmsFor(row.applicantId);
                        }}
                      >
                        {t('inputs.gate.tms')}
                      </Button>
                      {row.decision !== null && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="gray"
                          tabIndex={-1}
                          aria-label={t('inputs.gate.clearFor', { who: name })}
                          onClick={() => void record.run(row, null, '')}
                        >
                          {t('inputs.gate.clear')}
                        </Button>
                      )}
                    </Group>
                  ) : (
                    <Badge color={row.decision === 'MS' ? 'teal' : row.decision === 'TMS' ? 'red' : 'gray'} variant="light" tt="none">
                      {row.decision ?? t('inputs.gate.undecided')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {tmsFor === row.applicantId ? (
                    <Group gap={4} wrap="nowrap" align="flex-end">
                      <TextInput
                        size="xs"
                        aria-label={t('inputs.gate.reasonLabel', { who: name })}
                        placeholder={t('inputs.gate.reasonPlaceholder')}
                        value={tmsNote}
                        data-autofocus
                        autoFocus
                        onChange={(e) => setTmsNote(e.currentTarget.value)}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter') {
                            e.preventDefault();
                            void saveTms(row, i);
                          } else if (e.key === 'Escape') {
                            e.preventDefault();
                            setTmsFor(null);
                            focusRow(i);
                          }
                        }}
                        style={{ flex: 1 }}
                      />
                      <BusyButton
                        size="compact-sm"
                        color="red.9"
                        busy={record.busy}
                        busyLabel={t('inputs.gate.saving')}
                        onClick={() => void saveTms(row, i)}
                      >
                        {t('inputs.gate.saveReason')}
                      </BusyButton>
                    </Group>
                  ) : (
                    row.note
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {row.decidedBy && row.decidedAt
                      ? t('inputs.gate.by', { name: row.decidedBy, at: formatDateTime(row.decidedAt, lang) })
                      : ''}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {bulkOpen && (
        <Modal
          opened
          onClose={() => setBulkOpen(false)}
          title={t('inputs.gate.bulkTitle')}
          size="lg"
          closeButtonProps={{ 'aria-label': t('inputs.close') }}
        >
          <Stack gap="md">
            <Text>{t('inputs.gate.bulkBody', { count: formatNumber(counts.undecided, lang, 0), stage: stageName })}</Text>
            <TextInput label={t('inputs.gate.bulkNote')} value={bulkNote} onChange={(e) => setBulkNote(e.currentTarget.value)} />
            <ErrorAlert error={bulk.error} lang={lang} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setBulkOpen(false)} data-autofocus>
                {t('inputs.cancel')}
              </Button>
              <BusyButton
                busy={bulk.busy}
                busyLabel={t('inputs.gate.bulkBusy')}
                onClick={() => void bulk.run()}
                data-testid="gate-bulk-confirm"
              >
                {t('inputs.gate.bulkConfirm', { count: formatNumber(counts.undecided, lang, 0) })}
              </BusyButton>
            </Group>
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}
