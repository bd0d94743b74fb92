/** The default objection period (masa sanggah) in calendar days. */
export const defaultObjectionDays = 3;

const DAY = 24 * 60 * 60 * 1000;

/** YYYY-MM-DD of an ISO instant, in UTC+7 (WIB), the committee's calendar day. */
export function wibDate(iso: string): string {
  return new Date(Date.parse(iso) + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/**
 * The objection period runs from the day of finalisation (publication) for `days` calendar
 * days after it: finalised on 23 November with 3 days, objections are received up to and
 * including 26 November.
 */
export function objectionWindow(finalisedAt: string, days: number): { from: string; until: string } {
  const from = wibDate(finalisedAt);
  return { from, until: addDays(from, days) };
}

export function withinObjectionPeriod(receivedOn: string, finalisedAt: string, days: number): boolean {
  const w = objectionWindow(finalisedAt, days);
  return receivedOn >= w.from && receivedOn <= w.until;
}
