import { Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictInfo, SelectionDetail } from '../../../../shared/contract';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';
import type { Viewer } from '../../state/access';
import { ApplicantPicker, type PickedApplicant } from './ApplicantPicker';
import { ConflictReasonFields, type ConflictKind } from './ConflictReasonFields';

interface Errors {
  member?: string;
  applicant?: string;
  text?: string;
}

interface Props {
  selection: SelectionDetail;
  viewer: Viewer;
  onRecorded(c: ConflictInfo): void;
}

/** "Catat konflik": chair and secretary record anyone's; a member declares their own. */
export function ConflictForm({ selection, viewer, onRecorded }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const [personId, setPersonId] = useState('');
  const [applicant, setApplicant] = useState<PickedApplicant | null>(null);
  const [kind, setKind] = useState<ConflictKind>('family');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState<string | null>(null);

  const declare = useMutation(async (applicantId: string) => {
    const c = await api.conflicts.declare({
      selectionId: selection.id,
      applicantId,
      personId: viewer.declaresForOthers ? personId : undefined,
      reasonKind: kind,
      reasonText: text.trim(),
    });
    setSaved(t('people.conflicts.form.saved', { member: c.personName, code: c.applicantCode }));
    setApplicant(null);
    setText('');
    onRecorded(c);
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const e: Errors = {};
    if (viewer.declaresForOthers && !personId) e.member = t('people.conflicts.form.memberError');
    if (!applicant) e.applicant = t('people.conflicts.form.applicantError');
    if (text.trim().length < 3) e.text = t('people.conflicts.form.textError');
    setErrors(e);
    setSaved(null);
    if (Object.keys(e).length === 0 && applicant) void declare.run(applicant.id);
  }

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="conflict-form-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h4" id="conflict-form-title">
            {t('people.conflicts.form.title')}
          </Title>
          {viewer.declaresForOthers &&
            (selection.members.length === 0 ? (
              <Text size="sm" c="var(--mantine-color-error)">
                {t('people.conflicts.form.memberNone')}
              </Text>
            ) : (
              <NativeSelect
                required
                label={t('people.conflicts.form.member')}
                value={personId}
                onChange={(e) => setPersonId(e.currentTarget.value)}
                error={errors.member}
                data={[
                  { value: '', label: '—' },
                  ...selection.members.map((m) => ({ value: m.personId, label: `${m.name} (${t(`roles.${m.role}`)})` })),
                ]}
              />
            ))}
          <ApplicantPicker
            selectionId={selection.id}
            required
            label={t('people.picker.label')}
            description={viewer.scorer ? undefined : t('people.panels.applicantsHint')}
            value={applicant}
            onChange={setApplicant}
            error={errors.applicant}
          />
          <ConflictReasonFields
            kind={kind}
            onKind={setKind}
            text={text}
            onText={setText}
            textError={errors.text}
            labels={{
              kind: t('people.conflicts.form.kind'),
              text: t('people.conflicts.form.text'),
              textHint: t('people.conflicts.form.textHint'),
            }}
          />
          <Text size="sm" c="dimmed">
            {t('people.conflicts.form.permanent')}
          </Text>
          <ErrorAlert error={declare.error} lang={lang} />
          <Group justify="space-between">
            <Text size="sm" c="teal.9" role="status">
              {saved ?? ''}
            </Text>
            <BusyButton
              type="submit"
              busy={declare.busy}
              busyLabel={t('people.conflicts.form.busy')}
              disabled={viewer.declaresForOthers && selection.members.length === 0}
            >
              {t('people.conflicts.form.submit')}
            </BusyButton>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
