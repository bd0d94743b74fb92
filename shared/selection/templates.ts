import type { Criterion, Level, Rubric } from './rubric';
import type { SelectionKind, SelectionSetup, Stage, TieBreak } from './selection';

/**
 * Starting points for a selection. Each is applied as a plain, editable copy; the numbers
 * and where they come from are stated in `source` so the committee can check them.
 */
export type TemplateKey = 'jpt' | 'cpns' | 'pppk' | 'promotion';
export const templateKeys: TemplateKey[] = ['jpt', 'cpns', 'pppk', 'promotion'];

export interface TemplateInfo {
  key: TemplateKey;
  kind: SelectionKind;
  source: { id: string; en: string };
  /** How the committee signs, prefilled into a new selection's documents (editable). */
  committeeName: string;
  /**
   * The "Dasar" of this kind of selection's documents, prefilled into a new selection
   * (editable; check each year's regulations before printing).
   */
  legalBasis: string[];
}

const UU_ASN = 'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara';
const PP_PNS =
  'Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020';
const PERMEN_PENGADAAN =
  'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 6 Tahun 2024 tentang Pengadaan Pegawai Aparatur Sipil Negara';

export const templateInfo: Record<TemplateKey, TemplateInfo> = {
  jpt: {
    key: 'jpt',
    kind: 'jpt',
    source: {
      id: 'Seleksi terbuka JPT menurut PermenPANRB No. 15 Tahun 2019: administrasi (gugur), assessment 20–25 %, penulisan makalah 15–20 %, wawancara 30–35 %, rekam jejak 15–20 %. Karena bobot harus berjumlah 100 %, satu-satunya susunan yang sah adalah batas atas setiap rentang (25/20/35/20). Panitia mengusulkan 3 calon per jabatan.',
      en: 'JPT open selection per PermenPANRB No. 15/2019: administration (elimination), assessment 20–25 %, paper 15–20 %, interview 30–35 %, track record 15–20 %. As weights must total 100 %, the only valid set is the top of each range (25/20/35/20). The committee proposes 3 candidates per post.',
    },
    committeeName: 'Panitia Seleksi Terbuka Jabatan Pimpinan Tinggi',
    legalBasis: [
      UU_ASN,
      PP_PNS,
      'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun 2019 tentang Pengisian Jabatan Pimpinan Tinggi secara Terbuka dan Kompetitif di Lingkungan Instansi Pemerintah',
    ],
  },
  cpns: {
    key: 'cpns',
    kind: 'cpns',
    source: {
      id: 'Integrasi SKD–SKB CPNS (Kepmenpan tentang nilai ambang batas, formasi 2024): SKD maks. 550 (TWK 150, TIU 175, TKP 225) dengan nilai ambang batas TWK 65, TIU 80, TKP 166 (dapat diubah); SKB maks. ditetapkan per seleksi (bawaan 500). Nilai akhir = SKD/550 × 40 + SKB/maks. SKB × 60. Urutan bila nilai sama: total SKD, TKP, TIU, TWK, IPK, lalu usia lebih tua.',
      en: 'CPNS SKD–SKB integration (2024 passing-grade decree): SKD max. 550 (TWK 150, TIU 175, TKP 225) with passing grades TWK 65, TIU 80, TKP 166 (editable); SKB maximum set per selection (default 500). Final = SKD/550 × 40 + SKB/max SKB × 60. Ties: SKD total, TKP, TIU, TWK, GPA, then the older applicant.',
    },
    committeeName: 'Panitia Seleksi Pengadaan Calon Pegawai Negeri Sipil',
    legalBasis: [
      UU_ASN,
      PP_PNS,
      PERMEN_PENGADAAN,
      'Keputusan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 321 Tahun 2024 tentang Nilai Ambang Batas Seleksi Kompetensi Dasar Pengadaan Calon Pegawai Negeri Sipil Tahun Anggaran 2024',
    ],
  },
  pppk: {
    key: 'pppk',
    kind: 'pppk',
    source: {
      id: 'Wawancara PPPK: indikator dinilai dengan skala 1–4, setiap tingkat dengan deskriptor perilaku (sesuaikan indikator dengan formasi).',
      en: 'PPPK interview: indicators scored 1–4, each level with a behavioural descriptor (adapt the indicators to the post).',
    },
    committeeName: 'Panitia Seleksi Pengadaan Pegawai Pemerintah dengan Perjanjian Kerja',
    legalBasis: [
      UU_ASN,
      'Peraturan Pemerintah Nomor 49 Tahun 2018 tentang Manajemen Pegawai Pemerintah dengan Perjanjian Kerja',
      PERMEN_PENGADAAN,
    ],
  },
  promotion: {
    key: 'promotion',
    kind: 'promotion',
    source: {
      id: 'Manajemen talenta (PermenPANRB No. 3 Tahun 2020): kinerja dan potensi masing-masing 0–100, dipetakan ke kotak talenta 9 (rendah < 70, menengah 70–84,99, tinggi ≥ 85; dapat diubah).',
      en: 'Talent management (PermenPANRB No. 3/2020): performance and potential each 0–100, mapped onto the 9-box grid (low < 70, middle 70–84.99, high ≥ 85; editable).',
    },
    committeeName: 'Tim Penilai Kinerja',
    legalBasis: [
      UU_ASN,
      PP_PNS,
      'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 3 Tahun 2020 tentang Manajemen Talenta Aparatur Sipil Negara',
    ],
  },
};

