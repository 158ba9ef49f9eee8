/**
 * The part of a located validator message that belongs beside one field. The validator says
 * `scenario "S" › CCG "Ashby": population: must be a positive number of people`; beside the
 * population box "Must be a positive number of people" is enough, since the box says where.
 * Messages about something else (another organisation, a whole arrangement) are kept whole.
 */
export function fieldMessage(errors: readonly string[], field?: string): string {
  if (field) {
    const marker = `: ${field}: `;
    for (const e of errors) {
      const at = e.indexOf(marker);
      if (at >= 0) return capitalise(e.slice(at + marker.length));
    }
  }
  return errors[0] ?? 'This change was refused.';
}

function capitalise(s: string): string {
  return s.length > 0 ? `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}` : s;
}
