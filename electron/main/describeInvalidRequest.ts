/**
 * One readable line for a payload that failed its zod schema. Only our own renderer calls the
 * bridge, so this is a programming error, but it still comes back as a result, never a throw.
 */
import type { z } from 'zod';

export function describeInvalidRequest(action: string, error: z.ZodError): string {
  const details = error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'request'}: ${issue.message}`)
    .join('; ');
  return `Invalid request to ${action}: ${details}`;
}
