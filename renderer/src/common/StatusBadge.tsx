import type { Status } from '../../../shared/costing/results';
import { statusBadgeText } from './statusDisplay';

/** Status as colour and text with an icon: "✓ Within", "! Tight", "✕ Over". */
export function StatusBadge({
  status,
  suffix,
}: {
  readonly status: Status;
  readonly suffix?: string;
}) {
  return (
    <span className={`status-badge status-${status}`}>
      {statusBadgeText(status)}
      {suffix ? ` ${suffix}` : ''}
    </span>
  );
}
