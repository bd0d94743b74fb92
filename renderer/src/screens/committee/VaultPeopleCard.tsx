import { useViewer } from '../../state/access';
import { PeopleCard } from './PeopleCard';
import { usePeople } from './use-people';

/**
 * The vault's people on their own (for the dashboard): the chair adds the secretary here
 * before any selection exists. Members may not read the list, so they get nothing.
 */
export function VaultPeopleCard() {
  const viewer = useViewer();
  const mayRead = viewer.can('people.list');
  const people = usePeople(mayRead);
  if (!mayRead) return null;
  return <PeopleCard people={people.people} error={people.error} canManage={viewer.can('people.add')} onAdded={people.reload} />;
}
