import type { PaletteKind } from './paletteItems';

/**
 * A small drawing of each palette item, echoing how the canvas draws it (a dashed region, a card
 * with a status strip, a chip, a banded box, a stadium). Inline SVG rather than symbol
 * characters: those depend on the system's fonts, and an offline laptop may lack them.
 */
export function PaletteIcon({ kind }: { readonly kind: PaletteKind | 'new' }) {
  return (
    <svg
      className={`palette-icon palette-icon-${kind}`}
      width="26"
      height="20"
      viewBox="0 0 26 20"
      aria-hidden="true"
      focusable="false"
    >
      {kind === 'cluster' && (
        <rect
          x="1.5"
          y="1.5"
          width="23"
          height="17"
          rx="2"
          fill="none"
          strokeDasharray="3 2"
          strokeWidth="1.6"
        />
      )}
      {kind === 'ccg' && (
        <>
          <rect x="1.5" y="3.5" width="23" height="13" rx="2" fill="#fff" strokeWidth="1.6" />
          <rect x="1.5" y="3.5" width="4" height="13" rx="1" className="palette-icon-fill" />
        </>
      )}
      {kind === 'locality' && (
        <rect x="2" y="6" width="22" height="8" rx="4" className="palette-icon-fill" />
      )}
      {kind === 'localAuthority' && (
        <>
          <rect x="2.5" y="2.5" width="21" height="15" fill="#fff" strokeWidth="1.6" />
          <rect x="2.5" y="2.5" width="21" height="4" className="palette-icon-fill" />
        </>
      )}
      {(kind === 'csu' || kind === 'provider') && (
        <rect x="1.5" y="4.5" width="23" height="11" rx="5.5" fill="#fff" strokeWidth="2" />
      )}
      {kind === 'new' && (
        <>
          <path
            d="M6 1.5h10l4.5 4.5v12.5h-14.5z"
            fill="#fff"
            strokeWidth="1.5"
            strokeLinejoin="round"
          />
          <path d="M13 8v7M9.5 11.5h7" strokeWidth="1.8" strokeLinecap="round" />
        </>
      )}
    </svg>
  );
}
