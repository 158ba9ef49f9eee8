import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The pure core's boundary is a lint rule; prove it fires, so it cannot rot into a no-op.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('shared/ boundary lint rule', () => {
  it.each([
    ["import React from 'react';"],
    ["import { select } from 'd3';"],
    ["import Dexie from 'dexie';"],
    ["import { app } from 'electron';"],
    ["import { readFile } from 'node:fs/promises';"],
    ["import { readFileSync } from 'fs';"],
    ["import { getBridge } from '../../renderer/src/bridge/getBridge';"],
  ])('refuses %s in shared/', async (line) => {
    expect(
      await ruleIdsFor(`${line}\nexport const x = 1;\n`, 'shared/costing/example.ts'),
    ).toContain('no-restricted-imports');
  });

  it('refuses DOM and Node globals in shared/', async () => {
    const ids = await ruleIdsFor(
      'export const w = window.innerWidth + Number(process.env.X);\n',
      'shared/costing/example.ts',
    );
    expect(ids.filter((id) => id === 'no-restricted-globals')).toHaveLength(2);
  });

  it('allows zod and relative imports inside shared/', async () => {
    const ids = await ruleIdsFor(
      "import { z } from 'zod';\nimport { unitCost } from './unitCost';\nexport const s = z.string();\nexport const u = unitCost;\n",
      'shared/costing/example.ts',
    );
    expect(ids).toEqual([]);
  });

  it('allows the same imports outside shared/', async () => {
    const ids = await ruleIdsFor(
      "import { select } from 'd3';\nexport const s = select;\n",
      'renderer/src/canvas/example.ts',
    );
    expect(ids).toEqual([]);
  });
});
