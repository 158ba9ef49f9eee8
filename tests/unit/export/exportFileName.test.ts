import { describe, expect, it } from 'vitest';
import {
  exportFileName,
  hasBidiControl,
  safeFileNamePart,
  shortenAtWord,
} from '../../../shared/export/exportFileName';

describe('export file names', () => {
  it('drop the bidi override that makes "Q3 budget \\u202Egpj.csv" display as "…vsc.jpg"', () => {
    const name = exportFileName({
      workspace: 'Q3 budget \u202Egpj',
      what: 'results',
      extension: 'csv',
    });
    expect(name).toBe('Q3 budget gpj results.csv');
    expect(hasBidiControl(name)).toBe(false);
  });

  it('drop every bidi mark, embedding, override and isolate, and every C0/C1 control', () => {
    const marks = '\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    expect(safeFileNamePart(`North${marks}shire`)).toBe('Northshire');
    expect(safeFileNamePart('Option\u0000\u001b[2K\u0085\u009b\u007f B')).toBe('Option[2K B');
    expect(
      exportFileName({
        workspace: 'W\u2067s',
        scenario: 'S\u202Dc',
        what: 'canvas',
        extension: 'svg',
      }),
    ).toBe('Ws – Sc canvas.svg');
  });

  it('keep letters of every script, accents and the en dash', () => {
    expect(
      exportFileName({
        workspace: 'Bro Taf – Cwm Taf',
        scenario: 'Opsiwn â',
        what: 'report',
        extension: 'pdf',
      }),
    ).toBe('Bro Taf – Cwm Taf – Opsiwn â report.pdf');
  });

  it('shorten a long name at a word break, never in the middle of a word', () => {
    const workspace =
      'Northshire and Bourne commissioning support review for the clinical commissioning groups of 2012';
    const name = exportFileName({ workspace, what: 'results', extension: 'csv' });
    // The 80th character is inside the second "commissioning" (which ends at 81): the name stops before it.
    expect(name).toBe(
      'Northshire and Bourne commissioning support review for the clinical results.csv',
    );
    expect(safeFileNamePart('alpha beta gamma', 10)).toBe('alpha beta');
    expect(safeFileNamePart('alpha beta gamma', 11)).toBe('alpha beta');
    expect(safeFileNamePart('alpha beta gamma', 9)).toBe('alpha');
  });

  it('cut a single word longer than the limit (there is no break to cut at), never halving an emoji', () => {
    expect(shortenAtWord('Supercalifragilistic', 5)).toBe('Super');
    expect(shortenAtWord('😀😀😀😀', 3)).toBe('😀😀😀');
    expect(shortenAtWord('short', 10)).toBe('short');
  });
});
