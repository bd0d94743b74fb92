import { Badge, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attendee, Motion, VoteChoice } from '../../../../shared/contract';
import { formatDateTime } from '../../../../shared/format';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';

const choices: VoteChoice[] = ['setuju', 'tidakSetuju', 'abstain'];

interface VoteRow {
  personId: string;
  name: string;
  vote: VoteChoice | null;
}

/**
 * Everyone who may vote on the motion, in the order of the attendance list (a row never moves
 * when its vote is recorded), with the vote recorded so far.
 */
function voteRows(motion: Motion, attendees: Attendee[]): VoteRow[] {
  const voted = new Map(motion.votes.map((v) => [v.personId, v]));
  const pending = new Map(motion.pending.map((p) => [p.personId, p]));
  const rows: VoteRow[] = attendees
    .filter((a) => voted.has(a.personId) || pending.has(a.personId))
    .map((a) => ({ personId: a.personId, name: voted.get(a.personId)?.name ?? a.name, vote: voted.get(a.personId)?.vote ?? null }));
  const listed = new Set(rows.map((r) => r.personId));
  for (const v of motion.votes) if (!listed.has(v.personId)) rows.push({ personId: v.personId, name: v.name, vote: v.vote });
  for (const p of motion.pending) if (!listed.has(p.personId)) rows.push({ personId: p.personId, name: p.name, vote: null });
  return rows;
}

interface Props {
  motion: Motion;
  /** The meeting's attendance list: the order of the vote rows. */
  attendees: Attendee[];
  canRecord: boolean;
  canDecide: boolean;
  onChanged(): void;
}

/**
 * One motion: its rule, each voter's row (the clerk records and, with a reason, corrects a
 * vote until the decision), the corrections on the record, the chair's decision (asked once).
 */
