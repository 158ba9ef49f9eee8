/** The first free "New CCG 1", "New CCG 2", … among the names already used. */
export function nextName(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) {
    const name = `${base} ${n}`;
    if (!used.has(name)) return name;
  }
}
