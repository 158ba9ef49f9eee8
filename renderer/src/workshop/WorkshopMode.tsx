import { useCallback, useEffect, useRef } from 'react';
import type { Slide } from '../../../shared/model/workspace';
import { Canvas } from '../canvas/Canvas';
import { resolvedAssumptionsCached } from '../state/costScenarioCached';
import { useDocumentStore } from '../state/documentStore';
import { useUiStore } from '../state/uiStore';
import { useCurrentScenario } from '../state/useCurrentScenario';
import { useScenarioResult } from '../state/useScenarioResult';
import { costWithWhatIfs } from '../state/costWithWhatIfs';
import { followFullscreenExit, leaveWorkshop } from './presenter';
import { slidePosition, slideStep, type SlideStep } from './slideStepping';
import { useCommandHandlers } from '../commands/commandHandlers';
import { ariaKeys } from '../commands/keys';
import { command } from '../commands/registry';
import { PresentationDiagram } from './PresentationDiagram';
import { PresenterView } from './PresenterView';
import { useFitTitle } from './useFitTitle';
import { keptIds, useSlideHighlight } from './useSlideHighlight';
import { WhatIfPanel } from './WhatIfPanel';
import { WorkshopComparison } from './WorkshopComparison';
import { WorkshopFigures } from './WorkshopFigures';
import { useWorkshopStore } from '../state/workshopStore';
import './workshop.css';
import { appEditor } from '../editor/appEditor';
import { useEditor } from '../editor/EditorContext';

/** Shows a slide: its scenario, its year, and its camera on the canvas. */
function showSlide(slide: Slide): void {
  const editor = appEditor();
  if (useUiStore.getState().scenarioId !== slide.scenarioId) editor.showScenario(slide.scenarioId);
  else editor.select(null);
  editor.showYear(slide.yearId ?? null);
  editor.requestCamera(slide.camera);
}

/**
 * Workshop mode: the slide (or, with no slides, the current view) in large, high-contrast type
 * with no editing chrome: title and "3 of 7", the presentation rendering of the canvas (or the
 * live canvas, D; or a comparison), the figures, the what-if sliders (W) and a strip of every
 * slide; the presenter view (notes, next slide, clock) only when asked for (N). On the live
 * canvas the presenter can drag a locality (a real, undoable edit); what-ifs are session-only
 * and go when workshop mode is left.
 */
