/** What the palette can add. A CSU and other providers are separate items: they play different parts. */
export type PaletteKind = 'cluster' | 'ccg' | 'locality' | 'localAuthority' | 'csu' | 'provider';

export interface PaletteItem {
  readonly kind: PaletteKind;
  /** The button's visible label. */
  readonly label: string;
  /** Its accessible name and tooltip: says what a click does. */
  readonly description: string;
}

export const PALETTE_ITEMS: readonly PaletteItem[] = [
  { kind: 'cluster', label: 'Cluster', description: 'Add a PCT cluster' },
  { kind: 'ccg', label: 'CCG', description: 'Add a CCG' },
  { kind: 'locality', label: 'Locality', description: 'Add a locality to the selected CCG' },
  { kind: 'localAuthority', label: 'Local authority', description: 'Add a local authority' },
  { kind: 'csu', label: 'CSU', description: 'Add a commissioning support unit' },
  {
    kind: 'provider',
    label: 'Provider',
    description: 'Add an external provider (private, social enterprise or third sector)',
  },
];

/** The drag-and-drop data type of a palette item; its value is the PaletteKind. */
export const PALETTE_MIME = 'application/x-ccg-modeller-palette';

export function isPaletteKind(value: string): value is PaletteKind {
  return PALETTE_ITEMS.some((i) => i.kind === value);
}
