/**
 * Risk flags (DESIGN.md §4 "Risk flags"): every flag of the table, each just on both sides of
 * its threshold. A flag has an id, a severity, a subject (the id of the CCG or arrangement) and a
 * message naming that subject in words, so ids and names differ below ("ccg-a" / "Ashby CCG").
 * Populations and costs are worked by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/assumptions/defaultAssumptions';
import { FLAG_IDS, type RiskFlag, type ScenarioResult } from '../../../shared/costing/results';
import type { Arrangement } from '../../../shared/model/workspace';
import {
  assumptionsWith,
  buildWorkspace,
  ccg,
  ccgOf,
  costOf,
  flagsOf,
  fn,
  localAuthority,
  locality,
  provider,
} from '../helpers/buildWorkspace';

/** The one flag of this id about this subject; fails if there is none or more than one. */
function theFlag(result: ScenarioResult, flagId: RiskFlag['id'], subject: string): RiskFlag {
  const found = flagsOf(result, flagId, subject);
  expect(found, `expected exactly one ${flagId} flag about ${subject}`).toHaveLength(1);
  return found[0] as RiskFlag;
}

function expectFlag(
  result: ScenarioResult,
  flagId: RiskFlag['id'],
  subject: string,
  severity: RiskFlag['severity'],
  subjectName: string,
): RiskFlag {
  const flag = theFlag(result, flagId, subject);
  expect(flag.severity).toBe(severity);
  expect(flag.subject).toBe(subject);
  expect(flag.message).toContain(subjectName);
  return flag;
}

function expectNoFlag(result: ScenarioResult, flagId: RiskFlag['id'], subject: string): void {
  expect(flagsOf(result, flagId, subject)).toEqual([]);
}

// Four functions F1..F4 (e = 0) for the arrangement cases, so "half of a CCG's functions" is 2.
const FOUR = assumptionsWith([fn('bi', 2, 0), fn('finance', 2, 0), fn('hr', 1, 0), fn('it', 1, 0)]);

describe('the flag table', () => {
  it('knows exactly the eight flags of the costing model and single-point-of-failure of staffing structures', () => {
    expect([...FLAG_IDS].sort()).toEqual([
      'federated-without-localities',
      'host-dominance',
      'non-coterminous',
      'over-cap',
      'patient-data-external',
      'provider-concentration',
      'risk-share-unagreed',
      'single-point-of-failure',
      'small-ccg',
    ]);
  });

  it('a reference CCG of 250,000 on the defaults raises no flags', () => {
    // per head 24.40 ≤ 25 (no over-cap); 250,000 ≥ 100,000 (not small); not federated; no arrangements
    const result = costOf(
      buildWorkspace({ nodes: [ccg('ccg-r', 'Reference CCG', { population: 250_000 })] }),
    );
    expect(result.flags).toEqual([]);
  });
});

describe('over-cap (error, CCG)', () => {
  // One CCG of 100,000, one function F of e = 0 at costF a head: per head = 6.00 + 8.00 + costF.
  const run = (costF: number) =>
    costOf(
      buildWorkspace(
        { nodes: [ccg('ccg-a', 'Ashby CCG', { population: 100_000 })] },
        assumptionsWith([fn('f', costF, 0)]),
      ),
    );

  it('a CCG whose per head exceeds the cap is flagged over-cap', () => {
    // costF 11.01 → total 1,400,000 + 1,101,000 = 2,501,000 → 25.01 > 25
    const result = run(11.01);
    expect(ccgOf(result, 'ccg-a').perHead).toBeCloseTo(25.01, 6);
    expectFlag(result, 'over-cap', 'ccg-a', 'error', 'Ashby CCG');
  });

  it('its sentence, worded only when read, survives JSON (the CLI) and structured cloning (workers)', () => {
    // 2,501,000 − 2,500,000 over an allowance of £25.00 × 100,000.
    const sentence =
      'Ashby CCG runs at £25.01 a head in 2013/14, £1,000 over its 2013/14 allowance of £2,500,000 (£25.00 a head).';
    const flag = run(11.01).flags.find((f) => f.id === 'over-cap');
    expect(flag?.message).toBe(sentence);
    expect(JSON.parse(JSON.stringify(flag)).message).toBe(sentence);
    expect(structuredClone(flag)?.message).toBe(sentence);
  });

  it('a CCG exactly at the cap is not flagged over-cap', () => {
    // costF 11.00 → total 2,500,000 → 25.00, not more than 25
    const result = run(11);
    expect(ccgOf(result, 'ccg-a').perHead).toBeCloseTo(25, 10);
    expectNoFlag(result, 'over-cap', 'ccg-a');
  });
});

