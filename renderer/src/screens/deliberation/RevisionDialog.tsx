import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingView, RevisionResult, SelectionDetail } from '../../../../shared/contract';
import { formatNumber } from '../../../../shared/format';
import { formatScore } from '../../../../shared/results/display';
import { scaleChoices } from '../../../../shared/scoring/scale-values';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SecretInput } from '../../components/SecretInput';
import { isScorer } from '../../state/access';
import { useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';

interface Props {
  selection: SelectionDetail;
  meeting: MeetingView;
  itemId: string;
  applicant: { id: string; code: string };
  onDone(): void;
  onClose(): void;
}

/** A score revised after discussion: the member picks the value and types their own password; a reason is required. */
export function RevisionDialog({ selection, meeting, itemId, applicant, onDone, onClose }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const scorers = meeting.attendees.filter((a) => isScorer(a.role) && a.present);
  const stages = selection.setup.stages.filter((s) => s.kind === 'scored' && s.source === 'panel' && s.rubric);
  const [personId, setPersonId] = useState<string | null>(null);
  const [stageId, setStageId] = useState<string | null>(stages.length === 1 ? stages[0]!.id : null);
  const [criterionId, setCriterionId] = useState<string | null>(null);
  const [value, setValue] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [password, setPassword] = useState('');
  const [result, setResult] = useState<RevisionResult | null>(null);
  const stage = stages.find((s) => s.id === stageId) ?? null;
  const criterion = stage?.rubric?.criteria.find((c) => c.id === criterionId) ?? null;
  const save = useMutation(async () => {
    if (!personId || !stageId || !criterionId || value === null) return;
    const r = await api.deliberation.revise({
      meetingId: meeting.meeting.id,
      itemId,
      personId,
      password,
      applicantId: applicant.id,
      stageId,
      criterionId,
      value: Number(value),
      reason,
    });
    setPassword('');
    setResult(r);
    onDone();
  });
  const none = { value: '', label: t('deliberation.noValue') };
  const shown = (v: number | null) => (v === null ? t('deliberation.noValue') : formatNumber(v, lang, 0));
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('deliberation.revision.dialogTitle', { code: applicant.code })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('deliberation.revision.close') }}
    >
      {result ? (
        <Stack gap="sm" data-testid="revision-result">
          <Text size="sm">
            {t('deliberation.revision.line', {
              member: result.revision.personName,
              code: result.revision.applicantCode,
              criterion: result.revision.criterionName,
              old: shown(result.revision.oldValue),
              new: shown(result.revision.newValue),
            })}
          </Text>
          <Text size="sm" fw={600}>
            {t('deliberation.revision.changed')}
          </Text>
          {result.changes.map((c) => (
            <Text size="sm" key={c.applicantId} data-testid="revision-change">
              {c.finalBefore === null && c.finalAfter === null
                ? t('deliberation.revision.changeStage', {
                    code: c.name ? `${c.code} · ${c.name}` : c.code,
                    before: formatScore(c.stageBefore, lang),
                    after: formatScore(c.stageAfter, lang),
                  })
                : t('deliberation.revision.change', {
                    code: c.name ? `${c.code} · ${c.name}` : c.code,
                    before: formatScore(c.finalBefore, lang),
                    after: formatScore(c.finalAfter, lang),
                    rankBefore: c.rankBefore ?? t('deliberation.noValue'),
                    rankAfter: c.rankAfter ?? t('deliberation.noValue'),
                  })}
            </Text>
          ))}
          <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
            {t('deliberation.revision.sheet', { sha: result.revision.newSheetSha256 })}
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {t('deliberation.revision.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save.run();
          }}
        >
          <Stack gap="sm">
            <Alert variant="light" color="blue">
              {t('deliberation.revision.intro')}
            </Alert>
            <NativeSelect
              label={t('deliberation.revision.member')}
              data={[none, ...scorers.map((s) => ({ value: s.personId, label: s.name }))]}
              value={personId ?? ''}
              onChange={(e) => setPersonId(e.currentTarget.value || null)}
              required
              data-autofocus
            />
            {stages.length > 1 && (
              <NativeSelect
                label={t('deliberation.revision.stage')}
                data={[none, ...stages.map((s) => ({ value: s.id, label: s.name }))]}
                value={stageId ?? ''}
                onChange={(e) => {
                  setStageId(e.currentTarget.value || null);
                  setCriterionId(null);
                  setValue(null);
                }}
                required
              />
            )}
            <NativeSelect
              label={t('deliberation.revision.criterion')}
              data={[
                none,
                ...(stage?.rubric?.criteria ?? []).map((c) => ({ value: c.id, label: c.code ? `${c.code} ${c.name}` : c.name })),
              ]}
              value={criterionId ?? ''}
              onChange={(e) => {
                setCriterionId(e.currentTarget.value || null);
                setValue(null);
              }}
              required
            />
            <NativeSelect
              label={t('deliberation.revision.value')}
              data={[
                none,
                ...(criterion ? scaleChoices(criterion.scale) : []).map((v) => ({
                  value: String(v),
                  label: formatNumber(v, lang, Number.isInteger(v) ? 0 : 2),
                })),
              ]}
              value={value ?? ''}
              onChange={(e) => setValue(e.currentTarget.value || null)}
              required
            />
            <Textarea
              label={t('deliberation.revision.reason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              required
              autosize
              minRows={2}
            />
            <SecretInput
              label={t('deliberation.revision.password')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              required
            />
            <ErrorAlert error={save.error} lang={lang} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('deliberation.revision.cancel')}
              </Button>
              <BusyButton
                type="submit"
                busy={save.busy}
                busyLabel={t('deliberation.revision.confirmBusy')}
                disabled={!personId || !criterionId || value === null || password.length === 0}
              >
                {t('deliberation.revision.confirm')}
              </BusyButton>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
