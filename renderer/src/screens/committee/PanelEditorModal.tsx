import { Button, Checkbox, Group, Modal, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PanelInfo, SelectionDetail } from '../../../../shared/contract';
import type { Stage } from '../../../../shared/selection/selection';
import { formatNumber } from '../../../../shared/format';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';
import { useQueryFn } from '../../data/use-query';
import { ApplicantMultiPicker, type PickedApplicant } from './ApplicantPicker';
import { applicantLabel } from './use-applicant-search';

/** Above this many applicants a panel is shown as a count, not as a list of pills. */
const PILLS_MAX = 60;
const PAGE = 500;
/** Labels for existing panels are fetched for selections up to this size. */
const LABELS_MAX = 5000;

interface Draft {
  key: number;
  name: string;
  memberIds: string[];
  applicants: PickedApplicant[];
}

interface Props {
  selection: SelectionDetail;
  stage: Stage;
  panels: PanelInfo[];
  onClose(): void;
  onSaved(panels: PanelInfo[]): void;
}

async function allActive(selectionId: string, limit: number): Promise<PickedApplicant[]> {
  const out: PickedApplicant[] = [];
  for (let offset = 0; offset < limit; offset += PAGE) {
    const page = await api.applicants.list({ selectionId, query: '', status: 'active', offset, limit: PAGE });
    out.push(...page.rows.map((r) => ({ id: r.id, label: applicantLabel(r) })));
    if (offset + PAGE >= page.total) break;
  }
  return out;
}

