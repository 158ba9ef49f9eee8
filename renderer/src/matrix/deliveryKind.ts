import type { DeliveryMode } from '../../../shared/costing/results';
import { MODEL_RULES } from '../../../shared/model/arrangementModels';

/** The question of the day (DESIGN.md §1): does a CCG do a function, share it, or buy it? */
export type DeliveryKind = 'do' | 'share' | 'buy';

/** In-house is "do"; shared service, host CCG and LA partnership "share"; CSU and external "buy". */
export function deliveryKind(mode: DeliveryMode): DeliveryKind {
  if (mode === 'in-house') return 'do';
  return MODEL_RULES[mode].bought ? 'buy' : 'share';
}

export const DELIVERY_LABEL: Readonly<Record<DeliveryKind, string>> = {
  do: 'Do',
  share: 'Share',
  buy: 'Buy',
};

/** Shown with the word, never instead of it: a house, two arrows, a pound sign. */
export const DELIVERY_ICON: Readonly<Record<DeliveryKind, string>> = {
  do: '⌂',
  share: '⇄',
  buy: '£',
};
