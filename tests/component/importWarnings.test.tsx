// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  useFileImport,
  warningWords,
  type ImportProblem,
} from '../../renderer/src/files/useFileImport';
import { useDocumentStore } from '../../renderer/src/state/documentStore';
import { validDocument } from '../unit/schema/fixtures';

// A file that opens with warnings (a repeated key, an ignored "__proto__" price) says so in the
// status line the app shows after every import.

afterEach(cleanup);

describe('importing a workspace file with warnings', () => {
  it('opens the file and puts the warnings in the status message', async () => {
    const said: string[] = [];
    const failed: ImportProblem[] = [];
    const { result } = renderHook(() =>
      useFileImport({ say: (m) => said.push(m), fail: (p) => failed.push(p) }),
    );
    const text = JSON.stringify(validDocument(), null, 2)
      .replace('"finance": 1.1', '"__proto__": 9.9,\n            "finance": 1.1')
      .replace('"name": "Ashby CCG",', '"name": "First name",\n            "name": "Ashby CCG",');
    await act(() => result.current.importFile({ fileName: 'northshire.ccgm', text }));
    expect(failed).toEqual([]);
    expect(useDocumentStore.getState().workspace.name).toBe('Northshire');
    const line = (needle: string): number =>
      text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(said).toEqual([
      `Opened “northshire.ccgm”. 2 warnings: line ${line('"name": "Ashby CCG"')}: scenario "Option B" › CCG "Ashby CCG": key "name" appears twice; the last value was used; ` +
        `line ${line('"__proto__"')}: scenario "Option B" › provider "Acme Support Ltd": prices has a key "__proto__", which was ignored.`,
    ]);
  });

  it('a clean file adds nothing; a long list shows three and counts the rest', () => {
    expect(warningWords([])).toBe('');
    expect(warningWords(['a', 'b', 'c', 'd', '…and 46 more warnings'])).toBe(
      ' 50 warnings: a; b; c; …and 47 more.',
    );
    expect(warningWords(['only'])).toBe(' 1 warning: only.');
  });
});
