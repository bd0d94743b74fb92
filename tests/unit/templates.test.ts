import { describe, expect, it } from 'vitest';
import { rubricIssues, sumsTo100 } from '../../shared/selection/rubric';
import { stageWeightSum } from '../../shared/selection/selection';
import { applyTemplate, nineBoxBand, templateInfo, templateKeys } from '../../shared/selection/templates';
import { setupErrors, setupIssues } from '../../shared/selection/setup-issues';

let n = 0;
const newId = () => `id-${++n}`;

describe('templates', () => {
  it.each(templateKeys)('%s applies as a complete, valid set-up with fresh ids and a stated source', (key) => {
    const setup = applyTemplate(key, 'Seleksi uji', newId);
    expect(setup.kind).toBe(templateInfo[key].kind);
    expect(templateInfo[key].source.id.length).toBeGreaterThan(40);
    expect(templateInfo[key].source.en.length).toBeGreaterThan(40);
    expect(setupErrors(setup)).toEqual([]);
    // Only "no members yet" remains: everything else is ready to score.
    expect(setupIssues(setup, 0)).toEqual([{ kind: 'noMembers' }]);
    expect(sumsTo100([stageWeightSum(setup.stages)])).toBe(true);
    const again = applyTemplate(key, 'Seleksi uji', newId);
    expect(again.stages.map((s) => s.id)).not.toEqual(setup.stages.map((s) => s.id));
  });

  it('JPT: administration gate, then assessment 25, paper 20, interview 35, track record 20 (PermenPANRB 15/2019), 3 candidates per post', () => {
    const s = applyTemplate('jpt', 'JPT', newId);
    expect(s.stages.map((x) => [x.name, x.kind, x.weight])).toEqual([
      ['Seleksi administrasi', 'gate', 0],
      ['Assessment', 'scored', 25],
      ['Penulisan makalah', 'scored', 20],
      ['Wawancara', 'scored', 35],
      ['Rekam jejak', 'scored', 20],
    ]);
    expect(s.stages.slice(1).map((x) => x.weightGuide && [x.weightGuide.min, x.weightGuide.max])).toEqual([
      [20, 25],
      [15, 20],
      [30, 35],
      [15, 20],
    ]);
    expect(s.positions[0]?.proposePerPlace).toBe(3);
    expect(s.stages[0]?.eliminates).toBe(true);
  });

  it('JPT: the editor warns when a weight leaves the regulation range', () => {
    const s = applyTemplate('jpt', 'JPT', newId);
    const interview = s.stages.find((x) => x.name === 'Wawancara')!;
    interview.weight = 40;
    const issues = setupIssues(s, 3);
    expect(issues).toContainEqual(
      expect.objectContaining({ kind: 'weightOutsideGuide', stageId: interview.id, weight: 40, min: 30, max: 35 }),
    );
    expect(issues).toContainEqual({ kind: 'stageWeights', sum: 105 });
  });

  it('CPNS: SKD gate with TWK 65 / TIU 80 / TKP 166 of 150 / 175 / 225 (max 550), SKB max 500, final 40/60, tie-break order', () => {
    const s = applyTemplate('cpns', 'CPNS', newId);
    const [admin, skd, skb] = s.stages;
    expect(admin?.kind).toBe('gate');
    expect(skd?.rubric?.combine).toBe('sum');
    expect(skd?.maxTotal).toBe(550);
    expect(skd?.eliminates).toBe(true);
    expect(skd?.rubric?.criteria.map((c) => [c.code, c.scale.type === 'numeric' ? c.scale.max : null, c.minimum])).toEqual([
      ['TWK', 150, 65],
      ['TIU', 175, 80],
      ['TKP', 225, 166],
    ]);
    expect(skb?.maxTotal).toBe(500);
    expect([skd?.weight, skb?.weight]).toEqual([40, 60]);
    const byId = new Map(skd!.rubric!.criteria.map((c) => [c.id, c.code]));
    expect(s.tieBreak.map((t) => (t.kind === 'criterion' ? byId.get(t.criterionId) : t.kind))).toEqual([
      'stageTotal',
      'TKP',
      'TIU',
      'TWK',
      'gpa',
      'olderFirst',
    ]);
  });

  it('PPPK: indicators on a 1-4 scale, a descriptor for every level', () => {
    const s = applyTemplate('pppk', 'PPPK', newId);
    const rubric = s.stages.find((x) => x.kind === 'scored')!.rubric!;
    for (const c of rubric.criteria) {
      expect(c.scale.type).toBe('levels');
      if (c.scale.type === 'levels') {
        expect(c.scale.levels.map((l) => l.value)).toEqual([1, 2, 3, 4]);
        for (const l of c.scale.levels) expect(l.descriptor.length).toBeGreaterThan(10);
      }
    }
    expect(rubricIssues(rubric)).toEqual([]);
  });

  it('promotion: performance and potential 0-100 each, giving a 9-box band', () => {
    const s = applyTemplate('promotion', 'Talenta', newId);
    expect(s.stages.map((x) => x.name)).toEqual(['Kinerja', 'Potensi']);
    expect(s.stages.every((x) => x.rubric?.criteria[0]?.scale.type === 'numeric')).toBe(true);
    expect([nineBoxBand(69.99), nineBoxBand(70), nineBoxBand(84.99), nineBoxBand(85)]).toEqual(['low', 'middle', 'middle', 'high']);
  });
});