export function MotionBlock({ motion, attendees, canRecord, canDecide, onChanged }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const [correcting, setCorrecting] = useState<{ row: VoteRow; to: VoteChoice } | null>(null);
  const [reason, setReason] = useState('');
  const [deciding, setDeciding] = useState(false);
  const vote = useMutation(async (personId: string, choice: VoteChoice, why?: string) => {
    await api.deliberation.vote({ motionId: motion.id, personId, vote: choice, ...(why ? { reason: why } : {}) });
    setCorrecting(null);
    setReason('');
    onChanged();
  });
  const decide = useMutation(async () => {
    await api.deliberation.decideMotion({ motionId: motion.id });
    setDeciding(false);
    onChanged();
  });
  const open = motion.status === 'open';
  const recording = open && canRecord;
  const rows = voteRows(motion, attendees);
  const voteName = (v: VoteChoice) => t(`deliberation.motion.votes.${v}`);

  const click = (row: VoteRow, choice: VoteChoice) => {
    if (row.vote === choice) return;
    if (row.vote === null) {
      void vote.run(row.personId, choice);
      return;
    }
    // A recorded vote changes only as a correction, with its reason (kept in the minutes).
    vote.clearError();
    setReason('');
    setCorrecting({ row, to: choice });
  };

  return (
    <Stack gap={6} data-testid="motion" p="sm" style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4 }}>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {motion.text}
        </Text>
        <Badge variant="light" color="gray" tt="none">
          {t(`deliberation.motion.rules.${motion.rule}`)}
        </Badge>
        <Badge variant="light" color="gray" tt="none" data-testid="motion-outcome">
          {motion.outcome ? t(`deliberation.motion.outcome.${motion.outcome}`) : t('deliberation.motion.open')}
        </Badge>
      </Group>
      <Text size="sm" data-testid="motion-tally">
        {t('deliberation.motion.tally', motion.tally)}
      </Text>
      {recording
        ? rows.map((row) => (
            <Group
              key={row.personId}
              gap="xs"
              role="group"
              aria-label={t('deliberation.motion.voteOf', { name: row.name })}
              data-testid="vote-row"
              wrap="nowrap"
            >
              <Text size="sm" miw={220}>
                {row.name}
              </Text>
              <Text size="sm" miw={120} c={row.vote ? undefined : 'dimmed'} data-testid="vote-current">
                {row.vote ? voteName(row.vote) : t('deliberation.motion.notVoted')}
              </Text>
              {choices.map((c) => (
                <Button
                  key={c}
                  size="xs"
                  variant={row.vote === c ? 'filled' : 'default'}
                  aria-pressed={row.vote === c}
                  disabled={vote.busy}
                  onClick={() => click(row, c)}
                >
                  {voteName(c)}
                </Button>
              ))}
            </Group>
          ))
        : rows
            .filter((row) => row.vote !== null)
            .map((row) => (
              <Text size="sm" key={row.personId}>
                {row.name}: {row.vote ? voteName(row.vote) : ''}
              </Text>
            ))}
      {motion.recused.map((r) => (
        <Text size="sm" key={r.personId}>
          {t('deliberation.motion.recused', { name: r.name })}
        </Text>
      ))}
      {motion.corrections.length > 0 && (
        <Stack gap={2} data-testid="vote-corrections">
          <Text size="sm" fw={600}>
            {t('deliberation.motion.corrections')}
          </Text>
          {motion.corrections.map((c, i) => (
            <Text size="sm" key={`${c.personId}:${c.at}:${i}`} data-testid="vote-correction">
              {t('deliberation.motion.correctionLine', {
                name: c.name,
                from: voteName(c.from),
                to: voteName(c.to),
                at: formatDateTime(c.at, lang),
                reason: c.reason,
              })}
            </Text>
          ))}
        </Stack>
      )}
      {open && canDecide && (
        <Button size="xs" onClick={() => setDeciding(true)} style={{ alignSelf: 'flex-start' }}>
          {t('deliberation.motion.decide')}
        </Button>
      )}
      {!correcting && !deciding && <ErrorAlert error={vote.error ?? decide.error} lang={lang} />}
      {correcting && (
        <Modal
          opened
          onClose={() => setCorrecting(null)}
          title={t('deliberation.motion.correctTitle', { name: correcting.row.name })}
          closeButtonProps={{ 'aria-label': t('deliberation.revision.close') }}
        >
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (reason.trim().length >= 3) void vote.run(correcting.row.personId, correcting.to, reason.trim());
            }}
          >
            <Stack gap="sm">
              <Text size="sm">
                {t('deliberation.motion.correctText', {
                  name: correcting.row.name,
                  from: correcting.row.vote ? voteName(correcting.row.vote) : '',
                  to: voteName(correcting.to),
                })}
              </Text>
              <Textarea
                label={t('deliberation.motion.correctReason')}
                description={t('deliberation.motion.correctHint')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                required
                autosize
                minRows={2}
                data-autofocus
              />
              <ErrorAlert error={vote.error} lang={lang} />
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setCorrecting(null)}>
                  {t('deliberation.motion.cancel')}
                </Button>
                <BusyButton
                  type="submit"
                  busy={vote.busy}
                  busyLabel={t('deliberation.motion.correctBusy')}
                  disabled={reason.trim().length < 3}
                >
                  {t('deliberation.motion.correctConfirm')}
                </BusyButton>
              </Group>
            </Stack>
          </form>
        </Modal>
      )}
      {deciding && (
        <Modal
          opened
          onClose={() => setDeciding(false)}
          title={t('deliberation.motion.decideTitle')}
          closeButtonProps={{ 'aria-label': t('deliberation.revision.close') }}
        >
          <Stack gap="sm">
            <Text size="sm" fw={600}>
              {motion.text}
            </Text>
            <Text size="sm">
              {t('deliberation.motion.decideText', {
                tally: t('deliberation.motion.tally', motion.tally),
                rule: t(`deliberation.motion.rules.${motion.rule}`),
              })}
            </Text>
            {motion.pending.length > 0 && (
              <Text size="sm">{t('deliberation.motion.decidePending', { names: motion.pending.map((p) => p.name).join(', ') })}</Text>
            )}
            <ErrorAlert error={decide.error} lang={lang} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDeciding(false)} data-autofocus>
                {t('deliberation.motion.cancel')}
              </Button>
              <BusyButton busy={decide.busy} busyLabel={t('deliberation.motion.decideBusy')} onClick={() => void decide.run()}>
                {t('deliberation.motion.decideConfirm')}
              </BusyButton>
            </Group>
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}
