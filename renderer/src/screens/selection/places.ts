/** The tabs of a selection's workspace. */
export type Tab =
  'overview' | 'stages' | 'applicants' | 'committee' | 'conflicts' | 'rounds' | 'inputs' | 'results' | 'deliberation' | 'documents';

/** A place in the workspace an issue or link can point to. */
export type Place = { tab: 'stages'; stageId: string | null } | { tab: Exclude<Tab, 'stages'> };
