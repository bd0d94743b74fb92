import { Alert, Box, Button, Code, FileButton, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerifyResult } from '../../../../shared/contract';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';
import { fileToBase64 } from './files';

/** Drop a PDF, read the verdict: the same checks as `panelis verify`, against this vault's registry. */
export function VerifyPanel() {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const [result, setResult] = useState<{ name: string; value: VerifyResult } | null>(null);
  const [over, setOver] = useState(false);
  const check = useMutation(async (file: File) => {
    setResult(null);
    const value = await api.documents.verify({ pdfBase64: await fileToBase64(file) });
    setResult({ name: file.name, value });
  });
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) void check.run(file);
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="verify-title" data-testid="verify-panel">
      <Stack gap="sm">
        <Title order={2} size="h4" id="verify-title">
          {t('documents.verify.heading')}
        </Title>
        <Text size="sm">{t('documents.verify.intro')}</Text>
        <Box
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
          p="lg"
          style={{
            border: '2px dashed var(--mantine-color-gray-5)',
            borderRadius: 8,
            background: over ? 'var(--mantine-color-blue-0)' : undefined,
          }}
          data-testid="verify-drop"
        >
          <Group justify="center" gap="md">
            <Text>{t('documents.verify.drop')}</Text>
            <FileButton onChange={(f) => f && void check.run(f)} accept="application/pdf,.pdf">
              {(props) => (
                <Button variant="default" {...props} loading={check.busy} data-testid="verify-choose">
                  {t('documents.verify.choose')}
                </Button>
              )}
            </FileButton>
          </Group>
        </Box>
        <ErrorAlert error={check.error} lang={lang} />
        {result && (
          <Alert
            color={result.value.ok ? 'green' : 'red'}
            variant="light"
            title={
              result.value.ok
                ? t('documents.verify.valid')
                : result.value.intact && !result.value.trusted
                  ? t('documents.verify.intactUntrusted')
                  : t('documents.verify.invalid')
            }
            // Mantine's light green title (green.6 on green.0) fails WCAG AA contrast; green.9 is still
            // about 4.0:1 on that tint, so darkened as ToneBadge does (about 6.9:1).
            styles={result.value.ok ? { title: { color: 'color-mix(in srgb, var(--mantine-color-green-9) 70%, black)' } } : undefined}
            data-testid="verify-verdict"
          >
            <Stack gap={4}>
              <Text size="sm">
                {t('documents.verify.file')}: {result.name}
              </Text>
              {result.value.documentId && (
                <Text size="sm">
                  {t('documents.verify.document')}: <Code>{result.value.documentId}</Code>
                </Text>
              )}
              {result.value.signer && (
                <Text size="sm">
                  {t('documents.verify.signer')}: {result.value.signer}
                </Text>
              )}
              {result.value.signerFingerprint && (
                <Text size="sm" style={{ wordBreak: 'break-all' }}>
                  {t('documents.verify.certificate')}: <Code>{result.value.signerFingerprint}</Code>
                </Text>
              )}
              {result.value.dataSha256 && (
                <Text size="sm" style={{ wordBreak: 'break-all' }}>
                  {t('documents.verify.data')}: <Code>{result.value.dataSha256}</Code>
                </Text>
              )}
              {result.value.findings.length > 0 && (
                <List size="sm" data-testid="verify-findings">
                  {result.value.findings.map((f) => (
                    <List.Item key={f.reason}>{f.text[lang]}</List.Item>
                  ))}
                </List>
              )}
            </Stack>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
