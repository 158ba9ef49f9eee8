/**
 * Key combinations, spelled once as `[Mod+][Alt+][Shift+]Key` where Mod is Ctrl, or ⌘ on a Mac,
 * and Key is a `KeyboardEvent.key` value (letters upper case, `Space` for the space bar). The
 * same spelling is matched against key presses and rendered for the help, menus and tooltips.
 */
export type KeySpec = string;

export interface KeyPress {
  readonly key: string;
  /** The physical key (`KeyY`); Alt+letter is matched by it, because on a Mac Alt+Y types "¥". */
  readonly code?: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

interface ParsedKey {
  readonly mod: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
  readonly key: string;
}

export function parseKey(spec: KeySpec): ParsedKey {
  // The key itself may be "+": split off the modifiers from the front only.
  let rest = spec;
  const take = (prefix: string): boolean => {
    if (rest.startsWith(prefix) && rest.length > prefix.length) {
      rest = rest.slice(prefix.length);
      return true;
    }
    return false;
  };
  const mod = take('Mod+');
  const alt = take('Alt+');
  const shift = take('Shift+');
  return { mod, alt, shift, key: rest };
}

const LETTER = /^[A-Z]$/;

/** The key a press names, in the spelling's terms (`z` → `Z`, ` ` → `Space`). */
function pressedKey(press: KeyPress): string {
  if (press.key === ' ') return 'Space';
  return press.key.length === 1 ? press.key.toUpperCase() : press.key;
}

/**
 * Whether a press is this combination. Shift must match exactly for letters and for any
 * combination with Mod or Alt; a plain symbol or named key (`?`, `+`, Delete, an arrow) also
 * matches with Shift held (Shift is how some keyboards type `?` and `+`), as F-keys do not.
 */
export function matchesKey(spec: KeySpec, press: KeyPress): boolean {
  const want = parseKey(spec);
  if (want.mod !== (press.ctrlKey || press.metaKey) || want.alt !== press.altKey) return false;
  const letter = LETTER.test(want.key);
  if (letter && want.alt) {
    if (press.code !== `Key${want.key}`) return false;
  } else if (pressedKey(press) !== want.key) {
    return false;
  }
  if (want.shift === press.shiftKey) return true;
  return !want.shift && !letter && !want.mod && !want.alt && !/^F\d+$/.test(want.key);
}

/** Whether the user's command key is ⌘ (macOS) rather than Ctrl. */
export function isMac(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)
  );
}

const SHOWN: Readonly<Record<string, string>> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
  PageUp: 'Page Up',
  PageDown: 'Page Down',
  '-': '−',
};

/** A combination as the user's keyboard shows it: `Ctrl+Shift+Z`, `⌘+Z`, `Alt+Shift+←`. */
export function keyLabel(spec: KeySpec, mac = isMac()): string {
  const k = parseKey(spec);
  return [
    k.mod ? (mac ? '⌘' : 'Ctrl') : '',
    k.alt ? 'Alt' : '',
    k.shift ? 'Shift' : '',
    SHOWN[k.key] ?? k.key,
  ]
    .filter(Boolean)
    .join('+');
}

/** Combinations in `aria-keyshortcuts` syntax, space-separated: `Control+Shift+Z Control+Y`. */
export function ariaKeys(specs: readonly KeySpec[], mac = isMac()): string {
  return specs
    .map((spec) => {
      const k = parseKey(spec);
      return [
        k.mod ? (mac ? 'Meta' : 'Control') : '',
        k.alt ? 'Alt' : '',
        k.shift ? 'Shift' : '',
        k.key,
      ]
        .filter(Boolean)
        .join('+');
    })
    .join(' ');
}
