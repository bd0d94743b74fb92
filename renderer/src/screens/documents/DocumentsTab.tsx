import {
  Button,
  Checkbox,
  Code,
  FileButton,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Paper,
  Progress,
  Radio,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSettings, DocumentType, SelectionDetail, SigningCertificate, TimeZoneName } from '../../../../shared/contract';
import { formatDateLong, formatDateTime } from '../../../../shared/format';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { formatClock, todayLocal } from '../../components/clock';
import { DateInput } from '../../components/DateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SecretInput } from '../../components/SecretInput';
import { isScorer, useViewer } from '../../state/access';
import { useKnownStatus } from '../../state/app-status';
import { useFrozen } from '../../state/final';
import { useMutation } from '../../data/use-mutation';
import { useQuery, useQueryFn } from '../../data/use-query';
import { downloadPdf, fileToBase64 } from './files';
import { VerifyPanel } from './VerifyPanel';

const TYPES: DocumentType[] = ['beritaAcara', 'pengumuman', 'hasilIndividu', 'lembarPenilaian', 'notulen', 'instrumen'];
const ZONES: TimeZoneName[] = ['WIB', 'WITA', 'WIT'];

/** Legal basis lines as typed (blank lines dropped only when saving, so Enter starts a new line). */
const basisLines = (text: string) =>
  text
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

