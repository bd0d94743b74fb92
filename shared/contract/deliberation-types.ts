import type { Role } from '../roles';
import type { Bilingual } from '../results/types';

/**
 * Deliberation (rapat pleno): meetings, quorum, motions with votes, score revisions,
 * finalisation into a hashed snapshot, objections (sanggahan). Rules: shared/deliberation/.
 */

/** How many voting members must be present for the meeting to decide anything. */
export type QuorumRule = { kind: 'moreThanHalf' } | { kind: 'twoThirds' } | { kind: 'all' } | { kind: 'atLeast'; count: number };

/** How a motion carries: simple majority of votes cast, every present voter agrees, or consensus (musyawarah mufakat). */
export type CarryRule = 'majority' | 'unanimous' | 'mufakat';

export type VoteChoice = 'setuju' | 'tidakSetuju' | 'abstain';

/** `noConsensus`: a mufakat motion where someone disagreed (the chair may then put it to a vote). */
export type MotionOutcome = 'carried' | 'rejected' | 'noConsensus';

export interface DeliberationConfig {
  selectionId: string;
  quorumRule: QuorumRule;
  /** Objection period in calendar days, counted from finalisation. */
  objectionDays: number;
}

export interface QuorumState {
  rule: QuorumRule;
  /** Voting members of the committee (chair, secretary, member; observers never count). */
  voting: number;
  present: number;
  required: number;
  met: boolean;
}

export interface Attendee {
  personId: string;
  name: string;
  nip: string;
  role: Role;
  /** Chair, secretary and members vote and count for quorum; observers attend only. */
  voting: boolean;
  present: boolean;
}

export interface AgendaItem {
  id: string;
  position: number;
  /** `flagged`: proposed from a disagreement flag of the results; `manual`: added by hand. */
  source: 'flagged' | 'manual';
  applicantId: string | null;
  applicantCode: string | null;
  applicantName: string | null;
  title: string;
  notes: string;
  /** Flags that put it on the agenda (criterion, stage, spread). */
  flags: { stageId: string; criterionId: string; criterionName: string; spread: number; text: Bilingual }[];
}

export interface VoteRecord {
  personId: string;
  name: string;
  vote: VoteChoice;
  at: string;
}

export interface Motion {
  id: string;
  itemId: string | null;
  applicantId: string | null;
  text: string;
  rule: CarryRule;
  status: 'open' | 'decided';
  outcome: MotionOutcome | null;
  votes: VoteRecord[];
  /** Present voters who may vote on it (recused members excluded) and have not voted yet. */
  pending: { personId: string; name: string }[];
  /** Present voters recused from the motion's applicant: they cannot vote. */
  recused: { personId: string; name: string }[];
  tally: { setuju: number; tidakSetuju: number; abstain: number };
  decidedAt: string | null;
  /** Votes the clerk corrected before the decision: the earlier vote, the new one and why. */
  corrections: VoteCorrection[];
}

export interface VoteCorrection {
  personId: string;
  name: string;
  from: VoteChoice;
  to: VoteChoice;
  reason: string;
  at: string;
}

export interface RevisionRecord {
  id: string;
  meetingId: string | null;
  itemId: string | null;
  personId: string;
  personName: string;
  applicantId: string;
  applicantCode: string;
  applicantName: string;
  stageId: string;
  roundId: string;
  criterionId: string;
  criterionName: string;
  oldValue: number | null;
  newValue: number;
  reason: string;
  oldSheetSha256: string;
  newSheetSha256: string;
  newSeal: string;
  at: string;
  recordedBy: string;
}

/** One applicant whose final result or rank moved (or stayed) with a revision. */
export interface ResultChange {
  applicantId: string;
  code: string;
  name: string | null;
  finalBefore: number | null;
  finalAfter: number | null;
  rankBefore: number | null;
  rankAfter: number | null;
  /** The applicant's score at the stage of the revised score (full precision). */
  stageBefore: number | null;
  stageAfter: number | null;
}

export interface RevisionResult {
  revision: RevisionRecord;
  /** Applicants whose final or rank changed, the revised applicant always first. */
  changes: ResultChange[];
}

export interface MeetingSummary {
  id: string;
  selectionId: string;
  date: string;
  time: string;
  place: string;
  status: 'open' | 'closed';
  createdAt: string;
}

/** Everything the minutes (notulen) need; also what the meeting screen shows. */
export interface MeetingMinutes {
  meeting: MeetingSummary;
  selection: { id: string; title: string };
  chair: { personId: string; name: string } | null;
  attendees: Attendee[];
  quorum: QuorumState;
  items: AgendaItem[];
  motions: Motion[];
  revisions: RevisionRecord[];
  /** Decided motions and a finalisation taken in this meeting, in order. */
  decisions: {
    kind: 'motion' | 'finalised' | 'reopened';
    text: string;
    outcome: MotionOutcome | null;
    rule: CarryRule | null;
    at: string;
    sha256: string | null;
  }[];
}

/** A flagged applicant not on the agenda yet (from results' disagreements). */
export interface AgendaProposal {
  applicantId: string;
  code: string;
  name: string | null;
  flags: AgendaItem['flags'];
}

export interface MeetingView extends MeetingMinutes {
  proposals: AgendaProposal[];
  /** The selection is final: nothing but a reopening changes it. */
  final: boolean;
}

export interface SnapshotInfo {
  id: string;
  sha256: string;
  finalisedAt: string;
  finalisedBy: string;
  meetingId: string | null;
  reopenedAt: string | null;
  reopenedBy: string | null;
  reopenReason: string | null;
}

export interface Objection {
  id: string;
  applicantId: string;
  applicantCode: string;
  applicantName: string;
  receivedOn: string;
  text: string;
  answer: string | null;
  resultChanged: boolean | null;
  answeredAt: string | null;
  answeredBy: string | null;
  recordedBy: string;
  snapshotId: string;
}

/** What the chair confirms before finalising (deliberation.finaliseCheck). */
export interface FinaliseCheck {
  /** Flagged for disagreement in the results and never taken onto any meeting's agenda. */
  flaggedNotOnAgenda: { applicantId: string; code: string }[];
  /** Gate decisions still unrecorded (active applicants). */
  gatesUndecided: number;
  /** Result rows still incomplete (a stage without a score). */
  incompleteRows: number;
  /** The counts `deliberation.finalise` must be given back as `confirmed` when any is above zero. */
  counts: { flagged: number; undecided: number; incomplete: number };
}

export interface DeliberationOverview {
  config: DeliberationConfig;
  meetings: MeetingSummary[];
  /** The standing final snapshot, or null. */
  final: SnapshotInfo | null;
  /** Every snapshot, newest first (reopened ones included). */
  snapshots: SnapshotInfo[];
  /** Last day (YYYY-MM-DD) objections are accepted, while final. */
  objectionDeadline: string | null;
  objections: Objection[];
}
