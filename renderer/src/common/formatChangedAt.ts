const BRITISH = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** An ISO time the British way, in local time: "5 March 2026, 14:03". */
export function formatChangedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // Some ICU versions join date and time with " at "; a comma reads better in a table.
  return BRITISH.format(date).replace(' at ', ', ');
}
