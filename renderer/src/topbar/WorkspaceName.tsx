import { useState } from 'react';
import { RenameForm } from '../library/RenameForm';
import type { CommandOutcome } from '../persistence/persistenceSession';

export interface WorkspaceNameProps {
  readonly name: string;
  /** Renames the workspace; absent, the name is plain text. */
  readonly onRename?: (name: string) => Promise<CommandOutcome>;
}

/**
 * The workspace's name as the window's heading; a click (or Enter) on it turns it into a field:
 * Enter saves, Esc cancels, an empty name is refused beside the field.
 */
export function WorkspaceName({ name, onRename }: WorkspaceNameProps) {
  const [editing, setEditing] = useState(false);
  if (!onRename) return <h1 className="workspace-name">{name}</h1>;
  if (editing) {
    return (
      <div className="workspace-rename">
        <RenameForm
          currentName={name}
          onSave={async (next) => {
            const outcome = await onRename(next);
            if (outcome.ok) setEditing(false);
            return outcome;
          }}
          onCancel={() => setEditing(false)}
        />
      </div>
    );
  }
  return (
    <h1 className="workspace-name">
      <button
        type="button"
        className="workspace-name-button"
        onClick={() => setEditing(true)}
        aria-label={`${name} (rename workspace)`}
        title="Rename the workspace"
      >
        {name}
      </button>
    </h1>
  );
}