/** This selection's document settings: kop surat, committee name, legal basis, numbering, paper, time zone. */
function LetterheadCard({ selectionId, canEdit: mayEdit }: { selectionId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  // While final the settings stay as the final documents print them (main refuses a change too).
  const frozen = useFrozen('documents.saveSettings');
  const canEdit = mayEdit && !frozen;
  const [s, setS] = useState<DocumentSettings | null>(null);
  const [basis, setBasis] = useState('');
  const [saved, setSaved] = useState(false);
  const adopt = (next: DocumentSettings) => {
    setS(next);
    setBasis(next.legalBasis.join('\n'));
  };
  const load = useQuery('documents.settings', { selectionId }, { onRead: adopt });
  const save = useMutation(async () => {
    if (!s) return;
    setSaved(false);
    adopt(await api.documents.saveSettings({ selectionId, settings: { ...s, legalBasis: basisLines(basis) } }));
    setSaved(true);
  });
  if (!s) return <ErrorAlert error={load.error} lang={lang} />;
  const set = (patch: Partial<DocumentSettings>) => {
    setSaved(false);
    setS({ ...s, ...patch });
  };
  const margin = (key: keyof DocumentSettings['margins'], label: string) => (
    <NumberInput
      label={label}
      min={5}
      max={60}
      value={s.margins[key]}
      disabled={!canEdit}
      onChange={(v) => set({ margins: { ...s.margins, [key]: typeof v === 'number' ? v : s.margins[key] } })}
    />
  );
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="letterhead-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="letterhead-title">
          {t('documents.letterhead.heading')}
        </Title>
        <Text size="sm">{t('documents.letterhead.perSelection')}</Text>
        {mayEdit && frozen && (
          <Text size="sm" fw={600} data-testid="letterhead-final">
            {t('documents.letterhead.finalLocked')}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput
            label={t('documents.letterhead.committeeName')}
            value={s.committeeName}
            disabled={!canEdit}
            onChange={(e) => set({ committeeName: e.currentTarget.value })}
          />
          <TextInput
            label={t('documents.letterhead.agency')}
            value={s.agency}
            disabled={!canEdit}
            onChange={(e) => set({ agency: e.currentTarget.value })}
          />
          <TextInput
            label={t('documents.letterhead.unit')}
            value={s.unit}
            disabled={!canEdit}
            onChange={(e) => set({ unit: e.currentTarget.value })}
          />
          <TextInput
            label={t('documents.letterhead.address')}
            value={s.address}
            disabled={!canEdit}
            onChange={(e) => set({ address: e.currentTarget.value })}
          />
          <TextInput
            label={t('documents.letterhead.place')}
            value={s.place}
            disabled={!canEdit}
            onChange={(e) => set({ place: e.currentTarget.value })}
          />
          <NativeSelect
            label={t('documents.letterhead.timeZone')}
            description={t('documents.letterhead.timeZoneHelp')}
            data={ZONES.map((z) => ({ value: z, label: t(`documents.letterhead.zones.${z}`) }))}
            value={s.timeZone}
            disabled={!canEdit}
            onChange={(e) => set({ timeZone: ZONES.find((z) => z === e.currentTarget.value) ?? s.timeZone })}
          />
          <TextInput
            label={t('documents.letterhead.fingerprintPublishedAt')}
            description={t('documents.letterhead.fingerprintHelp')}
            value={s.fingerprintPublishedAt}
            disabled={!canEdit}
            onChange={(e) => set({ fingerprintPublishedAt: e.currentTarget.value })}
          />
          <TextInput
            label={t('documents.letterhead.numberFormat')}
            description={t('documents.letterhead.numberHelp')}
            value={s.numberFormat}
            disabled={!canEdit}
            onChange={(e) => set({ numberFormat: e.currentTarget.value })}
          />
          <Radio.Group label={t('documents.letterhead.paper')} value={s.paper} onChange={(v) => set({ paper: v === 'A4' ? 'A4' : 'F4' })}>
            <Group mt="xs">
              <Radio value="F4" label={t('documents.letterhead.f4')} disabled={!canEdit} />
              <Radio value="A4" label={t('documents.letterhead.a4')} disabled={!canEdit} />
            </Group>
          </Radio.Group>
        </SimpleGrid>
        <Text size="sm" fw={500}>
          {t('documents.letterhead.margins')}
        </Text>
        <SimpleGrid cols={4}>
          {margin('top', t('documents.letterhead.top'))}
          {margin('right', t('documents.letterhead.right'))}
          {margin('bottom', t('documents.letterhead.bottom'))}
          {margin('left', t('documents.letterhead.left'))}
        </SimpleGrid>
        <Group>
          <FileButton
            accept="image/png,image/jpeg"
            onChange={(f) => f && void fileToBase64(f).then((logo) => set({ logo }))}
            disabled={!canEdit}
          >
            {(props) => (
              <Button variant="default" disabled={!canEdit} {...props}>
                {t('documents.letterhead.logo')}
              </Button>
            )}
          </FileButton>
          {s.logo && (
            <>
              <img src={`data:image/png;base64,${s.logo}`} alt="" style={{ height: 40 }} />
              <Button variant="subtle" disabled={!canEdit} onClick={() => set({ logo: null })}>
                {t('documents.letterhead.logoRemove')}
              </Button>
            </>
          )}
        </Group>
        <Textarea
          label={t('documents.letterhead.footer')}
          value={s.footer ?? ''}
          disabled={!canEdit}
          autosize
          minRows={2}
          onChange={(e) => set({ footer: e.currentTarget.value.trim() ? e.currentTarget.value : null })}
        />
        <Textarea
          label={t('documents.letterhead.legalBasis')}
          value={basis}
          disabled={!canEdit}
          autosize
          minRows={2}
          onChange={(e) => {
            setSaved(false);
            setBasis(e.currentTarget.value);
          }}
        />
        <ErrorAlert error={save.error} lang={lang} />
        {canEdit && (
          <Group>
            <BusyButton
              busy={save.busy}
              busyLabel={t('documents.letterhead.saving')}
              onClick={() => void save.run()}
              data-testid="documents-save-settings"
            >
              {t('documents.letterhead.save')}
            </BusyButton>
            {saved && <Text size="sm">{t('documents.letterhead.saved')}</Text>}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function CertificateCard({ isChair, onChange }: { isChair: boolean; onChange(c: SigningCertificate | null): void }) {
  const { t } = useTranslation();
  const { lang, vault } = useKnownStatus();
  const [cert, setCert] = useState<SigningCertificate | null | undefined>(undefined);
  const [cn, setCn] = useState(vault?.committeeName ?? '');
  const [org, setOrg] = useState('');
  const [pass, setPass] = useState('');
  const [pass2, setPass2] = useState('');
  const [p12, setP12] = useState<File | null>(null);
  const update = useCallback(
    (c: SigningCertificate | null) => {
      setCert(c);
      onChange(c);
    },
    [onChange],
  );
  const load = useQuery('documents.certificate', {}, { onRead: update });
  const generate = useMutation(async () => {
    update(await api.documents.generateCertificate({ commonName: cn, organization: org, passphrase: pass, passphraseRepeat: pass2 }));
    setPass('');
    setPass2('');
  });
  const importP12 = useMutation(async () => {
    if (!p12) return;
    update(await api.documents.importCertificate({ p12Base64: await fileToBase64(p12), passphrase: pass }));
    setPass('');
  });
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="certificate-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="certificate-title">
          {t('documents.certificate.heading')}
        </Title>
        <ErrorAlert error={load.error} lang={lang} />
        {cert === null && <Text size="sm">{t('documents.certificate.none')}</Text>}
        {cert && (
          <Stack gap={2} data-testid="documents-certificate">
            <Text size="sm" fw={600}>
              {cert.source === 'generated' ? t('documents.certificate.selfSigned') : t('documents.certificate.imported')}
            </Text>
            <Text size="sm">
              {t('documents.certificate.subject')}: {cert.subject}
            </Text>
            <Text size="sm">
              {t('documents.certificate.issuer')}: {cert.issuer}
            </Text>
            <Text size="sm">
              {t('documents.certificate.validUntil')}: {formatDateLong(cert.notAfter, lang)}
            </Text>
            <Text size="sm" style={{ wordBreak: 'break-all' }}>
              {t('documents.certificate.fingerprint')}: <Code>{cert.fingerprint}</Code>
            </Text>
          </Stack>
        )}
        {!isChair ? (
          <Text size="sm" c="dimmed">
            {t('documents.certificate.chairOnly')}
          </Text>
        ) : (
          <Stack gap="xs">
            {cert && (
              <Text size="sm" c="dimmed">
                {t('documents.certificate.replaceHint')}
              </Text>
            )}
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <TextInput label={t('documents.certificate.commonName')} value={cn} onChange={(e) => setCn(e.currentTarget.value)} />
              <TextInput label={t('documents.certificate.organization')} value={org} onChange={(e) => setOrg(e.currentTarget.value)} />
              <SecretInput
                label={t('documents.certificate.passphrase')}
                description={t('documents.certificate.passphraseHelp')}
                value={pass}
                onChange={(e) => setPass(e.currentTarget.value)}
              />
              <SecretInput
                label={t('documents.certificate.passphraseRepeat')}
                value={pass2}
                onChange={(e) => setPass2(e.currentTarget.value)}
              />
            </SimpleGrid>
            <Group>
              <BusyButton
                busy={generate.busy}
                busyLabel={t('documents.certificate.generating')}
                onClick={() => void generate.run()}
                data-testid="documents-generate-certificate"
              >
                {t('documents.certificate.generate')}
              </BusyButton>
              <FileButton accept=".p12,.pfx,application/x-pkcs12" onChange={setP12}>
                {(props) => (
                  <Button variant="default" {...props}>
                    {p12 ? p12.name : t('documents.certificate.file')}
                  </Button>
                )}
              </FileButton>
              <BusyButton
                variant="default"
                busy={importP12.busy}
                busyLabel={t('documents.certificate.importing')}
                disabled={!p12}
                onClick={() => void importP12.run()}
              >
                {t('documents.certificate.import')}
              </BusyButton>
            </Group>
            <ErrorAlert error={generate.error ?? importP12.error} lang={lang} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

interface Choices {
  rounds: { value: string; label: string }[];
  applicants: { value: string; label: string }[];
  meetings: { value: string; label: string }[];
}

const NO_CHOICES: Choices = { rounds: [], applicants: [], meetings: [] };

function GenerateCard({ selection, onMade }: { selection: SelectionDetail; onMade(): void }) {
  const { t } = useTranslation();
  const { lang, desktopDocuments } = useKnownStatus();
  const [type, setType] = useState<DocumentType>('beritaAcara');
  const [stageId, setStageId] = useState<string | null>(null);
  const [roundId, setRoundId] = useState<string | null>(null);
  const [personId, setPersonId] = useState<string | null>(null);
  const [applicantId, setApplicantId] = useState<string | null>(null);
  const [meetingId, setMeetingId] = useState<string | null>(null);
  const [identity, setIdentity] = useState<'name' | 'code'>('name');
  const [scores, setScores] = useState(false);
  const [alphabetical, setAlphabetical] = useState(true);
  const [passedOnly, setPassedOnly] = useState(false);
  const [date, setDate] = useState<string | null | undefined>(todayLocal);
  const [docLang, setDocLang] = useState<'id' | 'en'>(lang);
  const [pass, setPass] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const load = useQueryFn(async (): Promise<Choices> => {
    const [rounds, applicants, overview] = await Promise.all([
      api.rounds.list({ selectionId: selection.id }),
      api.applicants.list({ selectionId: selection.id, status: 'active', limit: 500 }),
      api.deliberation.overview({ selectionId: selection.id }),
    ]);
    return {
      rounds: rounds.map((r) => ({ value: r.id, label: r.stageName })),
      applicants: applicants.rows.map((a) => ({ value: a.id, label: `${a.code}${a.name ? ` — ${a.name}` : ''}` })),
      meetings: overview.meetings.map((m) => ({
        value: m.id,
        label: `${formatDateLong(m.date, lang)} ${formatClock(m.time, lang)} — ${m.place}`,
      })),
    };
  }, selection.id);
  const choices = load.value ?? NO_CHOICES;

  const make = useMutation(async () => {
    setDone(null);
    if (!date) return;
    const common = { passphrase: pass, date, language: docLang };
    if (type === 'hasilIndividu' && applicantId === 'all') {
      const records = await api.documents.generateIndividualBatch({ selectionId: selection.id, ...common });
      setDone(t('documents.generate.batchDone', { count: records.length }));
    } else {
      const request =
        type === 'beritaAcara'
          ? { type, selectionId: selection.id }
          : type === 'pengumuman'
            ? { type, selectionId: selection.id, options: { identity, scores, alphabetical, passedOnly } }
            : type === 'hasilIndividu'
              ? { type, selectionId: selection.id, applicantId: applicantId ?? '' }
              : type === 'lembarPenilaian'
                ? { type, roundId: roundId ?? '', personId: personId ?? '' }
                : type === 'notulen'
                  ? { type, meetingId: meetingId ?? '' }
                  : { type, selectionId: selection.id, stageId: stageId ?? '' };
      // Desktop: straight into the system's PDF viewer (main reads the registry, no bytes cross);
      // browser host: a download, so only there the signed bytes come back.
      const out = await api.documents.generate({ request, ...common, returnBytes: !desktopDocuments });
      if (desktopDocuments) await api.documents.open({ documentId: out.record.id, action: 'open' });
      else if (out.pdf !== null) downloadPdf(out.pdf, out.fileName);
      setDone(t('documents.generate.done', { title: out.record.title, pages: out.record.pages }));
    }
    setPass('');
    onMade();
  });

  const batch = type === 'hasilIndividu' && applicantId === 'all';
  const stages = selection.setup.stages.filter((s) => s.rubric).map((s) => ({ value: s.id, label: s.name }));
  const members = selection.members.filter((m) => isScorer(m.role)).map((m) => ({ value: m.personId, label: m.name }));
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="generate-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="generate-title">
          {t('documents.generate.heading')}
        </Title>
        <ErrorAlert error={load.error} lang={lang} />
        <Select
          label={t('documents.generate.type')}
          data={TYPES.map((x) => ({ value: x, label: t(`documents.generate.types.${x}`) }))}
          value={type}
          allowDeselect={false}
          onChange={(v) => setType(TYPES.find((x) => x === v) ?? 'beritaAcara')}
          data-testid="documents-type"
        />
        {type === 'instrumen' && (
          <Select
            label={t('documents.generate.stage')}
            placeholder={t('documents.generate.pick')}
            data={stages}
            value={stageId}
            onChange={setStageId}
          />
        )}
        {type === 'lembarPenilaian' && (
          <SimpleGrid cols={2}>
            <Select
              label={t('documents.generate.round')}
              placeholder={t('documents.generate.pick')}
              data={choices.rounds}
              value={roundId}
              onChange={setRoundId}
            />
            <Select
              label={t('documents.generate.member')}
              placeholder={t('documents.generate.pick')}
              data={members}
              value={personId}
              onChange={setPersonId}
            />
          </SimpleGrid>
        )}
        {type === 'hasilIndividu' && (
          <Select
            label={t('documents.generate.applicant')}
            placeholder={t('documents.generate.pick')}
            searchable
            data={[{ value: 'all', label: t('documents.generate.allApplicants') }, ...choices.applicants]}
            value={applicantId}
            onChange={setApplicantId}
          />
        )}
        {type === 'notulen' && (
          <Select
            label={t('documents.generate.meeting')}
            placeholder={t('documents.generate.pick')}
            data={choices.meetings}
            value={meetingId}
            onChange={setMeetingId}
          />
        )}
        {type === 'pengumuman' && (
          <Stack gap="xs">
            <SegmentedControl
              aria-label={t('documents.generate.identity')}
              value={identity}
              onChange={(v) => setIdentity(v === 'code' ? 'code' : 'name')}
              data={[
                { value: 'name', label: t('documents.generate.names') },
                { value: 'code', label: t('documents.generate.codes') },
              ]}
            />
            <Checkbox label={t('documents.generate.scores')} checked={scores} onChange={(e) => setScores(e.currentTarget.checked)} />
            <Checkbox
              label={t('documents.generate.alphabetical')}
              checked={alphabetical}
              onChange={(e) => setAlphabetical(e.currentTarget.checked)}
            />
            <Checkbox
              label={t('documents.generate.passedOnly')}
              checked={passedOnly}
              onChange={(e) => setPassedOnly(e.currentTarget.checked)}
            />
          </Stack>
        )}
        <SimpleGrid cols={{ base: 1, md: 3 }} style={{ alignItems: 'end' }}>
          <DateInput label={t('documents.generate.date')} value={date} onValue={setDate} lang={lang} required />
          <Select
            label={t('documents.generate.language')}
            data={[
              { value: 'id', label: t('language.id') },
              { value: 'en', label: t('language.en') },
            ]}
            value={docLang}
            allowDeselect={false}
            onChange={(v) => setDocLang(v === 'en' ? 'en' : 'id')}
          />
          <SecretInput
            label={t('documents.generate.passphrase')}
            value={pass}
            onChange={(e) => setPass(e.currentTarget.value)}
            data-testid="documents-passphrase"
          />
        </SimpleGrid>
        <ErrorAlert error={make.error} lang={lang} />
        <Group>
          <BusyButton
            busy={make.busy}
            busyLabel={batch ? t('documents.generate.batchBusy', { count: choices.applicants.length }) : t('documents.generate.busy')}
            disabled={!pass || !date}
            onClick={() => setConfirming(true)}
            data-testid="documents-generate"
          >
            {t('documents.generate.submit')}
          </BusyButton>
          {done && (
            <Text size="sm" role="status" data-testid="documents-done">
              {done}
            </Text>
          )}
        </Group>
        {/* main reports no progress while it signs, so the bar only says "working". */}
        {make.busy && <Progress value={100} animated striped aria-hidden size="sm" />}
        {confirming && (
          <Modal
            opened
            onClose={() => setConfirming(false)}
            title={t('documents.confirm.title')}
            closeButtonProps={{ 'aria-label': t('documents.confirm.cancel') }}
          >
            <Stack gap="sm">
              <Text size="sm">
                {batch
                  ? t('documents.confirm.batch', { count: choices.applicants.length })
                  : t('documents.confirm.one', { title: t(`documents.generate.types.${type}`) })}
              </Text>
              <Text size="sm">{t('documents.confirm.record')}</Text>
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
                  {t('documents.confirm.cancel')}
                </Button>
                <Button
                  onClick={() => {
                    setConfirming(false);
                    void make.run();
                  }}
                  data-testid="documents-confirm"
                >
                  {t('documents.confirm.ok')}
                </Button>
              </Group>
            </Stack>
          </Modal>
        )}
      </Stack>
    </Paper>
  );
}

function DocumentList({ selectionId, version }: { selectionId: string; version: number }) {
  const { t } = useTranslation();
  const { lang, desktopDocuments } = useKnownStatus();
  const [savedTo, setSavedTo] = useState<string | null>(null);
  // `version` moves when a document was made: the list is read again.
  const load = useQueryFn(() => api.documents.list({ selectionId }), `${selectionId} ${version}`);
  const list = load.value;
  const get = useMutation(async (id: string) => {
    const d = await api.documents.download({ documentId: id });
    downloadPdf(d.pdf, d.fileName);
  });
  // In the desktop app the signed file goes to the system's PDF viewer (print from there) or a
  // native save dialog; main reads it from the vault's registry, so what is saved is what was signed.
  const desktop = useMutation(async (id: string, action: 'open' | 'save') => {
    const r = await api.documents.open({ documentId: id, action });
    setSavedTo(r.savedTo);
  });
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="documents-list-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="documents-list-title">
          {t('documents.list.heading')}
        </Title>
        <ErrorAlert error={load.error ?? get.error ?? desktop.error} lang={lang} />
        {savedTo && (
          <Text size="sm" role="status">
            {t('documents.list.savedTo', { path: savedTo })}
          </Text>
        )}
        {list && list.length === 0 && <Text size="sm">{t('documents.list.empty')}</Text>}
        {list && list.length > 0 && (
          <Table.ScrollContainer minWidth={600}>
            <Table striped data-testid="documents-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('documents.list.title')}</Table.Th>
                  <Table.Th>{t('documents.list.number')}</Table.Th>
                  <Table.Th>{t('documents.list.pages')}</Table.Th>
                  <Table.Th>{t('documents.list.by')}</Table.Th>
                  <Table.Th>{t('documents.list.at')}</Table.Th>
                  <Table.Th>
                    <span className="sr-only">{t('documents.list.download')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td>{d.title}</Table.Td>
                    <Table.Td>{d.number ?? '–'}</Table.Td>
                    <Table.Td>{d.pages}</Table.Td>
                    <Table.Td>{d.createdBy.name}</Table.Td>
                    <Table.Td>{formatDateTime(d.createdAt, lang)}</Table.Td>
                    <Table.Td>
                      {desktopDocuments ? (
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => void desktop.run(d.id, 'open')}
                            aria-label={`${t('documents.list.open')} ${d.title} ${d.number ?? ''}`}
                          >
                            {t('documents.list.open')}
                          </Button>
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => void desktop.run(d.id, 'save')}
                            aria-label={`${t('documents.list.save')} ${d.title} ${d.number ?? ''}`}
                          >
                            {t('documents.list.save')}
                          </Button>
                        </Group>
                      ) : (
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => void get.run(d.id)}
                          aria-label={`${t('documents.list.download')} ${d.title} ${d.number ?? ''}`}
                        >
                          {t('documents.list.download')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}

/** The selection's "Dokumen" tab: letterhead, certificate, making documents, the list, and the verifier. */
export function DocumentsTab({ selection }: { selection: SelectionDetail }) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const canEdit = can('documents.saveSettings');
  const [version, setVersion] = useState(0);
  const [cert, setCert] = useState<SigningCertificate | null>(null);
  return (
    <Stack gap="lg" data-testid="documents-tab">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {t('documents.heading')}
        </Title>
        <Text size="sm">{t('documents.intro')}</Text>
        {!canEdit && <Text size="sm">{t('documents.readOnly')}</Text>}
      </Stack>
      <LetterheadCard selectionId={selection.id} canEdit={canEdit} />
      <CertificateCard isChair={can('documents.generateCertificate')} onChange={setCert} />
      {canEdit && cert && <GenerateCard selection={selection} onMade={() => setVersion((v) => v + 1)} />}
      <DocumentList selectionId={selection.id} version={version} />
      <VerifyPanel />
    </Stack>
  );
}
