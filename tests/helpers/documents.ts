import type { GeneratedDocument, MadeDocument } from '../../shared/contract/documents-types';
import type { ResultsRow, ResultsView } from '../../shared/contract/results-types';
import { generateCommitteeCertificate } from '../../main/documents/certificate';
import { DEFAULT_MARGINS, type Letterhead, type PageSetup, type Paper } from '../../main/documents/layout';

/** Fixtures for document tests: a results view as the final snapshot holds it, a certificate. */

const NAMES = [
  'Siti Nurhaliza Rahmawati',
  'Ni Luh Putu Ayu Kartika Dewi',
  'Muhammad Rizky Pratama',
  'Dr. Ir. Raden Mas Bambang Sutrisno Wicaksono Hadiningrat, S.T., M.Eng., Ph.D.',
  'Ketut Sudarsana',
  'Ömer Çelik-Nasution',
  'Andi Baso Tenriajeng',
  'Yohanes Émile Siahaan',
  'Fransiska Xaveria Lumbantobing',
  'Teuku Muhammad Iqbal',
];

export function applicantName(i: number): string {
  return `${NAMES[i % NAMES.length]!}${i >= NAMES.length ? ` ${i}` : ''}`;
}

/** A final results view with `n` applicants over two scored stages; every third fails. */
export function fakeResults(n: number): ResultsView {
  const stages = [
    {
      stageId: 'st-adm',
      name: 'Seleksi Administrasi',
      kind: 'gate' as const,
      source: 'panel' as const,
      weight: 0,
      eliminates: true,
      roundId: null,
      roundState: null,
      rubricVersion: null,
      status: 'counted' as const,
    },
    {
      stageId: 'st-kom',
      name: 'Asesmen Kompetensi',
      kind: 'scored' as const,
      source: 'external' as const,
      weight: 40,
      eliminates: false,
      roundId: null,
      roundState: null,
      rubricVersion: null,
      status: 'counted' as const,
    },
    {
      stageId: 'st-wwc',
      name: 'Wawancara Akhir',
      kind: 'scored' as const,
      source: 'panel' as const,
      weight: 60,
      eliminates: false,
      roundId: 'r1',
      roundState: 'revealed' as const,
      rubricVersion: 1,
      status: 'counted' as const,
    },
  ];
  const rows: ResultsRow[] = [];
  for (let i = 0; i < n; i += 1) {
    const passed = i % 3 !== 2;
    const kom = 60 + ((i * 37) % 400) / 10;
    const wwc = 55 + ((i * 53) % 450) / 10;
    const final = kom * 0.4 + wwc * 0.6;
    rows.push({
      applicantId: `a${i}`,
      code: `K${String.fromCharCode(65 + (i % 20))}${String.fromCharCode(66 + ((i * 7) % 20))}-${String(100 + i).slice(-3)}`,
      registrationNumber: `REG-${1000 + i}`,
      name: applicantName(i),
      status: 'active',
      final,
      rank: passed ? i + 1 : null,
      passed,
      outcome: passed ? 'passed' : 'failed',
      reason: passed
        ? null
        : {
            code: 'belowThreshold' as never,
            stageId: 'st-wwc',
            text: { id: 'nilai wawancara di bawah ambang batas 70,00', en: 'interview score below the 70.00 threshold' },
          },
      reasons: [],
      tie: null,
      flags: { tooFewScorers: [], disagreement: [] },
      stages: [
        {
          stageId: 'st-adm',
          outcome: 'passed',
          passed: true,
          score: null,
          percent: null,
          contribution: null,
          rank: null,
          tie: null,
          criteria: [],
          aspects: [],
        },
        {
          stageId: 'st-kom',
          outcome: 'passed',
          passed: true,
          score: kom,
          percent: kom,
          contribution: kom * 0.4,
          rank: null,
          tie: null,
          criteria: [],
          aspects: [],
        },
        {
          stageId: 'st-wwc',
          outcome: passed ? 'passed' : 'failed',
          passed,
          score: wwc,
          percent: wwc,
          contribution: wwc * 0.6,
          rank: null,
          tie: null,
          criteria: [],
          aspects: [],
        },
      ],
    });
  }
  return {
    selectionId: 'sel-1',
    stageId: null,
    blind: false,
    provisional: false,
    notes: [],
    stages,
    options: {} as ResultsView['options'],
    method: { id: 'rata-rata tertimbang', en: 'weighted mean' },
    rows,
    agreement: [],
    disagreements: [],
  };
}

export const letterhead: Letterhead = {
  agency: 'Pemerintah Kabupaten Contoh',
  unit: 'Panitia Seleksi Terbuka JPT Pratama',
  address: 'Jalan Merdeka No. 1, Kota Contoh 12345, Telepon (021) 1234567',
  logo: null,
};

export function pageSetup(paper: Paper = 'F4', language: 'id' | 'en' = 'id'): PageSetup {
  return { paper, margins: DEFAULT_MARGINS, language };
}

export const CERT_PASSPHRASE = 'sertifikat-panitia-2026';

let cached: { p12: Buffer; fingerprint: string } | null = null;
let other: { p12: Buffer; fingerprint: string } | null = null;

/** One committee certificate per test run (RSA 2048 to keep tests quick). */
export function committeeCertificate(): { p12: Buffer; fingerprint: string } {
  if (!cached) {
    const g = generateCommitteeCertificate({
      commonName: 'Panitia Seleksi JPT Kabupaten Contoh',
      organization: 'Pemerintah Kabupaten Contoh',
      passphrase: CERT_PASSPHRASE,
      bits: 2048,
    });
    cached = { p12: g.p12, fingerprint: g.info.fingerprint };
  }
  return cached;
}

/** Someone else's certificate, for the re-signing attack. */
export function otherCertificate(): { p12: Buffer; fingerprint: string } {
  if (!other) {
    const g = generateCommitteeCertificate({
      commonName: 'Panitia Palsu',
      organization: 'Bukan Panitia',
      passphrase: CERT_PASSPHRASE,
      bits: 2048,
    });
    other = { p12: g.p12, fingerprint: g.info.fingerprint };
  }
  return other;
}

export const signatories = [
  { name: 'Prof. Dr. Hendra Gunawan, M.Si.', nip: '196801011993031001', role: 'chair' as const },
  { name: 'Dewi Lestari, S.H., M.H.', nip: '197505152000032002', role: 'secretary' as const },
  { name: 'Ir. Agus Salim', nip: '197003031995031003', role: 'member' as const },
  { name: 'Rina Marlina, S.Psi., M.Psi., Psikolog', nip: '198002022005012004', role: 'member' as const },
  { name: 'Bambang Wijanarko', nip: '196512121990031005', role: 'member' as const },
];

/** The signed PDF of a `documents.generate` that asked for it (`returnBytes: true`). */
export function signedBytes(d: MadeDocument): GeneratedDocument {
  if (d.pdf === null) throw new Error('documents.generate answered without the PDF: pass returnBytes: true');
  return { record: d.record, pdf: d.pdf, fileName: d.fileName };
}
