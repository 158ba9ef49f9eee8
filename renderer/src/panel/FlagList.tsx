import type { RiskFlag } from '../../../shared/costing/results';
import { SEVERITY_ICON, SEVERITY_LABEL } from '../common/statusDisplay';

export interface FlagListProps {
  readonly flags: readonly RiskFlag[];
  /** Selects a flag's subject (its CCG or arrangement). */
  readonly onSelect: (id: string) => void;
  readonly emptyText?: string;
}

/** Risk flags, each with its severity as icon and text; choosing one selects its subject. */
export function FlagList({ flags, onSelect, emptyText = 'No risk flags.' }: FlagListProps) {
  if (flags.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <ul className="flag-list">
      {flags.map((f, i) => (
        <li key={`${f.id}:${f.subject}:${i}`}>
          <button
            type="button"
            className={`flag severity-${f.severity}`}
            onClick={() => onSelect(f.subject)}
          >
            <span className="flag-severity">
              <span aria-hidden="true" className="flag-icon">
                {SEVERITY_ICON[f.severity]}
              </span>{' '}
              {SEVERITY_LABEL[f.severity]}
            </span>
            <span className="flag-message">{f.message}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
