import { replacementWords, type cleanStrings } from '../../../shared/text/cleanStrings';

/** "Name: 1 character … was replaced with "�"." — naming the field the text was typed into. */
export function textNotice(replaced: ReturnType<typeof cleanStrings>['replaced']): string {
  const fields = [...new Set(replaced.map(({ path }) => fieldWord(path)))];
  const count = replaced.reduce((n, r) => n + r.count, 0);
  return `${fields.join(', ')}: ${replacementWords(count)}.`;
}

function fieldWord(path: readonly (string | number)[]): string {
  const key = [...path].reverse().find((k): k is string => typeof k === 'string') ?? 'text';
  const word = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return word.charAt(0).toUpperCase() + word.slice(1);
}
