import { Alert, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoreMapping, ScoresPreview, StageInputStage } from '../../../../shared/contract';
import { REGISTRATION_COLUMN } from '../../../../shared/contract/stage-inputs-types';
import { formatNumber } from '../../../../shared/format';
import { ApiError } from '../../api/errors';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';
import { ACCEPTED, readAsBase64 } from '../applicants/import/read-file';

interface Props {
  selectionId: string;
  stage: StageInputStage;
  onDone(): void;
  onCancel(): void;
}

const IGNORE = '';

/**
 * Import of an external stage's scores: choose the file, see the mapping (change it if a
 * header was not recognised), every problem by row, a sample; import when nothing is wrong.
 * The file is read here and sent to main; main checks it again inside the transaction.
 */
export function ScoresImport({ selectionId, stage, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [wrongType, setWrongType] = useState(false);
  const [preview, setPreview] = useState<ScoresPreview | null>(null);
  // The mapping as the person is setting it: may be incomplete for a moment (main then says what is missing).
  const [mapping, setMapping] = useState<ScoreMapping>({});
  const [done, setDone] = useState<number | null>(null);
  const n = (x: number) => formatNumber(x, lang, 0);
  const num = (x: number) => formatNumber(x, lang, Number.isInteger(x) ? 0 : 2);

  // Windows-1252, chosen by the person after main found UTF-8 with invalid bytes (undefined: UTF-8 as found).
  const [encoding, setEncoding] = useState<'windows-1252' | undefined>(undefined);
  const check = useMutation(async (mapping?: ScoreMapping, chosen: 'windows-1252' | undefined = encoding) => {
    if (!file) return null;
    const p = await api.stageInputs.importPreview({
      selectionId,
      stageId: stage.stageId,
      fileName: file.name,
      contentBase64: file.base64,
      ...(mapping ? { mapping } : {}),
      ...(chosen ? { encoding: chosen } : {}),
    });
    setPreview(p);
    setMapping(p.mapping);
    return p;
  });
  const commit = useMutation(async () => {
    if (!file || !preview) return null;
    const r = await api.stageInputs.importCommit({
      selectionId,
      stageId: stage.stageId,
      fileName: file.name,
      contentBase64: file.base64,
      mapping: preview.mapping,
      ...(encoding ? { encoding } : {}),
    });
    setDone(r.imported);
    return r;
  });

  const targets = [
    { value: IGNORE, label: t('inputs.importer.ignore') },
    { value: REGISTRATION_COLUMN, label: t('inputs.importer.registration') },
    ...stage.components.map((c) => ({
      value: c.criterionId,
      label: t('inputs.importer.component', { code: c.code || c.name, name: c.name }),
    })),
  ];
  const componentCode = new Map(stage.components.map((c) => [c.criterionId, c.code || c.name]));

  if (done !== null) {
    return (
      <Stack gap="sm">
        <Alert color="teal" variant="light" data-testid="scores-imported">
          {t('inputs.importer.done', { count: n(done) })}
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onDone}>{t('inputs.close')}</Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md" data-testid="scores-import">
      <Text fw={500}>{t('inputs.importer.title', { stage: stage.name })}</Text>
      <Text size="sm">{t('inputs.importer.intro', { stage: stage.name })}</Text>
      <Stack gap={6}>
        <Text component="label" htmlFor={`scores-file-${stage.stageId}`} fw={500} size="sm">
          {t('inputs.importer.fileLabel')}
        </Text>
        <input
          ref={inputRef}
          id={`scores-file-${stage.stageId}`}
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          style={{ position: 'absolute', width: 1, height: 1, opacity: 0, pointerEvents: 'none' }}
          tabIndex={-1}
          data-testid="scores-file-input"
          onChange={(e) => {
            const chosen = e.currentTarget.files?.[0] ?? null;
            setPreview(null);
            setEncoding(undefined);
            check.clearError();
            if (!chosen) return setFile(null);
            const bad = !ACCEPTED.test(chosen.name);
            setWrongType(bad);
            if (bad) return setFile(null);
            void readAsBase64(chosen).then((base64) => setFile({ name: chosen.name, base64 }));
          }}
        />
        <Group gap="sm">
          <Button variant="default" onClick={() => inputRef.current?.click()}>
            {t('inputs.importer.choose')}
          </Button>
          <Text size="sm" c={file ? undefined : 'dimmed'} style={{ overflowWrap: 'anywhere' }}>
            {file ? file.name : t('inputs.importer.noFile')}
          </Text>
        </Group>
        {wrongType && (
          <Text size="sm" c="var(--mantine-color-error)" role="alert">
            {t('inputs.importer.wrongType')}
          </Text>
        )}
      </Stack>
      <ErrorAlert error={check.error} lang={lang} />
      {check.error instanceof ApiError && check.error.code === 'IMPORT_ENCODING_MIXED' && (
        <Stack gap="xs" data-testid="scores-encoding-choice">
          <Text size="sm">{t('inputs.importer.encodingHint')}</Text>
          <Group>
            <Button
              variant="default"
              disabled={check.busy}
              onClick={() => {
                setEncoding('windows-1252');
                void check.run(undefined, 'windows-1252');
              }}
            >
              {t('inputs.importer.as1252')}
            </Button>
          </Group>
        </Stack>
      )}
      {!preview && (
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('inputs.cancel')}
          </Button>
          <BusyButton
            busy={check.busy}
            busyLabel={t('inputs.importer.checking')}
            disabled={!file}
            onClick={() => void check.run()}
            data-testid="scores-check"
          >
            {t('inputs.importer.check')}
          </BusyButton>
        </Group>
      )}
      {preview && (
        <Stack gap="md" data-testid="scores-preview">
          <Text fw={500}>{t('inputs.importer.mapping')}</Text>
          <Table withTableBorder verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('inputs.importer.colHeader')}</Table.Th>
                <Table.Th scope="col">{t('inputs.importer.colTarget')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.headers.map((h) => (
                <Table.Tr key={h}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{h}</Table.Td>
                  <Table.Td>
                    <NativeSelect
                      size="xs"
                      aria-label={`${t('inputs.importer.colTarget')}: ${h}`}
                      data={targets}
                      value={mapping[h] ?? IGNORE}
                      onChange={(e) => {
                        const v = e.currentTarget.value;
                        const next = { ...mapping, [h]: v === IGNORE ? null : v };
                        setMapping(next);
                        void check.run(next);
                      }}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="sm" data-testid="scores-summary">
            {t('inputs.importer.summary', {
              total: n(preview.totalRows),
              accepted: n(preview.acceptedRows),
              problems: n(preview.problems.length),
            })}
          </Text>
          {preview.replaces && (
            <Alert color="yellow" variant="light">
              {t('inputs.importer.replaces', { file: preview.replaces.fileName, rows: n(preview.replaces.rowCount) })}
            </Alert>
          )}
          {preview.notInFile > 0 && <Text size="sm">{t('inputs.importer.notInFile', { count: n(preview.notInFile) })}</Text>}
          {preview.problems.length > 0 && (
            <Stack gap={4} data-testid="scores-problems">
              <Text fw={500} c="var(--mantine-color-error)">
                {t('inputs.importer.problems')}
              </Text>
              <Table withTableBorder verticalSpacing={2}>
                <Table.Tbody>
                  {preview.problems.slice(0, 500).map((p, i) => (
                    <Table.Tr key={`${p.rowNumber}-${i}`}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{t('inputs.importer.row', { row: n(p.rowNumber) })}</Table.Td>
                      <Table.Td>{p.message[lang]}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          )}
          {preview.sample.length > 0 && (
            <Stack gap={4}>
              <Text fw={500}>{t('inputs.importer.sample')}</Text>
              <Table withTableBorder verticalSpacing={2} data-testid="scores-sample">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('inputs.importer.registration')}</Table.Th>
                    {stage.components.map((c) => (
                      <Table.Th scope="col" key={c.criterionId}>
                        {componentCode.get(c.criterionId)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.sample.map((s) => (
                    <Table.Tr key={s.rowNumber}>
                      <Table.Td>{s.registrationNumber}</Table.Td>
                      {stage.components.map((c) => (
                        <Table.Td key={c.criterionId}>
                          {s.values[c.criterionId] === undefined ? '' : num(s.values[c.criterionId]!)}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          )}
          <ErrorAlert error={commit.error} lang={lang} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('inputs.cancel')}
            </Button>
            <BusyButton
              busy={commit.busy}
              busyLabel={t('inputs.importer.committing')}
              disabled={preview.problems.length > 0 || preview.acceptedRows === 0 || check.busy || Boolean(check.error)}
              onClick={() => void commit.run()}
              data-testid="scores-commit"
            >
              {t('inputs.importer.commit', { count: n(preview.acceptedRows) })}
            </BusyButton>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
