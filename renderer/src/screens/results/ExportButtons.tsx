import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultsExportFile } from '../../../../shared/contract/results';
import type { Language } from '../../../../shared/errors';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useMutation } from '../../data/use-mutation';

/** Hands a file to the person: an <a download> of a Blob (works in the browser host and in Electron). */
function download(file: ResultsExportFile): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** CSV and XLSX of the table as this person sees it (built in main from the same computation). */
export function ExportButtons({ selectionId, stageId, lang }: { selectionId: string; stageId: string | null; lang: Language }) {
  const { t } = useTranslation();
  const [done, setDone] = useState<string | null>(null);
  const run = useMutation(async (format: 'csv' | 'xlsx') => {
    setDone(null);
    const file = await api.results.export({ selectionId, ...(stageId ? { stageId } : {}), format, language: lang });
    download(file);
    setDone(file.fileName);
  });
  return (
    <Group gap="xs" role="group" aria-label={t('results.export.heading')}>
      <Button variant="default" size="sm" onClick={() => void run.run('csv')} loading={run.busy} data-testid="results-export-csv">
        {t('results.export.csv')}
      </Button>
      <Button variant="default" size="sm" onClick={() => void run.run('xlsx')} loading={run.busy} data-testid="results-export-xlsx">
        {t('results.export.xlsx')}
      </Button>
      {done && (
        <Text size="sm" role="status">
          {t('results.export.done', { name: done })}
        </Text>
      )}
      <ErrorAlert error={run.error} lang={lang} />
    </Group>
  );
}
