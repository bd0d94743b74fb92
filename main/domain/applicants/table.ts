export type { Cell, SheetRow, SheetTable } from '../../../shared/sheet-table';
