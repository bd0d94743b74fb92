import type { SelectionSetup, TieBreak } from '../../selection/selection';

/**
 * Inputs and outputs of the formation rules (formasi): plain data in, plain data out.
 * Every rule is optional; a selection with none of them set ranks each formation by the
 * tie-break chain against the rubric's own minimums and thresholds.
 */

// ---------------------------------------------------------------- formations

/** A formasi: jabatan x lokasi x jenis formasi x pendidikan, with its places. */
export interface Formation {
  id: string;
  jabatan: string;
  lokasi: string;
  jenis: string;
  /** '' when the selection does not split formations by education. */
  pendidikan: string;
  /** Places (kebutuhan), an integer of at least 1. */
  kebutuhan: number;
  /** Names declared per place: JPT 3 (the pansel proposes three), else 1. */
  proposePerPlace: number;
}

// ---------------------------------------------------------------- applicants

/** A component value as imported: a number, or 'TH' when the applicant was recorded absent. No entry: no value. */
export type ComponentValue = number | 'TH';

export interface FormationApplicant {
  id: string;
  formationId: string;
  gpa: number | null;
  /** yyyy-mm-dd */
  birthDate: string | null;
  /** MS/TMS per gate stage id; no entry: undecided. */
  gates: Readonly<Record<string, 'MS' | 'TMS'>>;
  /** Component values per scored stage id, then criterion id. */
  values: Readonly<Record<string, Readonly<Record<string, ComponentValue>>>>;
  /** APS (atas permintaan sendiri): withdrew after being declared L; the place passes on. */
  withdrawal: { reason: string } | null;
  /** PPPK priority group (see `FormationRules.priorityGroups`); null: the last group. */
  priorityGroup: string | null;
  /** Attributes that earn afirmasi points (see `FormationRules.afirmasi`). */
  attributes: readonly string[];
}

// ---------------------------------------------------------------- rules

/** Minimums on one stage: per criterion id and on the stage total (points for a summed stage). */
export interface PassingGrade {
  components: Readonly<Record<string, number>>;
  total: number | null;
}

/**
 * Passing grades per jenis formasi on one stage. They replace the rubric's minimums and
 * threshold on that stage. A jenis not listed in `byJenis` takes `otherwise`.
 */
export interface JenisPassingGrades {
  stageId: string;
  byJenis: readonly { jenis: readonly string[]; grade: PassingGrade }[];
  otherwise: PassingGrade;
  /** Where the numbers come from, shown with them. */
  source: string;
}

/**
 * Within each formation, among those who meet the stage's passing grade, the best
 * `perPlace` x kebutuhan by the stage score, then `keys`, advance to the later stages;
 * everyone equal on the score and every key with the last advancing applicant advances too.
 */
export interface QuotaGate {
  stageId: string;
  perPlace: number;
  keys: readonly TieBreak[];
}

/** Afirmasi: applicants with `attribute` get `percent` % of the criterion's maximum added to it, capped at that maximum. */
export interface Afirmasi {
  attribute: string;
  stageId: string;
  criterionId: string;
  percent: number;
}

export interface FormationRules {
  /** The selection's stages and tie-break chain. */
  setup: Pick<SelectionSetup, 'stages' | 'tieBreak'>;
  passingGrades: readonly JenisPassingGrades[];
  quotaGates: readonly QuotaGate[];
  /** Fill empty places from TL applicants of formations with the same jabatan (CPNS). */
  optimalisasi: boolean;
  /** PPPK: groups ranked before the score, in this order; applicants in none come last. Empty: off. */
  priorityGroups: readonly string[];
  afirmasi: readonly Afirmasi[];
}

export interface FormationInput {
  rules: FormationRules;
  /** In the order of the formation list (optimalisasi serves them in this order). */
  formations: readonly Formation[];
  applicants: readonly FormationApplicant[];
  /** Stages whose results are in (gate decisions taken, values imported). Later stages wait. */
  held: readonly string[];
}

// ---------------------------------------------------------------- outputs

/**
 * L: within kebutuhan x names per place. TL: met every requirement but outside the places, or
 * did not advance at a quota gate. TMS: below a passing grade or TMS at a gate. TH: absent at
 * a stage they were due to sit. APS: withdrew (the place passes on). L-1 / L-2: placed by
 * optimalisasi at the same lokasi / at another lokasi.
 */
export type Keterangan = 'L' | 'TL' | 'TMS' | 'TH' | 'APS' | 'L-1' | 'L-2';

/** Why an applicant has no keterangan yet. */
export type Pending =
  | { code: 'stageNotHeld'; stageId: string }
  | { code: 'gateUndecided'; stageId: string }
  | { code: 'missingValue'; stageId: string; criterionId: string }
  /** Someone in the formation is still waiting at this quota gate, so the cut is not known. */
  | { code: 'quotaUndecided'; stageId: string };

export interface FormationApplicantResult {
  applicantId: string;
  formationId: string;
  /** Stage scores after afirmasi, by stage id; null when there is none. */
  scores: Record<string, number | null>;
  final: number | null;
  /** Among those in the formation who met every requirement and have a final; null otherwise. */
  formationRank: number | null;
  /** null while a stage the applicant is due to sit has no result yet (see `pending`). */
  keterangan: Keterangan | null;
  /** The stage that decided TMS or TH. */
  decidedAt: string | null;
  pending: Pending | null;
  /** The formation filled by optimalisasi (L-1, L-2), else null. */
  placedIn: string | null;
  /** Per quota-gated stage: advances or not; null while not decided. */
  advances: Record<string, boolean | null>;
}

export interface FormationOverview {
  formationId: string;
  kebutuhan: number;
  /** kebutuhan x names per place. */
  slots: number;
  applicants: number;
  /** Met every requirement and have a final (ranked). */
  passers: number;
  lulus: number;
  /** Slots left after the formation's own L, before optimalisasi. */
  emptyPlaces: number;
  filledL1: number;
  filledL2: number;
  /**
   * Applicants equal on every key shared the last slot (at the cut or in an optimalisasi
   * fill), so more were declared than there are slots: the committee must decide.
   */
  overfilled: boolean;
}

export interface FormationResults {
  /** By formation (list order), then formationRank, then the others by keterangan and id. */
  applicants: FormationApplicantResult[];
  formations: FormationOverview[];
}
