import { Card, Checkbox, Group, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeliberationOverview, Objection } from '../../../../shared/contract';
import { formatDateLong } from '../../../../shared/format';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { todayLocal } from '../../components/clock';
import { DateInput } from '../../components/DateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useViewer } from '../../state/access';
import { useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';

function AnswerForm({ objection, onChanged }: { objection: Objection; onChanged(): void }) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const [answer, setAnswer] = useState('');
  const [changed, setChanged] = useState(false);
  const save = useMutation(async () => {
    await api.deliberation.answerObjection({ objectionId: objection.id, answer, resultChanged: changed });
    onChanged();
  });
  return (
    <Stack gap="xs">
      <Textarea
        label={t('deliberation.objections.answer', { code: objection.applicantCode })}
        value={answer}
        onChange={(e) => setAnswer(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <Checkbox label={t('deliberation.objections.changed')} checked={changed} onChange={(e) => setChanged(e.currentTarget.checked)} />
      <BusyButton
        variant="default"
        busy={save.busy}
        busyLabel={t('deliberation.objections.saveAnswer')}
        disabled={answer.trim().length === 0}
        onClick={() => void save.run()}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('deliberation.objections.saveAnswer')}
      </BusyButton>
      <ErrorAlert error={save.error} lang={lang} />
    </Stack>
  );
}

/** Objections (sanggahan) after the results are final: recorded by the clerk, answered by the committee. */
export function ObjectionsSection({
  selectionId,
  overview,
  onChanged,
}: {
  selectionId: string;
  overview: DeliberationOverview;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const { can } = useViewer();
  // The clerk records objections and the committee's answers (both by the same roles).
  const clerk = can('deliberation.recordObjection');
  const final = overview.final !== null;
  const [applicants, setApplicants] = useState<{ value: string; label: string }[]>([]);
  const [applicantId, setApplicantId] = useState<string | null>(null);
  const [receivedOn, setReceivedOn] = useState<string | null | undefined>(todayLocal);
  const [text, setText] = useState('');
  useEffect(() => {
    if (!final || !clerk) return;
    void api.results.get({ selectionId }).then(
      (v) => setApplicants(v.rows.map((r) => ({ value: r.applicantId, label: r.name ? `${r.code} · ${r.name}` : r.code }))),
      () => setApplicants([]),
    );
  }, [final, clerk, selectionId]);
  const record = useMutation(async () => {
    if (!applicantId || !receivedOn) return;
    await api.deliberation.recordObjection({ selectionId, applicantId, receivedOn, text });
    setText('');
    onChanged();
  });
  return (
    <Card withBorder component="section" aria-labelledby="objections-heading" data-testid="objections">
      <Stack gap="sm">
        <Title order={3} size="h4" id="objections-heading">
          {t('deliberation.objections.heading')}
        </Title>
        {!final && <Text size="sm">{t('deliberation.objections.onlyFinal')}</Text>}
        {overview.objections.length === 0 && <Text size="sm">{t('deliberation.objections.none')}</Text>}
        {overview.objections.map((o) => (
          <Stack key={o.id} gap={4} data-testid="objection">
            <Text size="sm" fw={600}>
              {t('deliberation.objections.line', {
                code: o.applicantName ? `${o.applicantCode} · ${o.applicantName}` : o.applicantCode,
                date: formatDateLong(o.receivedOn, lang),
              })}
            </Text>
            <Text size="sm">{o.text}</Text>
            {o.answer !== null ? (
              <Text size="sm">
                {t('deliberation.objections.answered', { answer: o.answer })} (
                {o.resultChanged ? t('deliberation.objections.resultChanged') : t('deliberation.objections.resultSame')})
              </Text>
            ) : (
              clerk && <AnswerForm objection={o} onChanged={onChanged} />
            )}
          </Stack>
        ))}
        {final && clerk && (
          <Stack gap="xs">
            <Group align="flex-end" wrap="wrap">
              <NativeSelect
                label={t('deliberation.objections.applicant')}
                data={[{ value: '', label: t('deliberation.noValue') }, ...applicants]}
                value={applicantId ?? ''}
                onChange={(e) => setApplicantId(e.currentTarget.value || null)}
                w={320}
              />
              <DateInput label={t('deliberation.objections.receivedOn')} value={receivedOn} onValue={setReceivedOn} lang={lang} required />
            </Group>
            <Textarea
              label={t('deliberation.objections.text')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              autosize
              minRows={2}
            />
            <BusyButton
              variant="default"
              busy={record.busy}
              busyLabel={t('deliberation.objections.record')}
              disabled={!applicantId || !receivedOn || text.trim().length === 0}
              onClick={() => void record.run()}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('deliberation.objections.record')}
            </BusyButton>
            <ErrorAlert error={record.error} lang={lang} />
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
