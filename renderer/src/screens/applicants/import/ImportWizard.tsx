import { Alert, Button, Code, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportResult, JobResult, SelectionDetail } from '../../../../../shared/contract';
import type { ApplicantFieldKey } from '../../../../../shared/selection/applicant-fields';
import { formatNumber } from '../../../../../shared/format';
import { api } from '../../../api/client';
import { ApiError } from '../../../api/errors';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useKnownStatus } from '../../../state/app-status';
import { useMutation } from '../../../data/use-mutation';
import { useJob } from '../use-job';
import { CheckStep, type Overrides } from './CheckStep';
import { FileStep } from './FileStep';
import { JobProgress } from './JobProgress';
import { assign, missingRequired, type Mapping } from './mapping';
import { MappingStep } from './MappingStep';
import { readAsBase64 } from './read-file';

type Step = 'file' | 'mapping' | 'check' | 'done';
const order: Step[] = ['file', 'mapping', 'check', 'done'];

const isPreview = (r: JobResult): r is ImportPreview => 'importId' in r;
const isResult = (r: JobResult): r is ImportResult => 'imported' in r;

interface Props {
  selection: SelectionDetail;
  onClose(): void;
  onImported(): void;
}

/**
 * Import in four steps: file -> column mapping -> validation report with in-place fixes ->
 * one commit. Main keeps the parsed file; the wizard only sends mapping and typed fixes.
 */
export function ImportWizard({ selection, onClose, onImported }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const [step, setStep] = useState<Step>('file');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [proposed, setProposed] = useState<Mapping>({});
  const [mapping, setMapping] = useState<Mapping>({});
  const [overrides, setOverrides] = useState<Overrides>({});
  const [result, setResult] = useState<ImportResult | null>(null);
  const job = useJob();

  // The file last read: offered again as Windows-1252 when main finds UTF-8 with invalid bytes.
  const [lastFile, setLastFile] = useState<File | null>(null);

  const parse = useMutation(async (file: File, encoding?: 'windows-1252') => {
    job.reset();
    setLastFile(file);
    const contentBase64 = await readAsBase64(file);
    const { jobId } = await api.applicants.importParse({
      selectionId: selection.id,
      fileName: file.name,
      contentBase64,
      ...(encoding ? { encoding } : {}),
    });
    const r = await job.follow(jobId);
    if (!isPreview(r)) throw new Error('unexpected job result');
    setPreview(r);
    setProposed(r.mapping);
    setMapping(r.mapping);
    setOverrides({});
    setStep('mapping');
  });

  const recheck = useMutation(async (m: Mapping, o: Overrides) => {
    if (!preview) return;
    setPreview(await api.applicants.importPreview({ importId: preview.importId, mapping: m, overrides: o }));
  });

  const commit = useMutation(async () => {
    if (!preview) return;
    job.reset();
    const { jobId } = await api.applicants.importCommit({ importId: preview.importId, mapping, overrides });
    const r = await job.follow(jobId);
    if (!isResult(r)) throw new Error('unexpected job result');
    setResult(r);
    setStep('done');
    onImported();
  });

  function changeMapping(header: string, field: ApplicantFieldKey | null) {
    const next = assign(mapping, header, field);
    setMapping(next);
    if (missingRequired(next).length === 0) void recheck.run(next, overrides);
  }

  function typeFix(row: number, field: ApplicantFieldKey, value: string) {
    setOverrides((o) => ({ ...o, [String(row)]: { ...o[String(row)], [field]: value } }));
  }

  function restart() {
    setStep('file');
    setPreview(null);
    setResult(null);
    setOverrides({});
    parse.clearError();
    recheck.clearError();
    commit.clearError();
    job.reset();
  }

  const error = parse.error ?? recheck.error ?? commit.error;
  const expired = error instanceof ApiError && error.code === 'IMPORT_EXPIRED';
  const mixedEncoding = error instanceof ApiError && error.code === 'IMPORT_ENCODING_MIXED' && lastFile !== null;

  return (
    <Stack gap="lg" data-testid="import-wizard">
      <Group justify="space-between" align="flex-start">
        <Title order={2} size="h3">
          {t('people.import.heading')}
        </Title>
        <Button variant="default" onClick={onClose} disabled={commit.busy}>
          {t('people.import.back')}
        </Button>
      </Group>
      <Stepper active={order.indexOf(step)} allowNextStepsSelect={false} size="sm">
        <Stepper.Step label={t('people.import.steps.file')} />
        <Stepper.Step label={t('people.import.steps.mapping')} />
        <Stepper.Step label={t('people.import.steps.check')} />
        <Stepper.Step label={t('people.import.steps.done')} />
      </Stepper>
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          {step === 'file' && <FileStep busy={parse.busy} onRead={(file) => void parse.run(file)} />}
          {step === 'file' && parse.busy && <JobProgress status={job.progress} fallbackPhase="read" />}
          {step === 'mapping' && preview && (
            <MappingStep
              fileName={preview.fileName}
              headers={preview.headers}
              mapping={mapping}
              proposed={proposed}
              busy={recheck.busy}
              onChange={changeMapping}
              onNext={() => setStep('check')}
            />
          )}
          {step === 'check' && preview && (
            <CheckStep
              preview={preview}
              overrides={overrides}
              rechecking={recheck.busy}
              committing={commit.busy}
              onType={typeFix}
              onRecheck={() => void recheck.run(mapping, overrides)}
              onCommit={() => void commit.run()}
              onBack={() => setStep('mapping')}
            />
          )}
          {step === 'check' && commit.busy && <JobProgress status={job.progress} fallbackPhase="store" />}
          {step === 'done' && result && (
            <Stack gap="sm" data-testid="import-done">
              <Alert color="blue" variant="light" title={t('people.import.done.title', { total: formatNumber(result.imported, lang, 0) })}>
                {t('people.import.done.body')}
              </Alert>
              <Text size="sm" fw={500}>
                {t('people.import.done.fingerprint')}
              </Text>
              <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
                {result.sha256}
              </Code>
              <Group justify="flex-end">
                <Button onClick={onClose}>{t('people.import.done.toList')}</Button>
              </Group>
            </Stack>
          )}
          <ErrorAlert error={error} lang={lang} />
          {mixedEncoding && (
            <Stack gap="xs" data-testid="import-encoding-choice">
              <Text size="sm">{t('people.import.check.encoding.hint')}</Text>
              <Group>
                <Button variant="default" onClick={() => lastFile && void parse.run(lastFile, 'windows-1252')} disabled={parse.busy}>
                  {t('people.import.check.encoding.as1252')}
                </Button>
              </Group>
            </Stack>
          )}
          {(expired || (step !== 'file' && step !== 'done')) && (
            <Group>
              <Button variant="subtle" onClick={restart} disabled={commit.busy}>
                {t('people.import.check.chooseAgain')}
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
