import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../main/demo/scores';
import { computeFormations } from '../../../shared/results/formations/formations';
import type { Formation, FormationApplicant } from '../../../shared/results/formations/types';
import { cpns, cpnsInput, formation } from './formations.fixtures';

/**
 * Scale: 100,000 applicants in 2,000 formations (200 jabatan x 5 lokasi x 2 jenis), the CPNS
 * rules with optimalisasi. The bound is generous and on CPU time, which a machine busy with other
 * work inflates far less than wall time; both are logged.
 */
describe('formation rules at scale', () => {
  it('computes 100,000 applicants in 2,000 formations well within the bound', () => {
    const rnd = mulberry32(16);
    const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
    const formations: Formation[] = [];
    for (let j = 0; j < 200; j++)
      for (const lokasi of ['Jakarta', 'Bandung', 'Surabaya', 'Medan', 'Makassar'])
        for (const jenis of ['UMUM', 'CUMLAUDE'])
          formations.push(formation(`F${formations.length}`, { jabatan: `Jabatan ${j}`, lokasi, jenis, kebutuhan: int(1, 3) }));
    const applicants: FormationApplicant[] = [];
    for (let i = 0; i < 100_000; i++) {
      const f = formations[int(0, formations.length - 1)]!;
      applicants.push(
        cpns(`A${i}`, f.id, [int(50, 150), int(60, 175), int(150, 225)], int(200, 500), {
          gpa: int(250, 400) / 100,
          birthDate: `19${int(80, 99)}-0${int(1, 9)}-1${int(0, 9)}`,
        }),
      );
    }
    const input = cpnsInput(formations, applicants);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = computeFormations(input);
    const wall = performance.now() - t0;
    const used = process.cpuUsage(c0);
    const cpu = (used.user + used.system) / 1000;
    console.log(`formations: 100,000 applicants in 2,000 formations: ${Math.round(cpu)} ms CPU, ${Math.round(wall)} ms wall`);
    expect(r.applicants).toHaveLength(100_000);
    expect(r.formations.reduce((a, f) => a + f.lulus, 0)).toBeGreaterThan(0);
    expect(cpu).toBeLessThan(5000);
  });
});
