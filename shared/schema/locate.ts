/**
 * Turns a path into a workspace document into words a finance lead can follow:
 * ['scenarios', 1, 'arrangements', 0, 'members', 2] → `scenario "Option B" › arrangement "North shared service"`
 * with the remaining field path ("members[2]") returned separately.
 */

const NODE_KIND_WORDS: Readonly<Record<string, string>> = {
  cluster: 'cluster',
  ccg: 'CCG',
  locality: 'locality',
  localAuthority: 'local authority',
  provider: 'provider',
};

type PathKey = string | number;

function at(value: unknown, key: PathKey): unknown {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
  return (value as Record<string | number, unknown>)[key];
}

function label(value: unknown, fallback: string): string {
  const n = at(value, 'name');
  if (typeof n === 'string' && n.trim()) return `"${clip(n)}"`;
  const i = at(value, 'id');
  if (typeof i === 'string' && i.trim()) return `"${clip(i)}"`;
  return fallback;
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

export interface Location {
  /** Where, in named steps: `scenario "Option B" › arrangement "North"`; empty at the top. */
  readonly where: string;
  /** The field inside it, e.g. "population" or "members[2]"; empty for the thing itself. */
  readonly field: string;
}

export function locate(root: unknown, path: readonly PathKey[]): Location {
  const steps: string[] = [];
  let value = root;
  let i = 0;
  const take = (n: number) => {
    for (let k = 0; k < n; k++) value = at(value, path[i + k] as PathKey);
    i += n;
  };
  if (path[0] === 'scenarios' && typeof path[1] === 'number') {
    take(2);
    steps.push(`scenario ${label(value, `#${(path[1] as number) + 1}`)}`);
    const section = path[i];
    const idx = path[i + 1];
    if (
      (section === 'nodes' || section === 'arrangements' || section === 'laOverlaps') &&
      typeof idx === 'number'
    ) {
      take(2);
      if (section === 'nodes') {
        const kind = at(value, 'kind');
        const word =
          typeof kind === 'string' && NODE_KIND_WORDS[kind] ? NODE_KIND_WORDS[kind] : 'node';
        steps.push(`${word} ${label(value, `#${idx + 1}`)}`);
      } else if (section === 'arrangements') {
        steps.push(`arrangement ${label(value, `#${idx + 1}`)}`);
      } else {
        const ccg = at(value, 'ccgId');
        const la = at(value, 'laId');
        steps.push(
          typeof ccg === 'string' && typeof la === 'string'
            ? `local authority link "${clip(ccg)}" → "${clip(la)}"`
            : `local authority link #${idx + 1}`,
        );
      }
    } else if (section === 'assumptionOverrides') {
      take(1);
      steps.push('assumption overrides');
      if (path[i] === 'functions' && typeof path[i + 1] === 'number') {
        const fIdx = path[i + 1] as number;
        take(2);
        steps.push(
          `function ${label(at(value, 'id') !== undefined ? { id: at(value, 'id') } : value, `#${fIdx + 1}`)}`,
        );
      }
    }
  } else if (path[0] === 'slides' && typeof path[1] === 'number') {
    const sIdx = path[1];
    take(2);
    const title = at(value, 'title');
    steps.push(
      `slide ${typeof title === 'string' && title.trim() ? `"${clip(title)}"` : `#${sIdx + 1}`}`,
    );
  } else if (path[0] === 'assumptions') {
    take(1);
    steps.push('assumptions');
    if (path[i] === 'functions' && typeof path[i + 1] === 'number') {
      const fIdx = path[i + 1] as number;
      take(2);
      const fid = at(value, 'id');
      steps.push(`function ${typeof fid === 'string' ? `"${clip(fid)}"` : `#${fIdx + 1}`}`);
    }
  }
  const rest = path.slice(i);
  const field = rest.reduce<string>(
    (s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : String(k)),
    '',
  );
  return { where: steps.join(' › '), field };
}

/**
 * One located message: `where: field: problem`, leaving out empty parts; a problem with the
 * document as a whole (an unknown top-level field) is located at `file`, like migration's messages.
 */
export function located(where: string, field: string, problem: string): string {
  const head = [where, field].filter(Boolean).join(': ');
  return `${head || 'file'}: ${problem}`;
}
