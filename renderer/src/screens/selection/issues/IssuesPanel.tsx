import { Alert, Anchor, List, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SetupIssue } from '../../../../../shared/contract';
import type { SelectionSetup } from '../../../../../shared/selection/selection';
import { useEditor } from '../editor-context';
import { issueStageId, isWarning } from '../model/issues';
import type { Place } from '../places';
import { issueText } from './issue-text';

interface Props {
  issues: SetupIssue[];
  setup: SelectionSetup;
  /** Where a "show me" link goes; absent for people who cannot change the set-up. */
  onGo?: (place: Place) => void;
  heading: string;
}

function placeOf(issue: SetupIssue): Place {
  if (issue.kind === 'noMembers') return { tab: 'committee' };
  return { tab: 'stages', stageId: issueStageId(issue) };
}

/** What keeps scoring from opening, in plain words, each with how to put it right. */
export function IssuesPanel({ issues, setup, onGo, heading }: Props) {
  const { t } = useTranslation();
  const { lang } = useEditor();
  if (issues.length === 0) {
    return (
      <Paper withBorder p="md" radius="md" data-testid="issues">
        <Text fw={700} size="sm">
          {heading}
        </Text>
        <Text size="sm" c="teal.9" fw={600} mt={4}>
          <span aria-hidden>✓ </span>
          {t('setup.issues.none')}
        </Text>
      </Paper>
    );
  }
  const goLabel = (issue: SetupIssue): string => {
    if (issue.kind === 'noMembers') return t('setup.issues.goCommittee');
    const stage = setup.stages.find((s) => s.id === issueStageId(issue));
    return stage ? t('setup.issues.goStage', { stage: stage.name }) : t('setup.issues.goStages');
  };
  const ordered = [...issues.filter((i) => !isWarning(i)), ...issues.filter(isWarning)];
  return (
    <Alert color="orange" variant="light" title={heading} data-testid="issues">
      <List spacing="xs" size="sm">
        {ordered.map((issue, i) => {
          const text = issueText(issue, setup, t, lang);
          return (
            <List.Item key={i}>
              <Stack gap={0}>
                <Text size="sm" fw={600}>
                  {isWarning(issue) ? t('setup.issues.warningPrefix') : t('setup.issues.blockingPrefix')} {text.problem}
                </Text>
                <Text size="sm">
                  {text.fix}{' '}
                  {onGo && (
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      c="blue.9"
                      fw={600}
                      underline="always"
                      onClick={() => onGo(placeOf(issue))}
                    >
                      {goLabel(issue)}
                    </Anchor>
                  )}
                </Text>
              </Stack>
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