describe('small-ccg (warning, CCG)', () => {
  it('a CCG below smallCcgPopulation is flagged small', () => {
    // 99,999 < 100,000
    const result = costOf(
      buildWorkspace({ nodes: [ccg('ccg-s', 'Stamford CCG', { population: 99_999 })] }, FOUR),
    );
    expectFlag(result, 'small-ccg', 'ccg-s', 'warning', 'Stamford CCG');
  });

  it('a CCG of exactly smallCcgPopulation is not flagged small', () => {
    // 100,000 is not < 100,000
    const result = costOf(
      buildWorkspace({ nodes: [ccg('ccg-s', 'Stamford CCG', { population: 100_000 })] }, FOUR),
    );
    expectNoFlag(result, 'small-ccg', 'ccg-s');
  });

  it('a CCG is judged small on its localities, not its own population field', () => {
    // own field 500,000 but localities 40,000 + 50,000 = 90,000 < 100,000
    const result = costOf(
      buildWorkspace(
        {
          nodes: [
            ccg('ccg-s', 'Stamford CCG', { population: 500_000 }),
            locality('s1', 'ccg-s', 40_000),
            locality('s2', 'ccg-s', 50_000),
          ],
        },
        FOUR,
      ),
    );
    expectFlag(result, 'small-ccg', 'ccg-s', 'warning', 'Stamford CCG');
  });
});

describe('host-dominance (warning, arrangement)', () => {
  const hosted = (hostPop: number, memberPop: number) =>
    costOf(
      buildWorkspace(
        {
          nodes: [
            ccg('ccg-h', 'Hinckley CCG', { population: hostPop }),
            ccg('ccg-m', 'Melton CCG', { population: memberPop }),
          ],
          // The host is not listed among the members: it is a member all the same.
          arrangements: [
            {
              id: 'arr-host',
              name: 'Hinckley hosted service',
              model: 'host-ccg',
              hostCcgId: 'ccg-h',
              members: ['ccg-m'],
              functions: ['bi'],
              riskShareAgreed: true,
            },
          ],
        },
        FOUR,
      ),
    );

  it('a host CCG with more than half of its arrangement’s population is flagged', () => {
    // arrangement population = 500,001 + 499,999 = 1,000,000; host 500,001 > 500,000
    const flag = expectFlag(
      hosted(500_001, 499_999),
      'host-dominance',
      'arr-host',
      'warning',
      'Hinckley hosted service',
    );
    expect(flag.message).toContain('Hinckley CCG');
  });

  it('a host CCG with exactly half of its arrangement’s population is not flagged', () => {
    // 500,000 of 1,000,000 is not more than half
    expectNoFlag(hosted(500_000, 500_000), 'host-dominance', 'arr-host');
  });

  it('a host CCG with less than half is not flagged', () => {
    // 400,000 of 1,000,000 = 40%
    expectNoFlag(hosted(400_000, 600_000), 'host-dominance', 'arr-host');
  });
});

