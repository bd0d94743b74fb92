import { Grid, Stack } from '@mantine/core';
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
  onGo(place: Place): void;
}

/** "Ringkasan": the general facts, positions, tie-break order and what is still missing. */
export function OverviewTab({ setup, issues, canEdit, showIssues, onGo }: Props) {
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
            <IssuesPanel issues={issues} setup={setup} onGo={canEdit ? onGo : undefined} heading={t('setup.issues.heading')} />
            <TieBreakEditor setup={setup} readOnly={!canEdit} />
          </Stack>
        </Grid.Col>
      )}
    </Grid>
  );
}