type NewId = () => string;

function numeric(newId: NewId, code: string, name: string, weight: number, max = 100, extra: Partial<Criterion> = {}): Criterion {
  return {
    id: newId(),
    code,
    name,
    description: '',
    weight,
    scale: { type: 'numeric', min: 0, max, step: 0.01 },
    minimum: null,
    justificationRequired: false,
    aspectId: null,
    ...extra,
  };
}

function levels(descriptors: [string, string][]): Level[] {
  return descriptors.map(([label, descriptor], i) => ({ value: i + 1, label, descriptor }));
}

const competencyLevels = levels([
  ['Sangat kurang', 'Tidak menunjukkan perilaku yang diharapkan; tidak ada contoh konkret.'],
  ['Kurang', 'Menunjukkan sebagian perilaku, contoh terbatas dan belum konsisten.'],
  ['Cukup', 'Menunjukkan perilaku yang diharapkan dengan contoh konkret dari pekerjaan.'],
  ['Baik', 'Menunjukkan perilaku secara konsisten dan memberi dampak pada unit kerja.'],
  ['Sangat baik', 'Menjadi teladan; mendorong orang lain dan organisasi menunjukkan perilaku ini.'],
]);

const pppkLevels = levels([
  ['Kurang', 'Jawaban tidak relevan atau tidak menunjukkan pemahaman.'],
  ['Cukup', 'Jawaban relevan tetapi umum, tanpa contoh dari pengalaman.'],
  ['Baik', 'Jawaban relevan dengan contoh pengalaman yang jelas.'],
  ['Sangat baik', 'Jawaban relevan, contoh jelas, dan menunjukkan refleksi serta dampak.'],
]);

function stage(newId: NewId, s: Omit<Stage, 'id'>): Stage {
  return { id: newId(), ...s };
}

/** A stage scored by the panel with weighted criteria and no aspects. */
function panelStage(newId: NewId, name: string, weight: number, weightGuide: Stage['weightGuide'], criteria: Criterion[]): Stage {
  return stage(newId, {
    name,
    kind: 'scored',
    weight,
    eliminates: false,
    source: 'panel',
    rubric: { combine: 'weighted', threshold: null, aspects: [], criteria },
    maxTotal: null,
    weightGuide,
  });
}

const gate = (newId: NewId, name: string): Stage =>
  stage(newId, { name, kind: 'gate', weight: 0, eliminates: true, source: 'panel', rubric: null, maxTotal: null, weightGuide: null });

