import { Alert, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RubricVersionInfo, SetupIssue } from '../../../../../shared/contract';
import { formatDateTime } from '../../../../../shared/format';
import type { SelectionSetup, Stage } from '../../../../../shared/selection/selection';
import { useEditor } from '../editor-context';
import { ConfirmButton } from '../fields/ConfirmButton';
import { IssuesPanel } from '../issues/IssuesPanel';
import { removeStage } from '../model/stages';
import { RubricDocument } from '../preview/RubricDocument';
import { AspectsEditor } from './AspectsEditor';
import { CriteriaSection } from './CriteriaSection';
import { RubricSettings } from './RubricSettings';
import { StageSettings } from './StageSettings';

interface Props {
  setup: SelectionSetup;
  stage: Stage;
  issues: SetupIssue[];
  versions: RubricVersionInfo[];
  editsFrozenRubric: boolean;
  onPreview(): void;
}

/** One stage: its settings and, for a scored stage, its rubric. */
export function StageDetail({ setup, stage, issues, versions, editsFrozenRubric, onPreview }: Props) {
  const { t } = useTranslation();
  const { edit, lang } = useEditor();
  const index = setup.stages.findIndex((s) => s.id === stage.id) + 1;
  const latest = versions.filter((v) => v.stageId === stage.id).at(-1);
  const frozen = latest?.frozenAt ? latest : null;
  const rubricLocked = frozen !== null && !editsFrozenRubric;
  const stageIssues = issues.filter((i) => 'stageId' in i && i.stageId === stage.id);
  const hasContent = (stage.rubric?.criteria.length ?? 0) > 0;

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="stage-detail-title" data-testid="stage-detail">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h3" id="stage-detail-title">
            {t('setup.stages.detailTitle', { n: index, stage: stage.name || t('setup.issues.unnamedStage') })}
          </Title>
          <Group gap="xs" wrap="nowrap">
            <Button variant="default" onClick={onPreview}>
              {t('setup.preview.open')}
            </Button>
            {!frozen && (
              <ConfirmButton
                variant="light"
                color="red"
                question={hasContent ? t('setup.stages.removeQuestion', { stage: stage.name }) : null}
                confirmLabel={t('setup.stages.remove')}
                onConfirm={() => edit(removeStage(stage.id))}
              >
                {t('setup.stages.remove')}
              </ConfirmButton>
            )}
          </Group>
        </Group>
        {frozen && (
          <Alert color={editsFrozenRubric ? 'orange' : 'gray'} variant="light" title={t('setup.frozen.title', { version: frozen.version })}>
            {t(editsFrozenRubric ? 'setup.frozen.chair' : 'setup.frozen.secretary', {
              date: formatDateTime(frozen.frozenAt ?? frozen.createdAt, lang),
            })}
          </Alert>
        )}
        {stageIssues.length > 0 && <IssuesPanel issues={stageIssues} setup={setup} heading={t('setup.issues.stageHeading')} />}
        <StageSettings stage={stage} />
        {stage.kind === 'scored' && stage.rubric && (
          <>
            <Divider />
            <Title order={3} size="h4">
              {t('setup.rubric.heading')}
            </Title>
            {rubricLocked ? (
              <RubricDocument setup={setup} stage={stage} order={2} />
            ) : (
              <Stack gap="lg">
                <RubricSettings stage={stage} rubric={stage.rubric} />
                <AspectsEditor stageId={stage.id} rubric={stage.rubric} />
                <CriteriaSection stageId={stage.id} rubric={stage.rubric} />
              </Stack>
            )}
          </>
        )}
        {stage.kind === 'gate' && (
          <Text size="sm" c="dimmed">
            {t('setup.stages.gateNoRubric')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
