/** One export command as the File menu lists it. */
export interface ExportMenuItem {
  readonly id: string;
  readonly label: string;
  /** Small text on the right: "this scenario", "all scenarios". */
  readonly hint?: string;
  /** Draws a line above this item. */
  readonly separated?: boolean;
  run(): void;
}