describe('risk-share-unagreed (warning, arrangement)', () => {
  // Each arrangement has its own CCGs so no (CCG, function) pair is covered twice.
  const nodes = [
    ...['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm'].map((x) =>
      ccg(`ccg-${x}`, `${x.toUpperCase()} CCG`, { population: 150_000 }),
    ),
    provider('prv-csu', 'Northern CSU', 'csu'),
    provider('prv-acme', 'Acme Support Ltd', 'private'),
    localAuthority('la-n', 'Northshire County Council', 400_000),
  ];
  const arrangements: Arrangement[] = [
    {
      id: 'arr-ss-absent',
      name: 'Absent shared service',
      model: 'shared-service',
      members: ['ccg-a', 'ccg-b'],
      functions: ['hr'],
    },
    {
      id: 'arr-ss-false',
      name: 'Unagreed shared service',
      model: 'shared-service',
      members: ['ccg-c', 'ccg-d'],
      functions: ['hr'],
      riskShareAgreed: false,
    },
    {
      id: 'arr-ss-true',
      name: 'Agreed shared service',
      model: 'shared-service',
      members: ['ccg-e', 'ccg-f'],
      functions: ['hr'],
      riskShareAgreed: true,
    },
    {
      id: 'arr-host-absent',
      name: 'Unagreed hosted service',
      model: 'host-ccg',
      hostCcgId: 'ccg-g',
      members: ['ccg-h'],
      functions: ['hr'],
    },
    {
      id: 'arr-host-true',
      name: 'Agreed hosted service',
      model: 'host-ccg',
      hostCcgId: 'ccg-i',
      members: ['ccg-j'],
      functions: ['hr'],
      riskShareAgreed: true,
    },
    {
      id: 'arr-csu',
      name: 'Northern CSU contract',
      model: 'csu',
      providerId: 'prv-csu',
      members: ['ccg-k'],
      functions: ['hr'],
    },
    {
      id: 'arr-ext',
      name: 'Acme contract',
      model: 'external',
      providerId: 'prv-acme',
      members: ['ccg-l'],
      functions: ['hr'],
    },
    {
      id: 'arr-lap',
      name: 'Northshire partnership',
      model: 'la-partnership',
      laId: 'la-n',
      members: ['ccg-m'],
      functions: ['hr'],
    },
  ];
  const result = costOf(
    buildWorkspace(
      {
        nodes,
        arrangements,
        laOverlaps: [{ ccgId: 'ccg-m', laId: 'la-n', share: 1 }],
      },
      FOUR,
    ),
  );

  it('a shared service with no riskShareAgreed is flagged', () => {
    expectFlag(result, 'risk-share-unagreed', 'arr-ss-absent', 'warning', 'Absent shared service');
  });

  it('a shared service with riskShareAgreed false is flagged', () => {
    expectFlag(result, 'risk-share-unagreed', 'arr-ss-false', 'warning', 'Unagreed shared service');
  });

  it('a shared service with riskShareAgreed true is not flagged', () => {
    expectNoFlag(result, 'risk-share-unagreed', 'arr-ss-true');
  });

  it('a host-ccg arrangement with no riskShareAgreed is flagged', () => {
    expectFlag(
      result,
      'risk-share-unagreed',
      'arr-host-absent',
      'warning',
      'Unagreed hosted service',
    );
  });

  it('a host-ccg arrangement with riskShareAgreed true is not flagged', () => {
    expectNoFlag(result, 'risk-share-unagreed', 'arr-host-true');
  });

  it('csu, external and la-partnership arrangements never raise it', () => {
    expectNoFlag(result, 'risk-share-unagreed', 'arr-csu');
    expectNoFlag(result, 'risk-share-unagreed', 'arr-ext');
    expectNoFlag(result, 'risk-share-unagreed', 'arr-lap');
    // exactly the three unagreed shared-service / host-ccg arrangements, nothing else
    expect(
      flagsOf(result, 'risk-share-unagreed')
        .map((f) => f.subject)
        .sort(),
    ).toEqual(['arr-host-absent', 'arr-ss-absent', 'arr-ss-false']);
  });
});

describe('non-coterminous (warning, CCG)', () => {
  const result = costOf(
    buildWorkspace(
      {
        nodes: [
          ccg('ccg-a', 'Ashby CCG', { population: 150_000 }),
          ccg('ccg-b', 'Bourne CCG', { population: 150_000 }),
          ccg('ccg-c', 'Corby CCG', { population: 150_000 }),
          ccg('ccg-d', 'Daventry CCG', { population: 150_000 }),
          ccg('ccg-e', 'Evesham CCG', { population: 150_000 }),
          localAuthority('la-n', 'Northshire County Council', 600_000),
          localAuthority('la-s', 'Southshire County Council', 500_000),
        ],
        laOverlaps: [
          { ccgId: 'ccg-a', laId: 'la-n', share: 0.79 }, // just under 80%
          { ccgId: 'ccg-b', laId: 'la-n', share: 0.8 }, // exactly 80%
          { ccgId: 'ccg-c', laId: 'la-s', share: 1 }, // linked only to a different LA
          { ccgId: 'ccg-d', laId: 'la-n', share: 1 },
          { ccgId: 'ccg-e', laId: 'la-n', share: 0.5 }, // not a partner
        ],
        arrangements: [
          {
            id: 'arr-lap',
            name: 'Northshire partnership',
            model: 'la-partnership',
            laId: 'la-n',
            members: ['ccg-a', 'ccg-b', 'ccg-c', 'ccg-d'],
            functions: ['comms'],
          },
        ],
      },
      assumptionsWith([fn('comms', 1, 0)]),
    ),
  );

  it('an la-partnership member with less than 80% of its population in the LA is flagged', () => {
    // Ashby: 0.79 < 0.80
    const flag = expectFlag(result, 'non-coterminous', 'ccg-a', 'warning', 'Ashby CCG');
    expect(flag.message).toContain('Northshire County Council');
  });

  it('a member with no overlap link to the LA counts as 0% and is flagged', () => {
    // Corby has 100% in Southshire but no link to Northshire: 0% < 80%
    expectFlag(result, 'non-coterminous', 'ccg-c', 'warning', 'Corby CCG');
  });

  it('a member with exactly 80% in the LA is not flagged', () => {
    expectNoFlag(result, 'non-coterminous', 'ccg-b');
  });

  it('a fully coterminous member and a CCG outside the partnership are not flagged', () => {
    expectNoFlag(result, 'non-coterminous', 'ccg-d');
    expectNoFlag(result, 'non-coterminous', 'ccg-e'); // 50% but not a partner
    expect(
      flagsOf(result, 'non-coterminous')
        .map((f) => f.subject)
        .sort(),
    ).toEqual(['ccg-a', 'ccg-c']);
  });
});

