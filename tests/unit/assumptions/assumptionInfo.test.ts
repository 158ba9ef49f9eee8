import { describe, expect, it } from 'vitest';
import {
  ASSUMPTION_INFO,
  functionAssumptionInfo,
  yearAssumptionInfo,
} from '../../../shared/assumptions/assumptionInfo';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/assumptions/defaultAssumptions';

function rationale(path: string): string {
  const info = ASSUMPTION_INFO.find((i) => i.path === path);
  if (!info) throw new Error(`no assumption ${path}`);
  return info.rationale;
}

const everyRationale = [
  ...ASSUMPTION_INFO.map((i) => i.rationale),
  ...DEFAULT_ASSUMPTIONS.functions.flatMap((f) =>
    functionAssumptionInfo(f.id, f.name).map((i) => i.rationale),
  ),
];

// The facts behind the defaults, as published at the time.
describe('assumption rationales', () => {
  it('dates the £25 allowance to the Operating Framework 2012/13 and £25–35 to the 2011/12 one, with the later national rates', () => {
    const cap = yearAssumptionInfo('2013-14', '2013/14')[0]?.rationale ?? '';
    expect(cap).toMatch(/Operating Framework 2012\/13[^.;]*£25 a head/);
    expect(cap).toMatch(/Operating Framework 2011\/12 had said £25–35 a head “by 2014\/15”/);
    expect(cap).toContain('£24.73 (2014/15)');
    expect(cap).toMatch(/£22\.07 \(2015\/16[,)]/);
    expect(cap).not.toMatch(/24\.78|22\.11/);
  });

  it('gives the 100,000 threshold as the Clinical Commissioning Coalition’s view, not official policy', () => {
    const small = rationale('smallCcgPopulation');
    expect(small).toMatch(/Clinical Commissioning Coalition \(NHS Alliance and NAPC\)/);
    expect(small).toMatch(/not official policy/);
    expect(small).not.toMatch(/make, share or buy/);
  });

  it('says the ready reckoner assumed £20 a head and that the core’s fixed/variable split is a judgement fitted to one point', () => {
    for (const path of ['core.fixedPerCcg', 'core.perHead']) {
      const text = rationale(path);
      expect(text).toMatch(/ready reckoner/);
      expect(text).toMatch(/£2\.0m at 175,000/);
      expect(text).toMatch(/judgement/);
    }
    expect(rationale('core.fixedPerCcg')).toMatch(/assumed £20 a head/);
    expect(rationale('core.fixedPerCcg')).toMatch(/fitted to that one point/);
    // £600,000 + £8.00 × 175,000 = £2,000,000: the one point it is fitted to.
    expect(DEFAULT_ASSUMPTIONS.core.fixedPerCcg + DEFAULT_ASSUMPTIONS.core.perHead * 175_000).toBe(
      2_000_000,
    );
  });

  it('counts CSUs as 23 proposed and 19 operating', () => {
    const csu = rationale('models.csu.otherCustomersPopulation');
    expect(csu).toMatch(/23 CSUs were proposed/);
    expect(csu).toMatch(/19 operated in 2013\/14/);
    expect(csu).not.toMatch(/23 CSUs at launch/);
  });

  it('quotes the median CCG from the 2012 registered lists, not an ONS estimate that was not found', () => {
    const ref = rationale('referencePopulation');
    expect(ref).toMatch(/median of about 226,000/);
    expect(ref).not.toMatch(/ONS, mid-2012/);
  });

  it('words every default that has no published source as a judgement, and never cites figures that were not found', () => {
    for (const path of [
      'amberMargin',
      'core.perDevolvedLocality',
      'models.sharedService.overhead',
      'models.hostCcg.overhead',
      'models.laPartnership.overhead',
      'models.laPartnership.laParticipation',
      'models.csu.margin',
      'models.csu.clientContractManagement',
      'models.external.margin',
      'models.external.scalePopulation',
      'models.external.procurementCost',
      'models.external.contractYears',
      'models.external.clientContractManagement',
    ]) {
      expect(rationale(path), path).toMatch(/judgement/);
    }
    for (const f of DEFAULT_ASSUMPTIONS.functions)
      expect(functionAssumptionInfo(f.id, f.name)[0]?.rationale, f.id).toMatch(/^A judgement/);
    for (const text of everyRationale) {
      expect(text).not.toMatch(/20–30%|50p–£1|£8–12|seeds|DESIGN/);
    }
  });
});
