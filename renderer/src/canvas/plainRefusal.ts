/**
 * A refusal from applyEdit made plainer for the notice area: the leading `scenario "…" › ` is
 * dropped (the scenario is the one on screen), keeping the located rest, which names the thing
 * and the field. Several refusals are joined into one message.
 */
export function plainRefusal(errors: readonly string[]): string {
  const plain = errors.map((e) => e.replace(/^scenario "[^"]*" › /, ''));
  return plain.join(' ') || 'That change was refused.';
}