describe('patient-data-external (warning, arrangement)', () => {
  const result = costOf(
    buildWorkspace(
      {
        nodes: [
          ccg('ccg-a', 'Ashby CCG', { population: 150_000 }),
          ccg('ccg-b', 'Bourne CCG', { population: 150_000 }),
          ccg('ccg-c', 'Corby CCG', { population: 150_000 }),
          provider('prv-acme', 'Acme Support Ltd', 'private'),
          provider('prv-csu', 'Northern CSU', 'csu'),
        ],
        arrangements: [
          {
            id: 'arr-ext-bi',
            name: 'Acme intelligence contract',
            model: 'external',
            providerId: 'prv-acme',
            members: ['ccg-a'],
            functions: ['bi', 'finance'],
          },
          {
            id: 'arr-ext-hr',
            name: 'Acme HR contract',
            model: 'external',
            providerId: 'prv-acme',
            members: ['ccg-b'],
            functions: ['hr', 'finance'],
          },
          {
            id: 'arr-csu-bi',
            name: 'Northern CSU intelligence',
            model: 'csu',
            providerId: 'prv-csu',
            members: ['ccg-c'],
            functions: ['bi'],
          },
        ],
      },
      FOUR,
    ),
  );

  it('an external arrangement covering bi is flagged', () => {
    const flag = expectFlag(
      result,
      'patient-data-external',
      'arr-ext-bi',
      'warning',
      'Acme intelligence contract',
    );
    expect(flag.message).toContain('Acme Support Ltd');
  });

  it('an external arrangement without bi is not flagged', () => {
    expectNoFlag(result, 'patient-data-external', 'arr-ext-hr');
  });

  it('a csu arrangement covering bi is not flagged', () => {
    expectNoFlag(result, 'patient-data-external', 'arr-csu-bi');
    expect(flagsOf(result, 'patient-data-external')).toHaveLength(1);
  });
});

