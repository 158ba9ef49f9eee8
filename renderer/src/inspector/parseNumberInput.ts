/** What a typed number turned into: a value, or a sentence saying what to type instead. */
export type ParsedNumber =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

/**
 * Reads a number as finance leads type it: "120,000", "£2.20", " 80 000 ", "−5,000" (a typographic
 * minus, as our own formats print it). Thousands separators and a leading £ are ignored; anything
 * else that is not a plain decimal number is refused with an example of what works.
 */
export function parseNumberInput(text: string, example = '120,000'): ParsedNumber {
  const cleaned = text
    .trim()
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/^(-?)£/, '$1')
    .replace(/[,\s]/g, '');
  if (cleaned === '') return { ok: false, message: `Enter a number, such as ${example}` };
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(cleaned))
    return {
      ok: false,
      message: `“${clip(text.trim())}” is not a number: type digits, such as ${example}`,
    };
  const value = Number(cleaned);
  // Hundreds of digits parse as Infinity, which no field can hold.
  if (!Number.isFinite(value))
    return {
      ok: false,
      message: `“${clip(text.trim())}” is too large: type a number such as ${example}`,
    };
  return { ok: true, value };
}

/** Typed text as quoted back in a message, cut short. */
function clip(text: string): string {
  return text.length > 18 ? `${text.slice(0, 17)}…` : text;
}

/**
 * Reads a percentage typed as "75", "75%" or "62.5 %" into a share from 0 to 1; refuses anything
 * outside 0–100% here, because a share of a population cannot be more than all of it.
 */
export function parsePercentInput(text: string): ParsedNumber {
  const parsed = parseNumberInput(text.trim().replace(/%$/, ''), '75%');
  if (!parsed.ok) return parsed;
  if (parsed.value < 0 || parsed.value > 100)
    return { ok: false, message: `Enter a percentage from 0 to 100, not ${clip(text.trim())}` };
  return { ok: true, value: parsed.value / 100 };
}
