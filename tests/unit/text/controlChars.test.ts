import { describe, expect, it } from 'vitest';
import { escapeControls, escapeControlsKeepingNewlines } from '../../../shared/text/controlChars';

describe('escapeControls', () => {
  it('shows an OSC 8 hyperlink and a line erase as escapes', () => {
    expect(escapeControls('\u001b]8;;http://x\u0007click\u001b]8;;\u0007')).toBe(
      '\\x1b]8;;http://x\\x07click\\x1b]8;;\\x07',
    );
    expect(escapeControls('a\u001b[2Kb')).toBe('a\\x1b[2Kb');
  });

  it('shows C1 controls, DEL and the Unicode line separators as \\u escapes, and a newline as \\x0a', () => {
    expect(escapeControls('\u0080\u009b\u009f\u007f\u2028\u2029\n\t\r')).toBe(
      '\\u0080\\u009b\\u009f\\x7f\\u2028\\u2029\\x0a\\x09\\x0d',
    );
  });

  it('leaves printable text alone, accents and £ included', () => {
    expect(escapeControls('Ashby & Bourne CCG £25 é \u00a0')).toBe(
      'Ashby & Bourne CCG £25 é \u00a0',
    );
  });
});

describe('escapeControlsKeepingNewlines', () => {
  it('keeps the newlines that end lines and escapes the rest', () => {
    expect(escapeControlsKeepingNewlines('one\u001b[2K\ntwo\r\n')).toBe('one\\x1b[2K\ntwo\\x0d\n');
  });

  it('keeps JSON valid and meaning the same', () => {
    const value = { name: 'C1 \u009b\u0085 and \u2028 and \u001b' };
    const escaped = escapeControlsKeepingNewlines(JSON.stringify(value, null, 2));
    expect(escaped).not.toMatch(/[\u0080-\u009f\u2028]/);
    expect(JSON.parse(escaped)).toEqual(value);
  });
});
