import { describe, expect, it } from 'vitest';
import {
  BAND_RATIONALE,
  DEFAULT_BANDS,
  DEFAULT_STAFFING,
  STAFFING_RATIONALE,
} from '../../../shared/staffing/staffingDefaults';
import { costStructure } from '../../../shared/staffing/structureCost';
import {
  LEAN_SMALL_CCG,
  READY_RECKONER_175K,
  STRUCTURE_TEMPLATES,
} from '../../../shared/staffing/structureTemplates';

describe('default pay bands', () => {
  it('are the mid-points of the 2012/13 Agenda for Change bands 2–9, and the two VSM roles', () => {
    const pay = Object.fromEntries(DEFAULT_BANDS.map((b) => [b.id, b.annualPay]));
    // (14,153 + 17,253) / 2 = 15,703; (38,851 + 46,621) / 2 = 42,736; (77,079 + 97,478) / 2 = 87,278.5 → 87,279
    expect(pay['2']).toBe(15_703);
    expect(pay['8a']).toBe(42_736);
    expect(pay['9']).toBe(87_279);
    expect(DEFAULT_BANDS.map((b) => b.id)).toEqual([
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8a',
      '8b',
      '8c',
      '8d',
      '9',
      'ao',
      'cfo',
    ]);
  });

  it('each band and each staffing default says where it comes from', () => {
    for (const b of DEFAULT_BANDS) expect(BAND_RATIONALE[b.id]).toMatch(/2012|2015/);
    for (const path of [
      'staffing.onCostRate',
      'staffing.nonPayPerWte',
      'staffing.minWtePerFunction',
    ]) {
      expect(STAFFING_RATIONALE[path]).toBeTruthy();
    }
    expect(STAFFING_RATIONALE['staffing.nonPayPerWte']).toMatch(/Judgement/);
  });
});

describe('templates', () => {
  it('the ready reckoner template lands within 3% of the DH figures for a CCG of 175,000', () => {
    const cost = costStructure({ posts: READY_RECKONER_175K.posts }, DEFAULT_STAFFING);
    const heading = (h: string): number => cost.byHeading.get(h)?.cost ?? 0;
    // £1.5m corporate base, £111k governing body clinicians, £446k clinical leadership.
    expect(Math.abs(heading('corporate') / 1_500_000 - 1)).toBeLessThan(0.03);
    expect(Math.abs(heading('governingBody') / 111_000 - 1)).toBeLessThan(0.03);
    expect(Math.abs(heading('clinicalLeadership') / 446_000 - 1)).toBeLessThan(0.03);
  });

  it('every template uses only default bands, says its basis and has unique post ids', () => {
    const bands = new Set(DEFAULT_BANDS.map((b) => b.id));
    for (const t of STRUCTURE_TEMPLATES) {
      expect(t.basis.length).toBeGreaterThan(40);
      expect(new Set(t.posts.map((p) => p.id)).size).toBe(t.posts.length);
      for (const p of t.posts) expect(bands.has(p.band)).toBe(true);
    }
    expect(LEAN_SMALL_CCG.basis).toMatch(/Judgement/);
  });
});
