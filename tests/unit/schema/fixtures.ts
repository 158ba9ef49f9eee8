import { DEFAULT_ASSUMPTIONS } from '../../../shared/assumptions/defaultAssumptions';

/**
 * A small valid workspace as plain JSON-like data, for tests to break one thing at a time.
 * Typed loosely on purpose: the tests put wrong types into it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test fixtures hold deliberately invalid data
export type Loose = any;

export function validDocument(): Loose {
  return structuredClone({
    format: 'ccg-modeller/workspace',
    version: 4,
    id: 'ws-1',
    name: 'Northshire',
    createdAt: '2012-03-01T09:00:00Z',
    updatedAt: '2012-03-01T09:00:00.000Z',
    assumptions: DEFAULT_ASSUMPTIONS,
    scenarios: [
      {
        id: 'opt-b',
        name: 'Option B',
        nodes: [
          {
            kind: 'cluster',
            id: 'cl',
            name: 'Northshire cluster',
            x: 0,
            y: 0,
            width: 800,
            height: 600,
          },
          {
            kind: 'ccg',
            id: 'ashby',
            name: 'Ashby CCG',
            population: 120000,
            clusterId: 'cl',
            federated: false,
            x: 10,
            y: 10,
          },
          { kind: 'ccg', id: 'bourne', name: 'Bourne CCG', federated: true, x: 300, y: 10 },
          { kind: 'locality', id: 'b-n', name: 'Bourne North', ccgId: 'bourne', population: 60000 },
          {
            kind: 'locality',
            id: 'b-s',
            name: 'Bourne South',
            ccgId: 'bourne',
            population: 70000,
            practices: 12,
          },
          {
            kind: 'localAuthority',
            id: 'la',
            name: 'Northshire County Council',
            population: 600000,
            x: 0,
            y: 700,
          },
          { kind: 'provider', id: 'csu', name: 'Northern CSU', providerType: 'csu', x: 900, y: 0 },
          {
            kind: 'provider',
            id: 'acme',
            name: 'Acme Support Ltd',
            providerType: 'private',
            prices: { finance: 1.1 },
            x: 900,
            y: 300,
          },
        ],
        laOverlaps: [
          { ccgId: 'ashby', laId: 'la', share: 0.9 },
          { ccgId: 'bourne', laId: 'la', share: 1 },
        ],
        arrangements: [
          {
            id: 'north',
            name: 'North shared service',
            model: 'shared-service',
            members: ['ashby', 'bourne'],
            functions: ['hr', 'it'],
            allocation: 'population',
            riskShareAgreed: true,
          },
          {
            id: 'host',
            name: 'Ashby hosted BI',
            model: 'host-ccg',
            hostCcgId: 'ashby',
            members: ['bourne'],
            functions: ['bi'],
          },
          {
            id: 'la-p',
            name: 'Northshire partnership',
            model: 'la-partnership',
            laId: 'la',
            members: ['ashby'],
            functions: ['comms'],
          },
          {
            id: 'csu-c',
            name: 'CSU contract',
            model: 'csu',
            providerId: 'csu',
            members: ['ashby', 'bourne'],
            functions: ['contracting'],
          },
          {
            id: 'ext-c',
            name: 'Acme finance',
            model: 'external',
            providerId: 'acme',
            members: ['bourne'],
            functions: ['finance'],
          },
        ],
      },
    ],
  });
}
