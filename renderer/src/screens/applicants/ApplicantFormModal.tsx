import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicantRow } from '../../../../shared/contract';
import type { ApplicantFieldKey } from '../../../../shared/selection/applicant-fields';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';
import { dateForTyping, digitCount, fieldKeys, requiredFields } from './fields';

type Values = Partial<Record<ApplicantFieldKey, string>>;
type Errors = Partial<Record<ApplicantFieldKey, string>>;

interface Props {
  selectionId: string;
  /** null: a new applicant. */
  editing: ApplicantRow | null;
  onClose(): void;
  onSaved(row: ApplicantRow): void;
}

const hinted = ['registrationNumber', 'name', 'nik', 'nip', 'birthDate', 'gpa'] as const;
type HintedKey = (typeof hinted)[number];
const isHinted = (key: ApplicantFieldKey): key is HintedKey => (hinted as readonly string[]).includes(key);

function initialValues(row: ApplicantRow | null): Values {
  const out: Values = {};
  if (!row) return out;
  for (const key of fieldKeys) {
    const v = row.fields[key];
    if (typeof v === 'string') out[key] = key === 'birthDate' ? dateForTyping(v) : v;
  }
  return out;
}

/**
 * Every applicant field in one form. The hints here only catch the obvious; main
 * normalises and checks everything and answers APPLICANT_INVALID or DUPLICATE_APPLICANT.
 */
export function ApplicantFormModal({ selectionId, editing, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const [values, setValues] = useState<Values>(() => initialValues(editing));
  const [errors, setErrors] = useState<Errors>({});
  const save = useMutation(async () => {
    // Every field is sent, empty ones as "" so a cleared field is cleared in main too.
    const applicant: Values = {};
    for (const key of fieldKeys) applicant[key] = (values[key] ?? '').trim();
    const row = editing
      ? await api.applicants.update({ selectionId, applicantId: editing.id, applicant })
      : await api.applicants.add({ selectionId, applicant });
    onSaved(row);
  });

  function validate(): Errors {
    const e: Errors = {};
    for (const key of requiredFields) if (!(values[key] ?? '').trim()) e[key] = t('people.applicants.form.requiredError');
    const nik = (values.nik ?? '').trim();
    const nikDigits = digitCount(nik);
    if (nik && nikDigits !== 16) e.nik = t('people.applicants.form.nikError', { count: nikDigits ?? nik.length });
    const nip = (values.nip ?? '').trim();
    const nipDigits = digitCount(nip);
    if (nip && nipDigits !== 18) e.nip = t('people.applicants.form.nipError', { count: nipDigits ?? nip.length });
    return e;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length === 0) void save.run();
  }

  const set = (key: ApplicantFieldKey) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  function input(key: ApplicantFieldKey) {
    const common = {
      label: t(`people.fields.${key}`),
      required: requiredFields.has(key),
      value: values[key] ?? '',
      error: errors[key],
      description: isHinted(key) ? t(`people.fieldHints.${key}`) : undefined,
    };
    if (key === 'gender') {
      return (
        <NativeSelect
          key={key}
          {...common}
          onChange={(e) => set(key)(e.currentTarget.value)}
          data={[
            { value: '', label: t('people.gender.none') },
            { value: 'L', label: t('people.gender.L') },
            { value: 'P', label: t('people.gender.P') },
          ]}
        />
      );
    }
    if (key === 'address') {
      return (
        <Textarea
          key={key}
          {...common}
          autosize
          minRows={1}
          maxRows={3}
          maxLength={2000}
          onChange={(e) => set(key)(e.currentTarget.value)}
        />
      );
    }
    return (
      <TextInput
        key={key}
        {...common}
        data-autofocus={key === 'registrationNumber' ? true : undefined}
        maxLength={2000}
        autoComplete="off"
        spellCheck={key === 'name' ? undefined : false}
        inputMode={key === 'nik' || key === 'nip' || key === 'phone' ? 'numeric' : undefined}
        type={key === 'email' ? 'email' : 'text'}
        onChange={(e) => set(key)(e.currentTarget.value)}
      />
    );
  }

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={editing ? t('people.applicants.form.editTitle', { code: editing.code }) : t('people.applicants.form.addTitle')}
      closeButtonProps={{ 'aria-label': t('people.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('people.applicants.form.intro')}</Text>
          <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
            {fieldKeys.map(input)}
          </SimpleGrid>
          <ErrorAlert error={save.error} lang={lang} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('people.cancel')}
            </Button>
            <BusyButton type="submit" busy={save.busy} busyLabel={t('people.applicants.form.busy')}>
              {editing ? t('people.applicants.form.submitEdit') : t('people.applicants.form.submitAdd')}
            </BusyButton>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
