import type { DeskStatus, Reading, RoundState, ScorerStatus } from '../../../../shared/contract';

/** The colour of each desk status, the same in the queue, the form and the review. */
export const statusColor: Record<DeskStatus, string> = {
  notStarted: 'gray',
  inProgress: 'orange',
  done: 'teal',
  recused: 'grape',
};

export const statusKey = {
  notStarted: 'desk.status.notStarted',
  inProgress: 'desk.status.inProgress',
  done: 'desk.status.done',
  recused: 'desk.status.recused',
} as const satisfies Record<DeskStatus, string>;

export const roundStateKey = {
  draft: 'desk.rounds.state.draft',
  open: 'desk.rounds.state.open',
  closed: 'desk.rounds.state.closed',
  revealed: 'desk.rounds.state.revealed',
} as const satisfies Record<RoundState, string>;

export const sheetKey = {
  scoring: 'desk.rounds.sheet.scoring',
  submitted: 'desk.rounds.sheet.submitted',
  excused: 'desk.rounds.sheet.excused',
} as const satisfies Record<ScorerStatus, string>;

export const readingKey = {
  lenient: 'desk.calibration.reading.lenient',
  strict: 'desk.calibration.reading.strict',
  inLine: 'desk.calibration.reading.inLine',
} as const satisfies Record<Reading, string>;

export const readingColor: Record<Reading, string> = { lenient: 'orange', strict: 'blue', inLine: 'teal' };