describe('provider-concentration (info, CCG)', () => {
  // Four functions: "more than half" means 3 or 4 from one provider; 2 is exactly half.
  const result = costOf(
    buildWorkspace(
      {
        nodes: [
          ccg('ccg-a', 'Ashby CCG', { population: 150_000 }),
          ccg('ccg-b', 'Bourne CCG', { population: 150_000 }),
          ccg('ccg-c', 'Corby CCG', { population: 150_000 }),
          ccg('ccg-d', 'Daventry CCG', { population: 150_000 }),
          ccg('ccg-e', 'Evesham CCG', { population: 150_000 }),
          ccg('ccg-f', 'Fenland CCG', { population: 150_000 }),
          provider('prv-csu', 'Northern CSU', 'csu'),
          provider('prv-acme', 'Acme Support Ltd', 'private'),
        ],
        arrangements: [
          // Ashby: 3 of 4 from Northern CSU, through two contracts (2 + 1)
          {
            id: 'arr-c1',
            name: 'CSU contract 1',
            model: 'csu',
            providerId: 'prv-csu',
            members: ['ccg-a', 'ccg-b'],
            functions: ['bi', 'finance'],
          },
          {
            id: 'arr-c2',
            name: 'CSU contract 2',
            model: 'csu',
            providerId: 'prv-csu',
            members: ['ccg-a'],
            functions: ['hr'],
          },
          // Bourne: only the 2 of 4 in arr-c1 (exactly half)
          // Corby: 3 of 4 from Acme
          {
            id: 'arr-e1',
            name: 'Acme contract 1',
            model: 'external',
            providerId: 'prv-acme',
            members: ['ccg-c'],
            functions: ['bi', 'finance', 'hr'],
          },
          // Daventry: 2 from Northern CSU + 2 from Acme (4 bought in, but no one provider has more than half)
          {
            id: 'arr-c3',
            name: 'CSU contract 3',
            model: 'csu',
            providerId: 'prv-csu',
            members: ['ccg-d'],
            functions: ['bi', 'finance'],
          },
          {
            id: 'arr-e2',
            name: 'Acme contract 2',
            model: 'external',
            providerId: 'prv-acme',
            members: ['ccg-d'],
            functions: ['hr', 'it'],
          },
          // Evesham and Fenland: all 4 from a shared service, which is no provider
          {
            id: 'arr-ss',
            name: 'Shared service',
            model: 'shared-service',
            members: ['ccg-e', 'ccg-f'],
            functions: ['bi', 'finance', 'hr', 'it'],
            riskShareAgreed: true,
          },
        ],
      },
      FOUR,
    ),
  );

  it('a CCG buying more than half its functions from one csu is flagged, across several contracts', () => {
    const flag = expectFlag(result, 'provider-concentration', 'ccg-a', 'info', 'Ashby CCG');
    expect(flag.message).toContain('Northern CSU');
  });

  it('a CCG buying more than half its functions from one external provider is flagged', () => {
    const flag = expectFlag(result, 'provider-concentration', 'ccg-c', 'info', 'Corby CCG');
    expect(flag.message).toContain('Acme Support Ltd');
  });

  it('a CCG buying exactly half its functions from one provider is not flagged', () => {
    expectNoFlag(result, 'provider-concentration', 'ccg-b');
  });

  it('a CCG splitting its bought functions between providers is not flagged', () => {
    expectNoFlag(result, 'provider-concentration', 'ccg-d');
  });

  it('functions from a shared service do not count as a provider', () => {
    expectNoFlag(result, 'provider-concentration', 'ccg-e');
    expect(
      flagsOf(result, 'provider-concentration')
        .map((f) => f.subject)
        .sort(),
    ).toEqual(['ccg-a', 'ccg-c']);
  });

  it('on the ten default functions, 6 from one csu flags and 5 does not', () => {
    const six = ['bi', 'contracting', 'procurement', 'finance', 'hr', 'it'];
    const five = six.slice(0, 5);
    const r = costOf(
      buildWorkspace(
        {
          nodes: [
            ccg('ccg-a', 'Ashby CCG', { population: 250_000 }),
            ccg('ccg-b', 'Bourne CCG', { population: 250_000 }),
            provider('prv-csu', 'Northern CSU', 'csu'),
          ],
          arrangements: [
            {
              id: 'arr-6',
              name: 'Six functions',
              model: 'csu',
              providerId: 'prv-csu',
              members: ['ccg-a'],
              functions: six,
            },
            {
              id: 'arr-5',
              name: 'Five functions',
              model: 'csu',
              providerId: 'prv-csu',
              members: ['ccg-b'],
              functions: five,
            },
          ],
        },
        DEFAULT_ASSUMPTIONS,
      ),
    );
    expectFlag(r, 'provider-concentration', 'ccg-a', 'info', 'Ashby CCG'); // 6 > 10/2
    expectNoFlag(r, 'provider-concentration', 'ccg-b'); // 5 = 10/2
  });
});

describe('federated-without-localities (warning, CCG)', () => {
  const result = costOf(
    buildWorkspace(
      {
        nodes: [
          ccg('ccg-0', 'Nought CCG', { population: 200_000, federated: true }),
          ccg('ccg-1', 'Single CCG', { federated: true }),
          locality('l1', 'ccg-1', 200_000),
          ccg('ccg-2', 'Double CCG', { federated: true }),
          locality('l2a', 'ccg-2', 100_000),
          locality('l2b', 'ccg-2', 100_000),
          ccg('ccg-n', 'Plain CCG', { population: 200_000, federated: false }),
        ],
      },
      FOUR,
    ),
  );

  it('a federated CCG with no localities is flagged', () => {
    expectFlag(result, 'federated-without-localities', 'ccg-0', 'warning', 'Nought CCG');
  });

  it('a federated CCG with one locality is flagged', () => {
    expectFlag(result, 'federated-without-localities', 'ccg-1', 'warning', 'Single CCG');
  });

  it('a federated CCG with two localities is not flagged', () => {
    expectNoFlag(result, 'federated-without-localities', 'ccg-2');
  });

  it('a non-federated CCG with no localities is not flagged', () => {
    expectNoFlag(result, 'federated-without-localities', 'ccg-n');
  });
});
