import { useEffect, useState } from 'react';
import type { Slide } from '../../../shared/model/workspace';

/** "14:05": the time of day, as a presenter glances at it. */
export function clockText(now: Date): string {
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}

/** The time of day, renewed every few seconds (a minute's display never lags by more). */
function useClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 5_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/**
 * What only the presenter needs: this slide's notes, the next slide's title and a clock. The
 * room sees the same screen, so it shows only when asked for (N) and goes with N again.
 */
export function PresenterView({
  slide,
  next,
}: {
  readonly slide: Slide | undefined;
  readonly next: Slide | undefined;
}) {
  const now = useClock();
  return (
    <section className="presenter-view" aria-label="Presenter view">
      <div className="presenter-notes">
        <h2>Notes</h2>
        <p>{slide?.notes?.trim() ? slide.notes : 'No notes for this slide.'}</p>
      </div>
      <div className="presenter-next">
        <h2>Next</h2>
        <p>{next ? next.title : 'This is the last slide.'}</p>
      </div>
      <div className="presenter-clock">
        <h2>Time</h2>
        <p>
          <time dateTime={now.toISOString()}>{clockText(now)}</time>
        </p>
      </div>
    </section>
  );
}
