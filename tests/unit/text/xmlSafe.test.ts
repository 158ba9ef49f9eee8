import { describe, expect, it } from 'vitest';
import { hasXmlInvalid, xmlSafe } from '../../../shared/text/xmlSafe';

describe('xmlSafe', () => {
  it('replaces each C0 control other than tab, newline and CR with U+FFFD', () => {
    expect(xmlSafe('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg')).toBe(
      'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg',
    );
    expect(xmlSafe('tab\there\nnew\rline')).toBe('tab\there\nnew\rline');
  });

  it('replaces the non-characters U+FFFE and U+FFFF', () => {
    expect(xmlSafe('x\uFFFEy\uFFFFz')).toBe('x\uFFFDy\uFFFDz');
  });

  it('replaces a lone high or low surrogate but keeps a pair (an emoji) whole', () => {
    expect(xmlSafe('a\uD83Db')).toBe('a\uFFFDb');
    expect(xmlSafe('a\uDE00b')).toBe('a\uFFFDb');
    expect(xmlSafe('end\uD83D')).toBe('end\uFFFD');
    expect(xmlSafe('\uDE00\uD83D')).toBe('\uFFFD\uFFFD');
    expect(xmlSafe('Ashby 😀 CCG')).toBe('Ashby 😀 CCG');
  });

  it('leaves ordinary text, accents, DEL and C1 controls alone (XML 1.0 allows them)', () => {
    const text = 'Bourne & Ashby <CCG> "North" £25 é \u007F \u0085 \u202E';
    expect(xmlSafe(text)).toBe(text);
  });

  it('hasXmlInvalid says whether any such character is present, called again and again', () => {
    expect(hasXmlInvalid('fine')).toBe(false);
    expect(hasXmlInvalid('bad\u0001')).toBe(true);
    expect(hasXmlInvalid('bad\u0001')).toBe(true);
    expect(hasXmlInvalid('lone\uDC00')).toBe(true);
    expect(hasXmlInvalid('pair 😀')).toBe(false);
    expect(hasXmlInvalid('\uFFFF')).toBe(true);
  });
});
