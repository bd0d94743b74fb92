import { canonicalJson } from '../../../shared/canonical-json';
import type { ExistingApplicants } from './duplicates';
import type { ImportOverrides } from './check-rows';
import type { ImportMapping } from './mapping';
import type { SheetTable } from './table';

/**
 * The last check of each table, so that committing what was just previewed need not check
 * every row again (for 100,000 rows, a third of the commit). A check depends on the table,
 * the selection, the mapping in effect, the fixes, the calendar day (ages) and the keys the
 * selection already holds; the commit recalls a check only when all of these are the same,
 * the keys compared one by one as read inside its own transaction, so what it writes is
 * exactly what a check made then would have passed. Tables are not changed once read
 * (main/io builds them; imports only read them), so the table object stands for its rows.
 * Held weakly: a table forgotten by its pending import takes its check with it.
 */

export interface CheckInputs {
  selectionId: string;
  /** The mapping in effect (checkMapping's result, in the file's column order). */
  mapping: ImportMapping;
  overrides: ImportOverrides;
  today: Date;
  existing: ExistingApplicants;
}

interface Memo<T> {
  key: string;
  existing: ExistingApplicants;
  checked: T;
}

/** Everything but the existing keys, as one comparable text. */
function keyOf(inputs: CheckInputs): string {
  const t = inputs.today;
  // ageOn reads the local calendar day of `today`; nothing else of it matters.
  const day = `${t.getFullYear()}-${t.getMonth() + 1}-${t.getDate()}`;
  return canonicalJson({ selectionId: inputs.selectionId, mapping: Object.entries(inputs.mapping), overrides: inputs.overrides, day });
}

export class CheckMemo<T> {
  private readonly memos = new WeakMap<SheetTable, Memo<T>>();

  remember(table: SheetTable, inputs: CheckInputs, checked: T): void {
    this.memos.set(table, { key: keyOf(inputs), existing: inputs.existing, checked });
  }

  /** The remembered check of `table` if it was made with these very inputs, else null. */
  recall(table: SheetTable, inputs: CheckInputs): T | null {
    const memo = this.memos.get(table);
    if (!memo || memo.key !== keyOf(inputs) || !memo.existing.sameKeys(inputs.existing)) return null;
    return memo.checked;
  }

  forget(table: SheetTable): void {
    this.memos.delete(table);
  }
}
