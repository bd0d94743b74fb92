import { describe, expect, it } from 'vitest';
import { deskCommand, stepChoice, typeDigit, type KeyInput } from '../../renderer/src/screens/desk/keyboard';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('desk keyboard', () => {
  it('maps keys on a criterion row', () => {
    expect(deskCommand(key('3'), 'row')).toEqual({ kind: 'digit', char: '3' });
    expect(deskCommand(key(','), 'row')).toEqual({ kind: 'digit', char: ',' });
    expect(deskCommand(key('ArrowDown'), 'row')).toEqual({ kind: 'criterion', delta: 1 });
    expect(deskCommand(key('ArrowUp'), 'row')).toEqual({ kind: 'criterion', delta: -1 });
    expect(deskCommand(key('ArrowLeft'), 'row')).toEqual({ kind: 'step', delta: -1 });
    expect(deskCommand(key('Delete'), 'row')).toEqual({ kind: 'clear' });
    expect(deskCommand(key('Enter'), 'row')).toEqual({ kind: 'note' });
    expect(deskCommand(key('n'), 'row')).toEqual({ kind: 'applicant', delta: 1 });
    expect(deskCommand(key('N', { shiftKey: true }), 'row')).toEqual({ kind: 'applicant', delta: 1 });
    expect(deskCommand(key('PageUp'), 'row')).toEqual({ kind: 'applicant', delta: -1 });
    expect(deskCommand(key('k'), 'row')).toEqual({ kind: 'conflict' });
    expect(deskCommand(key('r'), 'row')).toEqual({ kind: 'review' });
  });

  it('leaves text, buttons and browser shortcuts alone', () => {
    expect(deskCommand(key('n'), 'text')).toBeNull();
    expect(deskCommand(key('3'), 'text')).toBeNull();
    expect(deskCommand(key('Escape'), 'text')).toEqual({ kind: 'leaveNote' });
    expect(deskCommand(key('Enter', { ctrlKey: true }), 'text')).toEqual({ kind: 'applicant', delta: 1 });
    expect(deskCommand(key('Enter'), 'other')).toBeNull();
    expect(deskCommand(key('r', { ctrlKey: true }), 'row')).toBeNull();
    expect(deskCommand(key('3', { altKey: true }), 'row')).toBeNull();
    // A wide numeric field takes digits itself; arrows still move between criteria.
    expect(deskCommand(key('7'), 'number')).toBeNull();
    expect(deskCommand(key('ArrowDown'), 'number')).toEqual({ kind: 'criterion', delta: 1 });
  });

  it('reads digits against the scale, chaining quick keys into one number', () => {
    const oneToFour = [1, 2, 3, 4];
    expect(typeDigit('', '3', oneToFour)).toEqual({ value: 3, buffer: '' });
    expect(typeDigit('', '5', oneToFour)).toEqual({ value: null, buffer: '' });
    // "1" then "2" on a 1-4 scale is 2, not 12.
    expect(typeDigit('', '2', oneToFour)).toEqual({ value: 2, buffer: '' });
    const zeroToTen = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(typeDigit('', '1', zeroToTen)).toEqual({ value: 1, buffer: '1' });
    expect(typeDigit('1', '0', zeroToTen)).toEqual({ value: 10, buffer: '' });
    expect(typeDigit('1', '7', zeroToTen)).toEqual({ value: 7, buffer: '' });
    const halves = [1, 1.5, 2, 2.5, 3];
    expect(typeDigit('', '2', halves)).toEqual({ value: 2, buffer: '2' });
    expect(typeDigit('2', ',', halves)).toEqual({ value: null, buffer: '2.' });
    expect(typeDigit('2.', '5', halves)).toEqual({ value: 2.5, buffer: '' });
    const tens = [10, 20, 30];
    expect(typeDigit('', '2', tens)).toEqual({ value: null, buffer: '2' });
    expect(typeDigit('2', '0', tens)).toEqual({ value: 20, buffer: '' });
  });

  it('steps along the scale and stops at its ends', () => {
    const s = [1, 2, 3, 4];
    expect(stepChoice(null, 1, s)).toBe(1);
    expect(stepChoice(null, -1, s)).toBe(4);
    expect(stepChoice(2, 1, s)).toBe(3);
    expect(stepChoice(4, 1, s)).toBe(4);
    expect(stepChoice(1, -1, s)).toBe(1);
    expect(stepChoice(2.5, 1, s)).toBe(3);
    expect(stepChoice(2.5, -1, s)).toBe(2);
    expect(stepChoice(9, -1, s)).toBe(4);
    expect(stepChoice(3, 1, [])).toBeNull();
  });
});
