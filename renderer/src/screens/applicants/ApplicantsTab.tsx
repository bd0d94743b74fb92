import { Stack } from '@mantine/core';
import { useState } from 'react';
import type { SelectionDetail } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useFrozen } from '../../state/final';
import { ApplicantsPanel } from './ApplicantsPanel';
import { ImportWizard } from './import/ImportWizard';
import { useViewer } from '../../state/access';
import { VisibleFieldsCard } from './VisibleFieldsCard';

interface Props {
  selection: SelectionDetail;
  onChanged: (d: SelectionDetail) => void;
}

/** The applicants of a selection: the list (or the import wizard in its place) and the scorer-visible fields. */
export function ApplicantsTab({ selection, onChanged }: Props) {
  const person = useViewer();
  // While final, managers read like everyone else; the add and import buttons stay, disabled.
  const frozen = useFrozen('applicants.add');
  const mayManage = person.can('applicants.add');
  const viewer = { canManage: mayManage && !frozen, blind: person.scorer };
  const [importing, setImporting] = useState(false);
  // Bumped when applicants changed elsewhere (an import), so the list loads again.
  const [listKey, setListKey] = useState(0);

  async function refreshSelection() {
    try {
      onChanged(await api.selection.get({ selectionId: selection.id }));
    } catch {
      // The counts in the header stay as they were; the list itself is already fresh.
    }
  }

  if (importing && viewer.canManage) {
    return (
      <ImportWizard
        selection={selection}
        onClose={() => setImporting(false)}
        onImported={() => {
          setListKey((k) => k + 1);
          void refreshSelection();
        }}
      />
    );
  }

  return (
    <Stack gap="lg" data-testid="applicants-tab">
      <ApplicantsPanel
        key={listKey}
        selection={selection}
        viewer={viewer}
        locked={mayManage && frozen}
        onImport={() => setImporting(true)}
        onApplicantsChanged={() => void refreshSelection()}
      />
      <VisibleFieldsCard selection={selection} canManage={person.can('selection.setVisibleFields') && !frozen} onChanged={onChanged} />
    </Stack>
  );
}
