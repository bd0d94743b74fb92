import { Grid, Stack } from '@mantine/core';
import type { SelectionDetail } from '../../../../shared/contract';
import { useFrozen } from '../../state/final';
import { useViewer } from '../../state/access';
import { CommitteeCard } from './CommitteeCard';
import { PanelsCard } from './PanelsCard';
import { PeopleCard } from './PeopleCard';
import { usePeople } from './use-people';

interface Props {
  selection: SelectionDetail;
  onChanged: (d: SelectionDetail) => void;
}

/** The vault's people, this selection's committee, and optional panels. */
export function CommitteeTab({ selection, onChanged }: Props) {
  const viewer = useViewer();
  // Members may not read the vault's people; they see the committee from the selection.
  const mayReadPeople = viewer.can('people.list');
  const people = usePeople(mayReadPeople);
  // Final: the committee and panels are read-only; adding a person to the vault is not.
  const committeeFrozen = useFrozen('committee.set');
  const panelsFrozen = useFrozen('panels.save');
  return (
    <Stack gap="lg" data-testid="committee-tab">
      {mayReadPeople && (
        <PeopleCard people={people.people} error={people.error} canManage={viewer.can('people.add')} onAdded={people.reload} />
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <CommitteeCard
            selection={selection}
            people={people.people}
            canManage={viewer.can('committee.set') && !committeeFrozen}
            onChanged={onChanged}
          />
        </Grid.Col>
        {mayReadPeople && (
          <Grid.Col span={{ base: 12, md: 7 }}>
            <PanelsCard selection={selection} canManage={viewer.can('panels.save') && !panelsFrozen} />
          </Grid.Col>
        )}
      </Grid>
    </Stack>
  );
}