function jpt(newId: NewId): Pick<SelectionSetup, 'stages' | 'positions' | 'tieBreak'> {
  const guide = (min: number, max: number) => ({ min, max, source: 'PermenPANRB 15/2019' });
  const managerial = newId();
  const social = newId();
  const interviewRubric: Rubric = {
    combine: 'weighted',
    threshold: null,
    aspects: [
      { id: managerial, name: 'Kompetensi manajerial', weight: 80 },
      { id: social, name: 'Kompetensi sosial kultural', weight: 20 },
    ],
    criteria: [
      ...[
        'Integritas',
        'Kerja sama',
        'Komunikasi',
        'Orientasi pada hasil',
        'Pelayanan publik',
        'Pengembangan diri dan orang lain',
        'Mengelola perubahan',
        'Pengambilan keputusan',
      ].map((name, i): Criterion => ({
        ...numeric(newId, `M${i + 1}`, name, 12.5),
        scale: { type: 'levels', levels: competencyLevels },
        justificationRequired: true,
        aspectId: managerial,
      })),
      {
        ...numeric(newId, 'S1', 'Perekat bangsa', 100),
        scale: { type: 'levels', levels: competencyLevels },
        justificationRequired: true,
        aspectId: social,
      },
    ],
  };
  const assessment = stage(newId, {
    name: 'Assessment',
    kind: 'scored',
    weight: 25,
    eliminates: false,
    source: 'external',
    rubric: { combine: 'weighted', threshold: null, aspects: [], criteria: [numeric(newId, 'A1', 'Nilai assessment (JPM)', 100)] },
    maxTotal: null,
    weightGuide: guide(20, 25),
  });
  const interview = stage(newId, {
    name: 'Wawancara',
    kind: 'scored',
    weight: 35,
    eliminates: false,
    source: 'panel',
    rubric: interviewRubric,
    maxTotal: null,
    weightGuide: guide(30, 35),
  });
  return {
    positions: [{ id: newId(), name: 'Jabatan Pimpinan Tinggi Pratama', places: 1, proposePerPlace: 3 }],
    stages: [
      gate(newId, 'Seleksi administrasi'),
      assessment,
      panelStage(newId, 'Penulisan makalah', 20, guide(15, 20), [
        numeric(newId, 'K1', 'Sistematika dan kejelasan penulisan', 20),
        numeric(newId, 'K2', 'Relevansi dengan jabatan yang dilamar', 30),
        numeric(newId, 'K3', 'Gagasan dan inovasi', 30),
        numeric(newId, 'K4', 'Kelayakan pelaksanaan', 20),
      ]),
      interview,
      panelStage(newId, 'Rekam jejak', 20, guide(15, 20), [
        numeric(newId, 'R1', 'Kinerja', 40),
        numeric(newId, 'R2', 'Integritas dan disiplin', 30),
        numeric(newId, 'R3', 'Prestasi dan pengembangan', 30),
      ]),
    ],
    tieBreak: [
      { kind: 'stageTotal', stageId: interview.id },
      { kind: 'stageTotal', stageId: assessment.id },
    ],
  };
}

