export type { Cell, SheetRow, SheetTable } from '../../shared/sheet-table';

/** Reports reading progress: rows read so far, and the total when it is known. */
export type ReadProgress = (done: number, total: number | null) => void;
