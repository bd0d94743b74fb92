import type { SelectionSetup } from '../../shared/selection/selection';
import type { Rubric } from '../../shared/selection/rubric';

// Plain data, free of test-runner imports, so benchmarks can use it too.
const levels = (names: string[]) => names.map((label, i) => ({ value: i + 1, label, descriptor: `Deskripsi tingkat ${i + 1}: ${label}` }));

/** A PPPK-style interview rubric: two aspects, three criteria on a 1-4 scale. */
export const interviewRubric: Rubric = {
  combine: 'weighted',
  threshold: null,
  aspects: [
    { id: 'asp-tech', name: 'Kompetensi teknis', weight: 60 },
    { id: 'asp-soc', name: 'Kompetensi sosial kultural', weight: 40 },
  ],
  criteria: [
    {
      id: 'c-know',
      code: 'T1',
      name: 'Penguasaan bidang',
      description: '',
      weight: 50,
      scale: { type: 'levels', levels: levels(['Kurang', 'Cukup', 'Baik', 'Sangat baik']) },
      minimum: null,
      justificationRequired: true,
      aspectId: 'asp-tech',
    },
    {
      id: 'c-solve',
      code: 'T2',
      name: 'Pemecahan masalah',
      description: '',
      weight: 50,
      scale: { type: 'levels', levels: levels(['Kurang', 'Cukup', 'Baik', 'Sangat baik']) },
      minimum: null,
      justificationRequired: false,
      aspectId: 'asp-tech',
    },
    {
      id: 'c-team',
      code: 'S1',
      name: 'Kerja sama',
      description: '',
      weight: 100,
      scale: { type: 'levels', levels: levels(['Kurang', 'Cukup', 'Baik', 'Sangat baik']) },
      minimum: null,
      justificationRequired: false,
      aspectId: 'asp-soc',
    },
  ],
};

export function interviewSetup(): SelectionSetup {
  return {
    kind: 'pppk',
    title: 'Seleksi PPPK Guru 2026 — Wawancara',
    agency: 'Pemerintah Kota Kupang',
    unit: 'Dinas Pendidikan',
    address: '',
    decreeNumber: '800/123/BKD/2026',
    startDate: '2026-11-23',
    endDate: null,
    positions: [{ id: 'pos-1', name: 'Guru Ahli Pertama', places: 2, proposePerPlace: 1 }],
    stages: [
      {
        id: 'st-adm',
        name: 'Administrasi',
        kind: 'gate',
        weight: 0,
        eliminates: true,
        source: 'panel',
        rubric: null,
        maxTotal: null,
        weightGuide: null,
      },
      {
        id: 'st-int',
        name: 'Wawancara',
        kind: 'scored',
        weight: 100,
        eliminates: false,
        source: 'panel',
        rubric: interviewRubric,
        maxTotal: null,
        weightGuide: null,
      },
    ],
    tieBreak: [],
  };
}
