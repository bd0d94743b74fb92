import { Alert, Badge, Box, Button, Center, Container, Loader, Stack, Tabs, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../shared/format';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isScorer, useViewer } from '../../state/access';
import { useKnownStatus } from '../../state/app-status';
import { altersResults, FinalProvider } from '../../state/final';
import { ApplicantsTab } from '../applicants/ApplicantsTab';
import { CommitteeTab } from '../committee/CommitteeTab';
import { ConflictsTab } from '../committee/ConflictsTab';
import { DashboardHeader } from '../dashboard/DashboardHeader';
import { DeliberationTab } from '../deliberation/DeliberationTab';
import { DocumentsTab } from '../documents/DocumentsTab';
import { MemberRounds } from '../desk/MemberRounds';
import { InputsTab } from '../inputs/InputsTab';
import { ResultsTab } from '../results/ResultsTab';
import { RoundsTab } from '../rounds/RoundsTab';
import { EditorProvider, type Editor } from './editor-context';
import { FinalBanner } from './FinalBanner';
import { useLeaveGuard } from './LeaveGuard';
import { liveIssues } from './model/issues';
import { OverviewTab } from './overview/OverviewTab';
import type { Place, Tab } from './places';
import { PreviewScreen } from './preview/PreviewScreen';
import { StagesTab } from './stages/StagesTab';
import { useSelectionDraft } from './use-selection-draft';
import { WorkspaceHeader } from './WorkspaceHeader';

const readOnlyEdit = () => undefined;
const tabs: Tab[] = [
  'overview',
  'stages',
  'applicants',
  'committee',
  'conflicts',
  'rounds',
  'inputs',
  'results',
  'deliberation',
  'documents',
];

/**
 * One selection: overview, stages and rubrics, applicants, committee, conflicts. Managers
 * edit (one "Simpan" for the set-up); observers read every tab; members read the overview.
 */
export function SelectionWorkspace({ selectionId, onBack }: { selectionId: string; onBack(): void }) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const viewer = useViewer();
  // Scorers read the overview only (main shows them nothing else of a selection).
  const membersOnly = viewer.scorer;
  const d = useSelectionDraft(selectionId);
  const final = d.detail?.final ?? null;
  // While final, the set-up is read-only for everyone (main refuses selection.update too).
  const canEdit = viewer.can('selection.update') && !(final !== null && altersResults('selection.update'));
  const guard = useLeaveGuard(d.dirty);
  const [tab, setTab] = useState<Tab>('overview');
  const [stageId, setStageId] = useState<string | null>(null);
  const [preview, setPreview] = useState<string | null>(null);

  const editor = useMemo<Editor>(
    () => ({ edit: canEdit ? d.edit : readOnlyEdit, problems: d.problems, lang }),
    [canEdit, d.edit, d.problems, lang],
  );
  const blocked = d.problems.size;
  const { dirty } = d;
  const runSave = d.save.run;
  const save = useCallback(() => {
    if (canEdit && dirty && blocked === 0) void runSave();
  }, [canEdit, dirty, blocked, runSave]);
  useHotkeys([['mod+S', save]], []);
  const { adopt } = d;
  // After finalising or reopening (Rapat pleno): the banner and every editor follow main.
  const refresh = useCallback(async () => adopt(await api.selection.get({ selectionId })), [adopt, selectionId]);

  const go = (place: Place) => {
    setTab(place.tab);
    if (place.tab === 'stages' && place.stageId) setStageId(place.stageId);
  };
  const leave = () => guard.confirm(onBack);
  const header = (
    <Box className="panelis-no-print">
      <DashboardHeader confirmLeave={guard.confirm} />
    </Box>
  );

  if (!d.detail || !d.draft) {
    return (
      <Box mih="100vh" bg="gray.0">
        {header}
        <Container size="sm" py="xl">
          {d.loadError ? (
            <Stack>
              <ErrorAlert error={d.loadError} lang={lang} />
              <Button variant="default" onClick={onBack} style={{ alignSelf: 'flex-start' }}>
                {t('setup.workspace.back')}
              </Button>
            </Stack>
          ) : (
            <Center>
              <Stack align="center">
                <Loader aria-hidden />
                <Text>{t('setup.workspace.loading')}</Text>
              </Stack>
            </Center>
          )}
        </Container>
      </Box>
    );
  }

  const { detail, draft } = d;
  // Only people with the member role score (blind desk); main counts the same way.
  const scorers = detail.members.filter((m) => isScorer(m.role)).length;
  const issues = d.dirty ? liveIssues(draft, scorers) : detail.issues;

  if (preview !== null) {
    return (
      <EditorProvider value={editor}>
        {header}
        <PreviewScreen
          setup={draft}
          stageId={preview}
          versions={detail.rubricVersions}
          dirty={d.dirty}
          onStage={setPreview}
          onBack={() => setPreview(null)}
        />
        {guard.dialog}
      </EditorProvider>
    );
  }

  const count = (n: number) => (
    <Badge size="sm" variant="light" color="gray" tt="none" component="span">
      {formatNumber(n, lang, 0)}
    </Badge>
  );
  const overview = (
    <OverviewTab setup={draft} issues={issues} canEdit={canEdit} showIssues={!membersOnly} final={final !== null} onGo={go} />
  );
  const banner = final && <FinalBanner final={final} lang={lang} onDeliberation={membersOnly ? undefined : () => setTab('deliberation')} />;

  return (
    <EditorProvider value={editor}>
      <FinalProvider value={final}>
        <Box mih="100vh" bg="gray.0">
          {header}
          <WorkspaceHeader
            detail={detail}
            draft={draft}
            canEdit={canEdit}
            dirty={d.dirty}
            saved={d.saved}
            saving={d.save.busy}
            saveError={d.save.error}
            blocked={blocked}
            onSave={save}
            onBack={leave}
          />
          <Container size="xl" py="md" component="main" data-testid="selection-workspace">
            {banner}
            {membersOnly ? (
              <Stack gap="md">
                {/* While a desk is open it takes the whole workspace; the overview shows otherwise. */}
                <MemberRounds selection={detail}>
                  <Tabs
                    value={tab === 'results' ? 'results' : 'overview'}
                    onChange={(v) => setTab(v === 'results' ? 'results' : 'overview')}
                    keepMounted={false}
                  >
                    <Tabs.List mb="md">
                      <Tabs.Tab value="overview">{t('setup.tabs.overview')}</Tabs.Tab>
                      <Tabs.Tab value="results">{t('results.tab')}</Tabs.Tab>
                    </Tabs.List>
                    <Tabs.Panel value="overview">
                      <Stack gap="md">
                        <Alert variant="light" color="blue">
                          {t('setup.workspace.memberNote')}
                        </Alert>
                        {overview}
                      </Stack>
                    </Tabs.Panel>
                    <Tabs.Panel value="results">
                      <ResultsTab selection={detail} />
                    </Tabs.Panel>
                  </Tabs>
                </MemberRounds>
              </Stack>
            ) : (
              <Tabs value={tab} onChange={(v) => setTab(tabs.find((x) => x === v) ?? 'overview')} keepMounted={false}>
                <Tabs.List mb="md">
                  <Tabs.Tab value="overview" rightSection={issues.length > 0 ? count(issues.length) : undefined}>
                    {t('setup.tabs.overview')}
                  </Tabs.Tab>
                  <Tabs.Tab value="stages">{t('setup.tabs.stages')}</Tabs.Tab>
                  <Tabs.Tab value="applicants" rightSection={count(detail.applicants.active)}>
                    {t('setup.tabs.applicants')}
                  </Tabs.Tab>
                  <Tabs.Tab value="committee" rightSection={count(detail.members.length)}>
                    {t('setup.tabs.committee')}
                  </Tabs.Tab>
                  <Tabs.Tab value="conflicts" rightSection={detail.conflicts > 0 ? count(detail.conflicts) : undefined}>
                    {t('setup.tabs.conflicts')}
                  </Tabs.Tab>
                  <Tabs.Tab value="rounds">{t('rounds.tab')}</Tabs.Tab>
                  <Tabs.Tab value="inputs">{t('inputs.tab')}</Tabs.Tab>
                  <Tabs.Tab value="results">{t('results.tab')}</Tabs.Tab>
                  <Tabs.Tab value="deliberation">{t('deliberation.tab')}</Tabs.Tab>
                  <Tabs.Tab value="documents">{t('documents.tab')}</Tabs.Tab>
                </Tabs.List>
                <Tabs.Panel value="overview">{overview}</Tabs.Panel>
                <Tabs.Panel value="stages">
                  <StagesTab
                    setup={draft}
                    issues={issues}
                    versions={detail.rubricVersions}
                    selectedId={stageId}
                    onSelect={setStageId}
                    canEdit={canEdit}
                    editsFrozenRubric={viewer.editsFrozenRubric}
                    onPreview={setPreview}
                  />
                </Tabs.Panel>
                <Tabs.Panel value="applicants">
                  <ApplicantsTab selection={detail} onChanged={d.adopt} />
                </Tabs.Panel>
                <Tabs.Panel value="committee">
                  <CommitteeTab selection={detail} onChanged={d.adopt} />
                </Tabs.Panel>
                <Tabs.Panel value="conflicts">
                  <ConflictsTab selection={detail} onChanged={d.adopt} />
                </Tabs.Panel>
                <Tabs.Panel value="rounds">
                  <RoundsTab selection={detail} onChanged={d.adopt} />
                </Tabs.Panel>
                <Tabs.Panel value="inputs">
                  <InputsTab selection={detail} />
                </Tabs.Panel>
                <Tabs.Panel value="results">
                  <ResultsTab selection={detail} />
                </Tabs.Panel>
                <Tabs.Panel value="deliberation">
                  <DeliberationTab selection={detail} onSelectionChanged={refresh} />
                </Tabs.Panel>
                <Tabs.Panel value="documents">
                  <DocumentsTab selection={detail} />
                </Tabs.Panel>
              </Tabs>
            )}
          </Container>
        </Box>
      </FinalProvider>
      {guard.dialog}
    </EditorProvider>
  );
}
