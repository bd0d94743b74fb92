import { Alert, Button, Center, Divider, Group, Kbd, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/errors';
import { formatNumber } from '../../../../shared/format';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ApplicantFacts } from './ApplicantFacts';
import { CriteriaForm } from './CriteriaForm';
import { formatScore } from './desk-format';
import type { DeskCommand } from './keyboard';
import { SaveIndicator } from './SaveIndicator';
import { statusColor, statusKey } from './status';
import type { Desk } from './use-desk';
import { ToneBadge } from './ToneBadge';

interface Props {
  desk: Desk;
  lang: Language;
  onCommand(command: DeskCommand): void;
}

/** One applicant's form: what main lets me see of them, my running subtotal, the criteria. */
export function ScoreForm({ desk, lang, onCommand }: Props) {
  const { t } = useTranslation();
  const { queue, applicant, entries } = desk;
  const values = useMemo(() => Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, v.value])), [entries]);
  const notes = useMemo(() => Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, v.note])), [entries]);

  if (!queue) return null;
  if (desk.applicantError && !applicant) {
    return (
      <Paper withBorder radius="md" p="lg">
        <ErrorAlert error={desk.applicantError} lang={lang} />
      </Paper>
    );
  }
  if (!desk.applicantId) {
    return (
      <Paper withBorder radius="md" p="lg" data-testid="desk-empty">
        <Text>{queue.items.length === 0 ? t('desk.form.emptyQueue') : t('desk.form.noneOpen')}</Text>
      </Paper>
    );
  }
  if (!applicant) {
    return (
      <Center py="xl">
        <Group gap="xs">
          <Loader size="sm" aria-hidden />
          <Text>{t('desk.form.loading')}</Text>
        </Group>
      </Center>
    );
  }

  const item = queue.items.find((i) => i.applicantId === applicant.item.applicantId) ?? applicant.item;
  const position = queue.items.findIndex((i) => i.applicantId === item.applicantId);
  const weighted = queue.rubric.combine === 'weighted';
  const subtotal = desk.subtotal;

  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-labelledby="desk-applicant-title"
      data-testid="score-form"
      data-applicant={item.code}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {t('desk.form.position', { n: formatNumber(position + 1, lang, 0), total: formatNumber(queue.items.length, lang, 0) })}
            </Text>
            <Group gap="sm">
              <Title order={3} size="h3" id="desk-applicant-title" data-testid="applicant-code">
                {item.name ? t('desk.form.titleNamed', { code: item.code, name: item.name }) : t('desk.form.title', { code: item.code })}
              </Title>
              <ToneBadge variant="light" color={statusColor[item.status]} tt="none" data-testid="applicant-status">
                {t(statusKey[item.status])}
              </ToneBadge>
            </Group>
          </Stack>
          <Stack gap={2} align="flex-end">
            <Text size="sm" c="dimmed" id="desk-subtotal-label">
              {weighted ? t('desk.form.subtotal') : t('desk.form.subtotalPoints')}
            </Text>
            <Text fw={700} size="xl" aria-labelledby="desk-subtotal-label" data-testid="subtotal">
              {subtotal === null ? t('desk.form.noSubtotal') : formatScore(subtotal, lang)}
            </Text>
          </Stack>
        </Group>
        <ApplicantFacts applicant={applicant.applicant} lang={lang} />
        {applicant.locked ? (
          <Alert variant="light" color="blue" title={t('desk.form.lockedTitle')} data-testid="desk-locked">
            {queue.round.state === 'open' ? t('desk.form.locked') : t('desk.form.lockedClosed')}
          </Alert>
        ) : (
          <SaveIndicator busy={desk.busy} state={desk.saveState} lang={lang} />
        )}
        <Group gap="xs" wrap="wrap">
          <Button
            variant="default"
            size="xs"
            onClick={() => onCommand({ kind: 'applicant', delta: -1 })}
            rightSection={<Kbd size="xs">P</Kbd>}
          >
            {t('desk.form.previous')}
          </Button>
          <Button
            variant="default"
            size="xs"
            onClick={() => onCommand({ kind: 'applicant', delta: 1 })}
            rightSection={<Kbd size="xs">N</Kbd>}
          >
            {t('desk.form.next')}
          </Button>
          {!applicant.locked && (
            <Button
              variant="light"
              color="grape"
              size="xs"
              onClick={() => onCommand({ kind: 'conflict' })}
              rightSection={<Kbd size="xs">K</Kbd>}
            >
              {t('desk.form.declareConflict')}
            </Button>
          )}
          <Button variant="light" size="xs" onClick={() => onCommand({ kind: 'review' })} rightSection={<Kbd size="xs">R</Kbd>}>
            {t('desk.form.review')}
          </Button>
        </Group>
        <Divider />
        <CriteriaForm
          rubric={queue.rubric}
          criteria={desk.criteria}
          values={values}
          notes={notes}
          locked={applicant.locked}
          lang={lang}
          current={desk.criterionIndex}
          focusToken={desk.focusToken}
          aspectOrder={4}
          onCurrent={desk.setCriterionIndex}
          onValue={desk.setValue}
          onNote={desk.setNote}
          onNoteBlur={desk.flushNote}
          onCommand={onCommand}
        />
      </Stack>
    </Paper>
  );
}
