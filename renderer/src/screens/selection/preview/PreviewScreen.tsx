import './print.css';
import { Alert, Box, Button, Container, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RubricVersionInfo } from '../../../../../shared/contract';
import { formatDateTime } from '../../../../../shared/format';
import type { SelectionSetup } from '../../../../../shared/selection/selection';
import { useEditor } from '../editor-context';
import { RubricDocument } from './RubricDocument';

interface Props {
  setup: SelectionSetup;
  stageId: string;
  versions: RubricVersionInfo[];
  dirty: boolean;
  onStage(stageId: string): void;
  onBack(): void;
}

/** "Pratinjau instrumen penilaian": the rubric as the committee will publish it, with Cetak. */
export function PreviewScreen({ setup, stageId, versions, dirty, onStage, onBack }: Props) {
  const { t } = useTranslation();
  const { lang } = useEditor();
  const stage = setup.stages.find((s) => s.id === stageId) ?? setup.stages[0];
  const version = versions.filter((v) => v.stageId === stage?.id).at(-1);
  return (
    <Box className="panelis-print-page" bg="gray.0" mih="100vh" data-testid="rubric-preview">
      <Container size="lg" py="md">
        <Stack gap="md">
          <Stack gap="sm" className="panelis-no-print">
            <Group justify="space-between" align="flex-end">
              <Button variant="default" onClick={onBack}>
                {t('setup.preview.back')}
              </Button>
              <Group align="flex-end" gap="sm">
                <Select
                  label={t('setup.preview.stage')}
                  data={setup.stages.map((s, i) => ({ value: s.id, label: `${i + 1}. ${s.name}` }))}
                  value={stage?.id ?? null}
                  onChange={(v) => v && onStage(v)}
                  allowDeselect={false}
                  w={300}
                />
                <Button onClick={() => window.print()}>{t('setup.preview.print')}</Button>
              </Group>
            </Group>
            <Text size="sm" c="dimmed">
              {t('setup.preview.printHint')}
            </Text>
            {dirty && (
              <Alert color="orange" variant="light" title={t('setup.preview.unsavedTitle')}>
                {t('setup.preview.unsaved')}
              </Alert>
            )}
          </Stack>
          <Paper withBorder p="xl" radius="md" className="panelis-print-doc" component="main">
            {stage ? (
              <Stack gap="md">
                <RubricDocument setup={setup} stage={stage} order={1} />
                {version && !dirty && (
                  <Text size="xs" c="dimmed" data-testid="rubric-version" style={{ overflowWrap: 'anywhere' }}>
                    {version.frozenAt
                      ? t('setup.preview.versionFrozen', {
                          version: version.version,
                          date: formatDateTime(version.frozenAt, lang),
                          sha: version.sha256,
                        })
                      : t('setup.preview.versionDraft', {
                          version: version.version,
                          date: formatDateTime(version.createdAt, lang),
                          sha: version.sha256,
                        })}
                  </Text>
                )}
              </Stack>
            ) : (
              <Text>{t('setup.preview.noStages')}</Text>
            )}
          </Paper>
        </Stack>
      </Container>
    </Box>
  );
}
