/**
 * The desk's keyboard, as pure functions (no DOM types) so the rules can be read and tested
 * in one place. The form is usable with no mouse at all:
 *
 *   digits (and , or .)   pick the score: a level's value, or a value of a small numeric scale;
 *                         digits typed quickly one after another build 10, 12, 3,5 …
 *   ← →                   one step lower / higher on the scale
 *   Delete, Backspace     clear the score
 *   ↑ ↓ (or Tab)          previous / next criterion; Home / End: first / last
 *   Enter                 write the note of this criterion; Esc leaves the note
 *   N, PageDown, Ctrl+Enter   next applicant (Ctrl+Enter also from inside a note)
 *   P, PageUp             previous applicant
 *   K                     declare a conflict of interest with this applicant
 *   R                     review and submit
 */

export type DeskCommand =
  | { kind: 'digit'; char: string }
  | { kind: 'step'; delta: 1 | -1 }
  | { kind: 'clear' }
  | { kind: 'criterion'; delta: 1 | -1 }
  | { kind: 'criterionEdge'; edge: 'first' | 'last' }
  | { kind: 'note' }
  | { kind: 'leaveNote' }
  | { kind: 'applicant'; delta: 1 | -1 }
  | { kind: 'conflict' }
  | { kind: 'review' };

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * Where the key was pressed: on a criterion row, in a note (free text), in a number field
 * (a wide numeric scale), or anywhere else inside the desk (a button).
 */
export type KeyPlace = 'row' | 'text' | 'number' | 'other';

/** The command a key means at that place, or null to leave the key to the browser. */
export function deskCommand(e: KeyInput, place: KeyPlace): DeskCommand | null {
  const mod = e.ctrlKey || e.metaKey;
  if (mod && !e.altKey && !e.shiftKey && e.key === 'Enter') return { kind: 'applicant', delta: 1 };
  // Every other shortcut with a modifier belongs to the browser or the system.
  if (mod || e.altKey) return null;

  if (place === 'text') return e.key === 'Escape' ? { kind: 'leaveNote' } : null;
  if (place === 'number') {
    // The number field takes digits and editing keys itself; arrows still move between criteria.
    if (e.key === 'ArrowDown') return { kind: 'criterion', delta: 1 };
    if (e.key === 'ArrowUp') return { kind: 'criterion', delta: -1 };
    if (e.key === 'Enter') return { kind: 'note' };
    if (e.key === 'PageDown') return { kind: 'applicant', delta: 1 };
    if (e.key === 'PageUp') return { kind: 'applicant', delta: -1 };
    return e.key === 'Escape' ? { kind: 'leaveNote' } : null;
  }

  if (/^[0-9]$/.test(e.key) || e.key === ',' || e.key === '.') return { kind: 'digit', char: e.key };
  switch (e.key) {
    case 'ArrowDown':
      return { kind: 'criterion', delta: 1 };
    case 'ArrowUp':
      return { kind: 'criterion', delta: -1 };
    case 'Home':
      return { kind: 'criterionEdge', edge: 'first' };
    case 'End':
      return { kind: 'criterionEdge', edge: 'last' };
    case 'ArrowRight':
      return { kind: 'step', delta: 1 };
    case 'ArrowLeft':
      return { kind: 'step', delta: -1 };
    case 'Delete':
    case 'Backspace':
      return { kind: 'clear' };
    case 'PageDown':
      return { kind: 'applicant', delta: 1 };
    case 'PageUp':
      return { kind: 'applicant', delta: -1 };
    // Enter on a button presses the button; only on a criterion it opens the note.
    case 'Enter':
      return place === 'row' ? { kind: 'note' } : null;
  }
  switch (e.key.toLowerCase()) {
    case 'n':
      return { kind: 'applicant', delta: 1 };
    case 'p':
      return { kind: 'applicant', delta: -1 };
    case 'k':
      return { kind: 'conflict' };
    case 'r':
      return { kind: 'review' };
  }
  return null;
}

/** Digits typed within this time of each other make one number ("1" then "0" is 10). */
export const DIGIT_CHAIN_MS = 900;

const EPS = 1e-9;

function choiceOf(text: string, choices: number[]): number | null {
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  const n = Number(text);
  return choices.find((c) => Math.abs(c - n) < EPS) ?? null;
}

/** Whether more typing could still reach a choice ("1" for 10, "3." for 3.5). */
function leadsSomewhere(text: string, choices: number[]): boolean {
  return choices.some((c) => {
    const s = String(c);
    return s.length > text.length && s.startsWith(text);
  });
}

/**
 * One digit (or decimal separator) typed on a criterion: the text typed so far (`buffer`,
 * empty when the last key was too long ago) plus this key, read against the scale's values.
 * Returns the value to save (null: nothing to save for this key) and the buffer to keep.
 */
export function typeDigit(buffer: string, char: string, choices: number[]): { value: number | null; buffer: string } {
  const c = char === ',' ? '.' : char;
  const chained = buffer + c;
  const chainedValue = choiceOf(chained, choices);
  if (chainedValue !== null || (buffer !== '' && leadsSomewhere(chained, choices))) {
    return { value: chainedValue, buffer: leadsSomewhere(chained, choices) ? chained : '' };
  }
  // Start again from this key alone ("2" after "1" on a 1-4 scale is 2, not 12).
  const fresh = choiceOf(c, choices);
  return { value: fresh, buffer: leadsSomewhere(c, choices) ? c : '' };
}

/** The value one step up or down from `current` on a scale with these choices (clamped). */
export function stepChoice(current: number | null, delta: 1 | -1, choices: number[]): number | null {
  if (choices.length === 0) return null;
  if (current === null) return delta > 0 ? (choices[0] ?? null) : (choices[choices.length - 1] ?? null);
  let index = choices.findIndex((c) => Math.abs(c - current) < EPS);
  if (index < 0) {
    // Between or beyond the choices: the nearest choice in the direction asked.
    const above = choices.findIndex((c) => c > current);
    const firstAbove = above < 0 ? choices.length : above;
    index = delta > 0 ? firstAbove - 1 : firstAbove;
  }
  const next = Math.min(choices.length - 1, Math.max(0, index + delta));
  return choices[next] ?? null;
}
