/**
 * Text that XML 1.0 cannot hold: C0 controls other than tab, newline and carriage return,
 * U+FFFE and U+FFFF, and UTF-16 surrogates that are not part of a pair. One such character
 * makes an SVG not well-formed (so no PNG can be drawn from it either) and an XLSX part
 * unreadable, so everything written as XML passes through here on the way out.
 *
 * Surrogates are matched with look-arounds on a non-unicode regex: a `u` regex would treat a
 * lone surrogate as a code point of its own, but pairing is exactly what must be checked.
 */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- matching control characters is this module's job
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The replacement character, the usual stand-in for a character that cannot be shown. */
export const XML_REPLACEMENT = '\uFFFD';

/** `text` with each character XML cannot hold replaced by U+FFFD; valid text comes back unchanged. */
export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, XML_REPLACEMENT);
}

/** Whether `text` holds any character XML cannot hold. */
export function hasXmlInvalid(text: string): boolean {
  XML_INVALID.lastIndex = 0;
  const found = XML_INVALID.test(text);
  XML_INVALID.lastIndex = 0;
  return found;
}