export function WorkshopMode() {
  const workspace = useDocumentStore((s) => s.workspace);
  const slides = workspace.slides ?? [];
  const storedIndex = useWorkshopStore((s) => s.slideIndex);
  const whatIfs = useWorkshopStore((s) => s.whatIfs);
  const editor = useEditor();
  const presenterView = useWorkshopStore((s) => s.presenterView);
  const whatIfsHidden = useWorkshopStore((s) => s.whatIfsHidden);
  const liveCanvas = useWorkshopStore((s) => s.liveCanvas);
  const index = Math.min(storedIndex, Math.max(0, slides.length - 1));
  const slide: Slide | undefined = slides[index];
  const scenario = useCurrentScenario();
  const result = useScenarioResult();
  const stageRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);

  const highlight = slide?.scenarioId === scenario.id ? slide.highlight : undefined;
  const comparison =
    highlight?.kind === 'comparison'
      ? highlight.scenarioIds
          .filter((id) => workspace.scenarios.some((s) => s.id === id))
          .map((id) => costWithWhatIfs(workspace, id, whatIfs))
      : null;

  useEffect(() => {
    if (slide) showSlide(slide);
  }, [slide]);

  // Entering full screen resizes the view after the slide was shown: frame it again.
  useEffect(() => {
    if (!slide) return undefined;
    const onResize = (): void => appEditor().requestCamera(slide.camera);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [slide]);

  useEffect(() => followFullscreenExit(), []);

  const onStep = useCallback(
    (step: NonNullable<SlideStep>) => {
      if (step.kind === 'leave') leaveWorkshop();
      else editor.workshop.goTo(step.index);
    },
    [editor],
  );
  // Workshop mode's keys (commands/registry): → PageDown Space next, ← PageUp previous, Home End,
  // Esc leaves; N, W and D show or hide the presenter view, the what-if bar and the live canvas.
  useCommandHandlers({
    stepSlide: (key) => {
      const step = slideStep(key, index, slides.length);
      if (step) onStep(step);
      return step !== null;
    },
    toggleWorkshopPart: (part) => editor.workshop.toggle(part),
  });
  // The live canvas is dimmed round the subject; the presentation rendering does its own.
  useSlideHighlight(stageRef, liveCanvas ? highlight : undefined, scenario, result);

  const title = slide?.title ?? scenario.name;
  useFitTitle(titleRef, title);
  const highlightId = highlight && highlight.kind !== 'comparison' ? highlight.id : undefined;
  const highlighted = keptIds(highlight, scenario) ?? undefined;

  return (
    <div className="workshop" role="region" aria-label="Workshop mode">
      <header className="workshop-bar">
        <div className="workshop-heading">
          <p className="workshop-position">
            {slides.length > 0 ? (
              <>
                Slide{' '}
                <span data-testid="slide-position">{slidePosition(index, slides.length)}</span>
              </>
            ) : (
              'Current view (no slides yet)'
            )}
            {' · '}
            {scenario.name}
          </p>
          <h1 className="workshop-title" ref={titleRef}>
            {title}
          </h1>
        </div>
        <div className="workshop-nav" role="toolbar" aria-label="Slides">
          <button
            type="button"
            className="workshop-button"
            onClick={() => editor.workshop.goTo(index - 1)}
            disabled={index <= 0}
          >
            <span aria-hidden="true">← </span>Previous
          </button>
          <button
            type="button"
            className="workshop-button"
            onClick={() => editor.workshop.goTo(index + 1)}
            disabled={index >= slides.length - 1}
          >
            Next<span aria-hidden="true"> →</span>
          </button>
          {/* Toggles say their state with a tick as well as the pressed style. */}
          <button
            type="button"
            className="workshop-button workshop-toggle"
            aria-pressed={presenterView}
            aria-keyshortcuts={ariaKeys(command('presenter-view').keys)}
            onClick={() => editor.workshop.toggle('presenterView')}
          >
            Notes (N)
          </button>
          <button
            type="button"
            className="workshop-button workshop-toggle"
            aria-pressed={!whatIfsHidden}
            aria-keyshortcuts={ariaKeys(command('what-if-bar').keys)}
            onClick={() => editor.workshop.toggle('whatIfsHidden')}
          >
            What-ifs (W)
          </button>
          {!comparison && (
            <button
              type="button"
              className="workshop-button workshop-toggle"
              aria-pressed={liveCanvas}
              aria-keyshortcuts={ariaKeys(command('live-canvas').keys)}
              onClick={() => editor.workshop.toggle('liveCanvas')}
            >
              Live canvas (D)
            </button>
          )}
          <button type="button" className="workshop-button" onClick={leaveWorkshop}>
            Leave (Esc)
          </button>
        </div>
      </header>
      {/* Past four CCGs the results panel widens, so each keeps to one line. */}
      <div
        className={
          comparison
            ? 'workshop-body is-comparison'
            : result.ccgs.length > 4
              ? 'workshop-body has-many'
              : 'workshop-body'
        }
      >
        <div
          className={comparison || liveCanvas ? 'workshop-stage' : 'workshop-stage is-presentation'}
          ref={stageRef}
        >
          {comparison ? (
            <WorkshopComparison results={comparison} />
          ) : liveCanvas ? (
            <Canvas />
          ) : (
            <PresentationDiagram scenario={scenario} result={result} highlight={highlight} />
          )}
        </div>
        {/* Keyed by slide: each slide's list starts at the top. */}
        {!comparison && (
          <WorkshopFigures
            key={slide?.id ?? ''}
            result={result}
            scenario={scenario}
            {...(highlighted ? { highlighted } : {})}
            {...(highlightId ? { markedId: highlightId } : {})}
          />
        )}
      </div>
      {/* The presenter view takes the what-if bar's and the strip's room, so the slide keeps its size. */}
      {presenterView ? (
        <PresenterView slide={slide} next={slides[index + 1]} />
      ) : (
        !whatIfsHidden && <WhatIfPanel base={resolvedAssumptionsCached(workspace, scenario.id)} />
      )}
      {slides.length > 0 && !presenterView && (
        <nav className="workshop-strip" aria-label="All slides">
          <ol>
            {slides.map((s, i) => (
              <li key={s.id}>
                <button
                  type="button"
                  aria-current={i === index ? 'step' : undefined}
                  onClick={() => editor.workshop.goTo(i)}
                >
                  <span className="workshop-strip-number">{i + 1}</span> {s.title}
                </button>
              </li>
            ))}
          </ol>
        </nav>
      )}
    </div>
  );
}
