import { describe, expect, it } from 'vitest';
import type { Bridge, SaveTextFileRequest } from '../../../shared/ipc/bridge';
import { SAMPLES } from '../../../shared/samples/index';
import { appEditor } from '../../../renderer/src/editor/appEditor';
import { saveWorkspaceFile } from '../../../renderer/src/files/saveWorkspaceFile';
import { useDocumentStore } from '../../../renderer/src/state/documentStore';

// Nothing is lost through a file: every built-in sample saved exactly as Save as… writes it,
// brought back in through the import path, and saved again gives the same bytes apart from the
// timestamps (createdAt/updatedAt, which a save is allowed to move).

/** A bridge whose save dialog always says yes and keeps what was written. */
function recordingBridge(): { bridge: Bridge; written: SaveTextFileRequest[] } {
  const written: SaveTextFileRequest[] = [];
  const refuse = (): never => {
    throw new Error('not used');
  };
  const bridge: Bridge = {
    appInfo: refuse,
    openTextFile: refuse,
    saveTextFile: async (request) => {
      written.push(request);
      return { canceled: false, fileName: request.suggestedName };
    },
    saveBinaryFile: refuse,
    printToPdf: refuse,
  };
  return { bridge, written };
}

const TIMESTAMP = /("(?:createdAt|updatedAt)": )"[^"]*"/g;
const withoutTimestamps = (text: string): string => text.replace(TIMESTAMP, '$1"…"');

describe.each(SAMPLES.map((s) => [s.id, s] as const))(
  'the sample %s through a .ccgm file',
  (_id, sample) => {
    it('saves, imports and saves again byte-identical apart from timestamps', async () => {
      const { bridge, written } = recordingBridge();
      await saveWorkspaceFile(bridge, sample.create());
      const first = written[0];
      if (!first) throw new Error('nothing was saved');

      const plan = await appEditor().planImport({
        fileName: first.suggestedName,
        text: first.text,
      });
      if (plan.kind !== 'valid') throw new Error(plan.errors.join('\n'));
      await appEditor().importPlanned(plan);
      await saveWorkspaceFile(bridge, useDocumentStore.getState().workspace);
      const second = written[1];
      if (!second) throw new Error('nothing was saved the second time');

      expect(second.suggestedName).toBe(first.suggestedName);
      expect(withoutTimestamps(second.text)).toBe(withoutTimestamps(first.text));
      // The timestamps are the only lines masked, and there are exactly two of them.
      expect(first.text.match(TIMESTAMP)).toHaveLength(2);
    });
  },
);
