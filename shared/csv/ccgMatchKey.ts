/**
 * A CCG name as matched, in a file and against a scenario: case and spacing ignored, and a
 * leading "NHS " and a trailing " CCG", which lists use or leave off at will.
 * "  NHS Northvale  ccg " → "northvale".
 */
export function ccgMatchKey(name: string): string {
  return name
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^nhs /, '')
    .replace(/ ccg$/, '')
    .trim();
}
