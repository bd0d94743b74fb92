import { Grid, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SetupIssue } from '../../../../../shared/contract';
import type { SelectionSetup } from '../../../../../shared/selection/selection';
import { IssuesPanel } from '../issues/IssuesPanel';
import type { Place } from '../places';
import { GeneralForm } from './GeneralForm';
import { OverviewReadOnly } from './OverviewReadOnly';
import { PositionsEditor } from './PositionsEditor';
import { TieBreakEditor } from './TieBreakEditor';

interface Props {
  setup: SelectionSetup;
  issues: SetupIssue[];
  canEdit: boolean;
  /** Members see the facts only: no issue list, no tie-break rules to weigh. */
  showIssues: boolean;
  /** Final: nothing is left to put right before scoring; the set-up is locked instead. */
  final: boolean;
  onGo(place: Place): void;
}

/** "Ringkasan": the general facts, positions, tie-break order and what is still missing. */
export function OverviewTab({ setup, issues, canEdit, showIssues, final, onGo }: Props) {
  const { t } = useTranslation();
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: showIssues ? 7 : 12 }}>
        <Stack gap="lg">
          {canEdit ? (
            <>
              <GeneralForm setup={setup} />
              <PositionsEditor positions={setup.positions} />
            </>
          ) : (
            <OverviewReadOnly setup={setup} />
          )}
        </Stack>
      </Grid.Col>
      {showIssues && (
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            {final ? (
              <Paper withBorder p="md" radius="md" data-testid="issues">
                <Text fw={700} size="sm">
                  {t('setup.final.overviewHeading')}
                </Text>
                <Text size="sm" mt={4}>
                  {t('setup.final.overview')}
                </Text>
              </Paper>
            ) : (
              <IssuesPanel issues={issues} setup={setup} onGo={canEdit ? onGo : undefined} heading={t('setup.issues.heading')} />
            )}
            <TieBreakEditor setup={setup} readOnly={!canEdit} />
          </Stack>
        </Grid.Col>
      )}
    </Grid>
  );
}
