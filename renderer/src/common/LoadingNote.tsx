/**
 * Shown while a part of the app loaded on first use (Compare, workshop mode) arrives: a polite
 * status, so a screen reader says what is coming instead of silence.
 */
export function LoadingNote({ what }: { readonly what: string }) {
  return (
    <p className="loading-note muted" role="status">
      Loading {what}…
    </p>
  );
}
