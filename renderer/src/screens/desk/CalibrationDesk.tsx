import { Alert, Button, Center, Grid, Group, Kbd, Loader, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../shared/format';
import { api, sessionEnded } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useQuery } from '../../data/use-query';
import { useSerialMutation } from '../../data/use-serial';
import { useKnownStatus } from '../../state/app-status';
import { CalibrationResults } from './CalibrationResults';
import { CriteriaForm } from './CriteriaForm';
import { orderedCriteria } from './criteria-order';
import { deskCommand, type DeskCommand } from './keyboard';
import { SaveIndicator } from './SaveIndicator';
import { ShortcutHelp } from './ShortcutHelp';
import type { SaveState } from './use-desk-saves';
import { ToneBadge } from './ToneBadge';

type Values = Record<string, Record<string, number | null>>;

interface Props {
  roundId: string;
  onBack(): void;
}

/**
 * Calibration, member side: before scoring opens, the panel scores the same one to three
 * sample cases with the same keyboard form; once the chair closes it, each member sees how
 * they read the descriptors against the panel. Calibration scores never count.
 */
export function CalibrationDesk({ roundId, onBack }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const { enqueue } = useSerialMutation();
  const [values, setValues] = useState<Values>({});
  const [caseIndex, setCaseIndex] = useState(0);
  const [criterionIndex, setCriterionIndex] = useState(0);
  const [focusToken, setFocusToken] = useState(0);
  const [saving, setSaving] = useState(0);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const valuesRef = useRef<Values>({});
  const rootRef = useRef<HTMLDivElement>(null);

  // The form follows every read; the first one also places the cursor.
  const placed = useRef(false);
  const load = useQuery(
    'calibration.get',
    { roundId },
    {
      onRead: (v) => {
        valuesRef.current = v.mine;
        setValues(v.mine);
        if (placed.current) return;
        placed.current = true;
        // Start on the first case with a criterion still to score.
        const criteria = orderedCriteria(v.rubric);
        const todo = v.cases.findIndex((c) => criteria.some((k) => (v.mine[c.id]?.[k.id] ?? null) === null));
        setCaseIndex(Math.max(0, todo));
        setFocusToken((n) => n + 1);
      },
    },
  );
  const { value: view, amend: setView, reload: runLoad } = load;

  const criteria = useMemo(() => (view ? orderedCriteria(view.rubric) : []), [view]);
  const kase = view?.cases[caseIndex] ?? null;
  const scorer = view ? Object.keys(view.mine).length > 0 : false;
  const editable = view?.round.calibration === 'open' && view.round.state === 'draft' && scorer;

  const save = useCallback(
    (caseId: string, criterionId: string, value: number | null) => {
      const next = { ...valuesRef.current, [caseId]: { ...valuesRef.current[caseId], [criterionId]: value } };
      valuesRef.current = next;
      setValues(next);
      setSaving((n) => n + 1);
      void enqueue(() => api.calibration.save({ roundId, caseId, criterionId, value })).then((r) => {
        if (!r) return;
        setSaving((n) => n - 1);
        if (r.ok) {
          setSaveState({ kind: 'saved', at: new Date().toISOString() });
          setView((v) => (v ? { ...v, complete: r.value.complete, scorers: r.value.scorers, round: r.value.round } : v));
          return;
        }
        setSaveState({ kind: 'error', error: r.error });
        if (!sessionEnded(r.error)) void runLoad();
      });
    },
    [enqueue, roundId, runLoad],
  );

  function go(delta: 1 | -1) {
    if (!view) return;
    const next = caseIndex + delta;
    if (next < 0 || next >= view.cases.length) return;
    setCaseIndex(next);
    setCriterionIndex(0);
    setFocusToken((n) => n + 1);
  }

  function command(cmd: DeskCommand) {
    if (cmd.kind === 'applicant') go(cmd.delta);
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const target = e.target as HTMLElement;
    if (!rootRef.current?.contains(target)) return;
    const cmd = deskCommand(e, target.tagName === 'TEXTAREA' || target.tagName === 'INPUT' ? 'text' : 'other');
    if (cmd?.kind !== 'applicant') return;
    e.preventDefault();
    command(cmd);
  }

  const back = (
    <Button variant="default" onClick={onBack}>
      {t('desk.back')}
    </Button>
  );

  if (!view) {
    return (
      <Stack gap="md" data-testid="calibration">
        <div>{back}</div>
        {load.error ? (
          <ErrorAlert error={load.error} lang={lang} />
        ) : (
          <Center py="xl">
            <Group gap="xs">
              <Loader size="sm" aria-hidden />
              <Text>{t('desk.calibration.loading')}</Text>
            </Group>
          </Center>
        )}
      </Stack>
    );
  }

  const header = (
    <Group justify="space-between" align="flex-start">
      <Stack gap={2}>
        <Title order={2} size="h2">
          {t('desk.calibration.heading', { stage: view.round.stageName })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('desk.calibration.neverCounts')}
        </Text>
      </Stack>
      {back}
    </Group>
  );

  if (view.round.calibration === 'closed') {
    return (
      <Stack gap="md" data-testid="calibration">
        {header}
        <CalibrationResults roundId={roundId} />
      </Stack>
    );
  }

  const doneIn = (caseId: string) => criteria.filter((c) => (values[caseId]?.[c.id] ?? null) !== null).length;

  return (
    <Stack gap="md" ref={rootRef} onKeyDown={onKeyDown} data-testid="calibration">
      {header}
      <ErrorAlert error={load.error} lang={lang} />
      {!scorer ? (
        <Alert variant="light" color="blue">
          {t('desk.calibration.notScorer')}
        </Alert>
      ) : view.round.calibration !== 'open' ? (
        <Alert variant="light" color="blue">
          {t('desk.calibration.notOpen')}
        </Alert>
      ) : (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
            <Stack gap="md">
              <Stack gap="xs" component="nav" aria-labelledby="calibration-cases-title">
                <Title order={3} size="h5" id="calibration-cases-title">
                  {t('desk.calibration.cases')}
                </Title>
                <Text size="sm" data-testid="calibration-progress">
                  {t('desk.calibration.progress', {
                    complete: formatNumber(view.complete, lang, 0),
                    scorers: formatNumber(view.scorers, lang, 0),
                  })}
                </Text>
                <Stack gap={4} component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
                  {view.cases.map((c, i) => (
                    <li key={c.id}>
                      <UnstyledButton
                        w="100%"
                        p="sm"
                        aria-current={i === caseIndex ? 'true' : undefined}
                        onClick={() => {
                          setCaseIndex(i);
                          setCriterionIndex(0);
                          setFocusToken((n) => n + 1);
                        }}
                        data-testid="calibration-case"
                        style={{
                          border: '1px solid var(--mantine-color-gray-3)',
                          borderLeft: `4px solid ${i === caseIndex ? 'var(--mantine-color-blue-8)' : 'transparent'}`,
                          borderRadius: 4,
                          background: i === caseIndex ? 'var(--mantine-color-blue-0)' : 'white',
                        }}
                      >
                        <Group justify="space-between" wrap="nowrap">
                          <Text fw={600} size="sm">
                            {c.label}
                          </Text>
                          <ToneBadge size="sm" variant="light" color={doneIn(c.id) === criteria.length ? 'teal' : 'gray'} tt="none">
                            {t('desk.calibration.scoredOf', {
                              n: formatNumber(doneIn(c.id), lang, 0),
                              total: formatNumber(criteria.length, lang, 0),
                            })}
                          </ToneBadge>
                        </Group>
                      </UnstyledButton>
                    </li>
                  ))}
                </Stack>
              </Stack>
              <ShortcutHelp calibration />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
            {kase && (
              <Paper
                withBorder
                radius="md"
                p="lg"
                component="section"
                aria-labelledby="calibration-case-title"
                data-testid="calibration-form"
                data-case={kase.label}
              >
                <Stack gap="md">
                  <Stack gap={2}>
                    <Text size="sm" c="dimmed">
                      {t('desk.calibration.caseOf', { n: caseIndex + 1, total: view.cases.length })}
                    </Text>
                    <Title order={3} size="h3" id="calibration-case-title">
                      {kase.label}
                    </Title>
                  </Stack>
                  {kase.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{kase.description}</Text>}
                  <SaveIndicator busy={saving > 0} state={saveState} lang={lang} />
                  <Group gap="xs">
                    <Button
                      variant="default"
                      size="xs"
                      disabled={caseIndex === 0}
                      onClick={() => go(-1)}
                      rightSection={<Kbd size="xs">P</Kbd>}
                    >
                      {t('desk.calibration.previous')}
                    </Button>
                    <Button
                      variant="default"
                      size="xs"
                      disabled={caseIndex >= view.cases.length - 1}
                      onClick={() => go(1)}
                      rightSection={<Kbd size="xs">N</Kbd>}
                    >
                      {t('desk.calibration.next')}
                    </Button>
                  </Group>
                  <CriteriaForm
                    key={kase.id}
                    rubric={view.rubric}
                    criteria={criteria}
                    values={values[kase.id] ?? {}}
                    notes={null}
                    locked={!editable}
                    lang={lang}
                    current={criterionIndex}
                    focusToken={focusToken}
                    aspectOrder={4}
                    onCurrent={setCriterionIndex}
                    onValue={(criterionId, value) => {
                      if (editable && (valuesRef.current[kase.id]?.[criterionId] ?? null) !== value) save(kase.id, criterionId, value);
                    }}
                    onCommand={command}
                  />
                </Stack>
              </Paper>
            )}
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