/** The panels of one scored stage: a name, members from the committee, and applicants. */
export function PanelEditorModal({ selection, stage, panels, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const [drafts, setDrafts] = useState<Draft[]>(() =>
    panels.map((p, i) => ({ key: i, name: p.name, memberIds: p.memberIds, applicants: p.applicantIds.map((id) => ({ id, label: id })) })),
  );
  const [nextKey, setNextKey] = useState(panels.length);
  const [showErrors, setShowErrors] = useState(false);
  const [distributed, setDistributed] = useState<string | null>(null);

  // Existing panels come as ids: name them with code and number where the selection is small enough.
  // A failed lookup leaves the ids as they are: nothing to show.
  const total = selection.applicants.active + selection.applicants.withdrawn;
  useQueryFn(() => allActive(selection.id, LABELS_MAX), `${selection.id} ${total}`, {
    enabled: panels.length > 0 && total <= LABELS_MAX,
    onRead: (list) => {
      const labels = new Map(list.map((a) => [a.id, a.label]));
      setDrafts((ds) => ds.map((d) => ({ ...d, applicants: d.applicants.map((a) => ({ id: a.id, label: labels.get(a.id) ?? a.label })) })));
    },
  });

  const save = useMutation(async (list: Draft[]) => {
    const result = await api.panels.save({
      selectionId: selection.id,
      stageId: stage.id,
      panels: list.map((d) => ({ name: d.name.trim(), memberIds: d.memberIds, applicantIds: d.applicants.map((a) => a.id) })),
    });
    onSaved(result);
  });

  const distribute = useMutation(async () => {
    const everyone = await allActive(selection.id, Number.MAX_SAFE_INTEGER);
    const size = Math.ceil(everyone.length / Math.max(1, drafts.length));
    setDrafts((ds) => ds.map((d, i) => ({ ...d, applicants: everyone.slice(i * size, (i + 1) * size) })));
    setDistributed(t('people.panels.distributed', { total: formatNumber(everyone.length, lang, 0), panels: drafts.length }));
  });

  const update = (key: number, change: Partial<Draft>) => setDrafts((ds) => ds.map((d) => (d.key === key ? { ...d, ...change } : d)));
  function addPanel() {
    setDrafts((ds) => [...ds, { key: nextKey, name: t('people.panels.defaultName', { n: ds.length + 1 }), memberIds: [], applicants: [] }]);
    setNextKey((k) => k + 1);
  }
  const problems = (d: Draft) => ({
    name: d.name.trim() ? undefined : t('people.panels.nameError'),
    members: d.memberIds.length ? undefined : t('people.panels.membersError'),
    applicants: d.applicants.length ? undefined : t('people.panels.applicantsError'),
  });
  function submit() {
    setShowErrors(true);
    if (drafts.every((d) => Object.values(problems(d)).every((p) => p === undefined))) void save.run(drafts);
  }

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t('people.panels.editorTitle', { stage: stage.name })}
      closeButtonProps={{ 'aria-label': t('people.close') }}
    >
      <Stack gap="md">
        <Text size="sm">{t('people.panels.intro')}</Text>
        {selection.members.length === 0 && (
          <Text size="sm" c="var(--mantine-color-error)">
            {t('people.panels.membersNone')}
          </Text>
        )}
        {drafts.map((d, i) => {
          const p = showErrors ? problems(d) : { name: undefined, members: undefined, applicants: undefined };
          return (
            <Paper
              key={d.key}
              withBorder
              p="sm"
              radius="sm"
              component="fieldset"
              aria-label={d.name || t('people.panels.defaultName', { n: i + 1 })}
            >
              <Stack gap="sm">
                <Group align="flex-end" wrap="nowrap">
                  <TextInput
                    style={{ flex: 1 }}
                    label={t('people.panels.name')}
                    value={d.name}
                    onChange={(e) => update(d.key, { name: e.currentTarget.value })}
                    error={p.name}
                    maxLength={200}
                  />
                  <Button variant="subtle" color="red" onClick={() => setDrafts((ds) => ds.filter((x) => x.key !== d.key))}>
                    {t('people.panels.removePanel')}
                  </Button>
                </Group>
                <Checkbox.Group
                  label={t('people.panels.members')}
                  value={d.memberIds}
                  onChange={(v) => update(d.key, { memberIds: v })}
                  error={p.members}
                >
                  <Group gap="md" mt={6}>
                    {selection.members.map((m) => (
                      <Checkbox key={m.personId} value={m.personId} label={m.name} />
                    ))}
                  </Group>
                </Checkbox.Group>
                {d.applicants.length > PILLS_MAX ? (
                  <Group gap="sm">
                    <Text size="sm" fw={500}>
                      {t('people.panels.applicants')}: {formatNumber(d.applicants.length, lang, 0)}
                    </Text>
                    <Button size="compact-sm" variant="subtle" onClick={() => update(d.key, { applicants: [] })}>
                      {t('people.panels.clearApplicants')}
                    </Button>
                  </Group>
                ) : (
                  <ApplicantMultiPicker
                    selectionId={selection.id}
                    label={t('people.panels.applicants')}
                    description={t('people.panels.applicantsHint')}
                    value={d.applicants}
                    onChange={(v) => update(d.key, { applicants: v })}
                    error={p.applicants}
                  />
                )}
              </Stack>
            </Paper>
          );
        })}
        <Group gap="sm">
          <Button variant="default" onClick={addPanel}>
            {t('people.panels.addPanel')}
          </Button>
          {drafts.length > 0 && (
            <BusyButton
              variant="default"
              busy={distribute.busy}
              busyLabel={t('people.panels.distributeBusy')}
              onClick={() => void distribute.run()}
            >
              {t('people.panels.distribute')}
            </BusyButton>
          )}
          <Text size="sm" role="status" c="teal.9">
            {distributed ?? ''}
          </Text>
        </Group>
        <ErrorAlert error={save.error ?? distribute.error} lang={lang} />
        <Group justify="space-between">
          <BusyButton
            variant="subtle"
            busy={false}
            busyLabel=""
            onClick={() => void save.run([])}
            disabled={panels.length === 0 || save.busy}
          >
            {t('people.panels.clear')}
          </BusyButton>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('people.cancel')}
            </Button>
            <BusyButton busy={save.busy} busyLabel={t('people.panels.busy')} onClick={submit} disabled={drafts.length === 0}>
              {t('people.panels.save')}
            </BusyButton>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
