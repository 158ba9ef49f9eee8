// The pure half of the Electronegativity gate: reading its CSV report and deciding which findings
// fail the build. Kept apart from the runner so unit tests check the rules on fixed text.
import Papa from 'papaparse';

/** Severities that fail the build unless a reviewed allow-list entry explains them. */
export const BLOCKING_SEVERITIES = new Set(['HIGH', 'MEDIUM']);

/**
 * Findings from the issues Electronegativity's run() returns. (Its own CSV writer starts the
 * header write and the rows' append at once without waiting, and here the header overwrote the
 * first rows; so the returned issues are read, and the CSV report is written from them.)
 * `prefix` is the scanned folder, so a file is named from the repository root
 * ("electron/main/index.ts"); global checks, which have no file, get "<prefix>/N/A".
 */
export function toFindings(issues, prefix) {
  return issues.map((issue) => {
    const file = String(issue.file ?? 'N/A').replace(/\\/g, '/');
    return {
      check: String(issue.id),
      severity: String(issue.severity?.name ?? '').toUpperCase(),
      confidence: String(issue.confidence?.name ?? '').toUpperCase(),
      file: `${prefix}/${file === '' ? 'N/A' : file}`,
      location: `${issue.location?.line ?? 0}:${issue.location?.column ?? 0}`,
      description: String(issue.description ?? ''),
      manualReview: Boolean(issue.manualReview),
    };
  });
}

/** The findings as CSV, for CI to keep as a report. */
export function findingsCsv(findings) {
  return Papa.unparse(
    findings.map((f) => ({
      check: f.check,
      severity: f.severity,
      confidence: f.confidence,
      file: f.file,
      location: f.location,
      manualReview: f.manualReview,
      description: f.description,
    })),
  );
}

/**
 * Checks the allow-list's shape: every entry names a check and a file and gives a reason a
 * reviewer wrote. Returns the problems in words (empty when it is fine).
 */
export function allowListProblems(allowList) {
  if (!Array.isArray(allowList))
    return ['the allow-list must be a JSON array of { check, file, reason }'];
  const problems = [];
  allowList.forEach((entry, i) => {
    for (const field of ['check', 'file', 'reason']) {
      if (typeof entry?.[field] !== 'string' || entry[field].trim() === '')
        problems.push(`entry ${i + 1}: "${field}" must be non-empty text`);
    }
    if (typeof entry?.reason === 'string' && entry.reason.trim().length < 20)
      problems.push(`entry ${i + 1}: the reason must explain why (at least 20 characters)`);
  });
  return problems;
}

/**
 * Splits findings into those that fail the build (HIGH or MEDIUM, not allow-listed) and the
 * allow-list entries that matched nothing (stale: the code changed, so the entry should go).
 */
export function judgeFindings(findings, allowList) {
  const matches = (a, f) => a.check === f.check && fileMatches(a.file, f.file);
  const listed = (f) => allowList.some((a) => matches(a, f));
  const blocking = findings.filter((f) => BLOCKING_SEVERITIES.has(f.severity) && !listed(f));
  const stale = allowList.filter((a) => !findings.some((f) => matches(a, f)));
  return { blocking, stale };
}

/**
 * An entry names one file exactly; `*` in it stands for the content hash a bundler puts in a
 * chunk's name (never a `/`), so a reviewed third-party chunk stays listed across builds.
 */
function fileMatches(pattern, file) {
  if (!pattern.includes('*')) return pattern === file;
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]*');
  return new RegExp(`^${source}$`).test(file);
}