function cpns(newId: NewId): Pick<SelectionSetup, 'stages' | 'positions' | 'tieBreak'> {
  const twk = numeric(newId, 'TWK', 'Tes Wawasan Kebangsaan', 0, 150, {
    minimum: 65,
    scale: { type: 'numeric', min: 0, max: 150, step: 1 },
  });
  const tiu = numeric(newId, 'TIU', 'Tes Intelegensia Umum', 0, 175, {
    minimum: 80,
    scale: { type: 'numeric', min: 0, max: 175, step: 1 },
  });
  const tkp = numeric(newId, 'TKP', 'Tes Karakteristik Pribadi', 0, 225, {
    minimum: 166,
    scale: { type: 'numeric', min: 0, max: 225, step: 1 },
  });
  const skd = stage(newId, {
    name: 'SKD',
    kind: 'scored',
    weight: 40,
    eliminates: true,
    source: 'external',
    rubric: { combine: 'sum', threshold: null, aspects: [], criteria: [twk, tiu, tkp] },
    maxTotal: 550,
    weightGuide: null,
  });
  const skb = stage(newId, {
    name: 'SKB',
    kind: 'scored',
    weight: 60,
    eliminates: false,
    source: 'external',
    rubric: {
      combine: 'sum',
      threshold: null,
      aspects: [],
      criteria: [numeric(newId, 'SKB', 'Nilai SKB', 0, 500, { scale: { type: 'numeric', min: 0, max: 500, step: 0.001 } })],
    },
    maxTotal: 500,
    weightGuide: null,
  });
  const tieBreak: TieBreak[] = [
    { kind: 'stageTotal', stageId: skd.id },
    { kind: 'criterion', stageId: skd.id, criterionId: tkp.id },
    { kind: 'criterion', stageId: skd.id, criterionId: tiu.id },
    { kind: 'criterion', stageId: skd.id, criterionId: twk.id },
    { kind: 'gpa' },
    { kind: 'olderFirst' },
  ];
  return {
    positions: [{ id: newId(), name: 'Formasi', places: 1, proposePerPlace: 1 }],
    stages: [gate(newId, 'Seleksi administrasi'), skd, skb],
    tieBreak,
  };
}

function pppk(newId: NewId): Pick<SelectionSetup, 'stages' | 'positions' | 'tieBreak'> {
  const indicators = ['Integritas dan moralitas', 'Pelayanan publik', 'Kerja sama', 'Penguasaan bidang tugas'];
  const interview = stage(newId, {
    name: 'Wawancara',
    kind: 'scored',
    weight: 100,
    eliminates: false,
    source: 'panel',
    rubric: {
      combine: 'weighted',
      threshold: null,
      aspects: [],
      criteria: indicators.map((name, i) => ({
        ...numeric(newId, `W${i + 1}`, name, 25),
        scale: { type: 'levels' as const, levels: pppkLevels },
        justificationRequired: true,
      })),
    },
    maxTotal: null,
    weightGuide: null,
  });
  return {
    positions: [{ id: newId(), name: 'Formasi PPPK', places: 1, proposePerPlace: 1 }],
    stages: [gate(newId, 'Seleksi administrasi'), interview],
    tieBreak: [{ kind: 'stageTotal', stageId: interview.id }, { kind: 'olderFirst' }],
  };
}

function promotion(newId: NewId): Pick<SelectionSetup, 'stages' | 'positions' | 'tieBreak'> {
  const one = (name: string, code: string): Stage => panelStage(newId, name, 50, null, [numeric(newId, code, name, 100)]);
  const performance = one('Kinerja', 'KIN');
  const potential = one('Potensi', 'POT');
  return {
    positions: [{ id: newId(), name: 'Jabatan', places: 1, proposePerPlace: 3 }],
    stages: [performance, potential],
    tieBreak: [
      { kind: 'stageTotal', stageId: performance.id },
      { kind: 'stageTotal', stageId: potential.id },
    ],
  };
}

const builders: Record<TemplateKey, (newId: NewId) => Pick<SelectionSetup, 'stages' | 'positions' | 'tieBreak'>> = {
  jpt,
  cpns,
  pppk,
  promotion,
};

/** A fresh, editable set-up from a template, with new ids throughout. */
export function applyTemplate(key: TemplateKey, title: string, newId: NewId): SelectionSetup {
  return {
    kind: templateInfo[key].kind,
    title,
    agency: '',
    unit: '',
    address: '',
    decreeNumber: '',
    startDate: null,
    endDate: null,
    ...builders[key](newId),
  };
}

/** 9-box boundaries for talent reviews (editable per selection later). */
export const nineBox = { middleFrom: 70, highFrom: 85 } as const;
export function nineBoxBand(score: number): 'low' | 'middle' | 'high' {
  return score >= nineBox.highFrom ? 'high' : score >= nineBox.middleFrom ? 'middle' : 'low';
}
