import { describe, expect, it } from 'vitest';
import { PanelisError } from '../../../shared/errors';
import { importMappingColumn, quorumRuleColumn, visibleFieldsColumn } from '../../../main/vault/codecs/columns';
import { scoreSheetColumn } from '../../../main/vault/codecs/score-sheet';

function damaged(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PanelisError && e.code === 'VAULT_DAMAGED') return String(e.details.reason);
    throw e;
  }
  throw new Error('decoded');
}

describe('JSON column codecs', () => {
  it('decode what encode wrote', () => {
    expect(visibleFieldsColumn.decode(visibleFieldsColumn.encode(['name', 'education']))).toEqual(['name', 'education']);
    expect(quorumRuleColumn.decode(quorumRuleColumn.encode({ kind: 'atLeast', count: 3 }))).toEqual({ kind: 'atLeast', count: 3 });
  });

  it('a column that is not JSON or not of its shape is VAULT_DAMAGED naming the column', () => {
    expect(damaged(() => visibleFieldsColumn.decode('{'))).toBe('selections.visible_fields is not JSON');
    expect(damaged(() => visibleFieldsColumn.decode('["name", "shoeSize"]'))).toMatch(/^selections\.visible_fields at 1: /);
    expect(damaged(() => quorumRuleColumn.decode('{"kind":"most"}'))).toMatch(/^quorum_rule/);
    expect(visibleFieldsColumn.tryDecode('{')).toBeNull();
  });

  it('a remembered mapping drops the fields this version does not know', () => {
    expect(importMappingColumn.decode('{"Nama":"name","Sepatu":"shoeSize","Lain":null}')).toEqual({ Nama: 'name', Lain: null });
  });

  it('a signed sheet reads back exactly as it was signed', () => {
    const text =
      '{"entries":[],"extra":1,"kind":"panelis.scoreSheet","personId":"p","roundId":"r","rubricSha256":null,"rubricVersion":null,"selectionId":"s","stageId":"t","submittedAt":"x","version":1}';
    expect(scoreSheetColumn.encode(scoreSheetColumn.decode(text))).toBe(text);
  });
});
