/** The most CCGs the results panel lists: at projector size more would not fit without scrolling. */
export const MAX_FIGURES = 8;

/**
 * Which CCGs the results panel lists, in order: the slide's highlighted ones first, then the
 * rest in the scenario's order, at most `max`; `more` counts the ones left out (the "+N more" line).
 */
export function figuresShown<T extends { readonly id: string }>(
  ccgs: readonly T[],
  highlighted: ReadonlySet<string>,
  max = MAX_FIGURES,
): { readonly shown: readonly T[]; readonly more: number } {
  const ordered = [
    ...ccgs.filter((c) => highlighted.has(c.id)),
    ...ccgs.filter((c) => !highlighted.has(c.id)),
  ];
  const shown = ordered.slice(0, Math.max(0, max));
  return { shown, more: ordered.length - shown.length };
}
