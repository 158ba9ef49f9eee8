import type { Severity, Status } from '../../../shared/costing/results';
import { formatCap, statusLabel } from '../../../shared/format/format';

/** The icon shown with each status, so colour is never the only signal (DESIGN.md §6). */
export const STATUS_ICON: Readonly<Record<Status, string>> = { within: '✓', tight: '!', over: '✕' };

/** "✓ Within", "! Tight", "✕ Over". */
export function statusBadgeText(status: Status): string {
  return `${STATUS_ICON[status]} ${statusLabel(status)}`;
}

/** "✕ Over £25": the badge on a card, which puts the per-head figure against the allowance a head. */
export function statusBadgeWithCap(status: Status, cap: number): string {
  return `${statusBadgeText(status)} ${formatCap(cap)}`;
}

export const SEVERITY_ICON: Readonly<Record<Severity, string>> = {
  error: '✕',
  warning: '!',
  info: 'i',
};
/** The one flag of the most serious kind is a CCG over its allowance: finance leads call that a breach. */
export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
  error: 'Breach',
  warning: 'Warning',
  info: 'Note',
};
