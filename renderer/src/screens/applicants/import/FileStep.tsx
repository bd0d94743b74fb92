import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../../../../shared/format';
import { BusyButton } from '../../../components/BusyButton';
import { useKnownStatus } from '../../../state/app-status';
import { ACCEPTED } from './read-file';

interface Props {
  busy: boolean;
  onRead(file: File): void;
}

/** Step 1: a file the secretary chooses; read here, never uploaded anywhere. */
export function FileStep({ busy, onRead }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [wrongType, setWrongType] = useState(false);

  return (
    <Stack gap="md">
      <Text>{t('people.import.file.intro')}</Text>
      <Alert variant="light" color="blue">
        {t('people.import.file.tips')}
      </Alert>
      <Stack gap={6}>
        <Text component="label" htmlFor="import-file" fw={500} size="sm">
          {t('people.import.file.label')}
        </Text>
        <input
          ref={inputRef}
          id="import-file"
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          style={{ position: 'absolute', width: 1, height: 1, opacity: 0, pointerEvents: 'none' }}
          tabIndex={-1}
          data-testid="import-file-input"
          onChange={(e) => {
            const chosen = e.currentTarget.files?.[0] ?? null;
            setWrongType(Boolean(chosen && !ACCEPTED.test(chosen.name)));
            setFile(chosen);
          }}
        />
        <Group gap="sm">
          <Button variant="default" onClick={() => inputRef.current?.click()} disabled={busy}>
            {t('people.import.file.choose')}
          </Button>
          <Text size="sm" c={file ? undefined : 'dimmed'} data-testid="import-file-name" style={{ overflowWrap: 'anywhere' }}>
            {file ? t('people.import.file.chosen', { name: file.name, size: formatBytes(file.size, lang) }) : t('people.import.file.none')}
          </Text>
        </Group>
        {wrongType && (
          <Text size="sm" c="var(--mantine-color-error)" role="alert">
            {t('people.import.file.wrongType')}
          </Text>
        )}
      </Stack>
      <Group justify="flex-end">
        <BusyButton busy={busy} busyLabel={t('people.import.file.busy')} disabled={!file || wrongType} onClick={() => file && onRead(file)}>
          {t('people.import.file.submit')}
        </BusyButton>
      </Group>
    </Stack>
  );
}
