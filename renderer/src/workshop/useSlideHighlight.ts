import { useLayoutEffect, type RefObject } from 'react';
import type { Scenario, SlideHighlight } from '../../../shared/model/workspace';

/** The attribute that marks what stays bright; everything else in the canvas is dimmed (workshop.css). */
const KEEP = 'data-workshop-keep';

/** The ids a highlight keeps bright: a CCG; or an arrangement with its members, host, council and provider. */
export function keptIds(
  highlight: SlideHighlight | undefined,
  scenario: Scenario,
): ReadonlySet<string> | null {
  if (!highlight || highlight.kind === 'comparison') return null;
  if (highlight.kind === 'ccg') return new Set([highlight.id]);
  const arr = scenario.arrangements.find((a) => a.id === highlight.id);
  if (!arr) return null;
  return new Set(
    [arr.id, ...arr.members, arr.hostCcgId, arr.laId, arr.providerId].filter(
      (id): id is string => id !== undefined,
    ),
  );
}

/**
 * Dims the canvas round a slide's highlighted CCG or arrangement. It marks the kept elements
 * with an attribute React does not manage (so re-renders leave it alone) and the stage with a
 * class; names and roles are untouched, so the highlighted card keeps its accessible name.
 * Side effect: writes attributes into the canvas DOM under `stage`, and removes them on change.
 */
export function useSlideHighlight(
  stage: RefObject<HTMLElement | null>,
  highlight: SlideHighlight | undefined,
  scenario: Scenario,
  redrawKey: unknown,
): void {
  useLayoutEffect(() => {
    const root = stage.current;
    const kept = keptIds(highlight, scenario);
    if (!root || !kept) return;
    root.classList.add('has-highlight');
    for (const el of root.querySelectorAll('.layer-nodes > [data-node-id]')) {
      if (kept.has(el.getAttribute('data-node-id') ?? '')) el.setAttribute(KEEP, '');
    }
    if (highlight?.kind === 'arrangement') {
      const edge = root
        .querySelector(`.hub-edges [data-hub="${CSS.escape(highlight.id)}"]`)
        ?.closest('.hub-edges');
      edge?.setAttribute(KEEP, '');
    }
    return () => {
      root.classList.remove('has-highlight');
      for (const el of root.querySelectorAll(`[${KEEP}]`)) el.removeAttribute(KEEP);
    };
  }, [stage, highlight, scenario, redrawKey]);
}
