// What shared/ uses of papaparse (only `unparse`), for type-checking shared/ on its own
// (shared/tsconfig.json maps 'papaparse' here): @types/papaparse pulls in Node's types for its
// streaming parser, which would let a stray `process` or `Buffer` in shared/ type-check. The
// whole project (tsconfig.json) checks the same code against the real types.
export interface UnparseConfig {
  readonly newline?: string;
  readonly header?: boolean;
  readonly escapeFormulae?: boolean | RegExp;
}
export function unparse(data: readonly (readonly unknown[])[], config?: UnparseConfig): string;
declare const Papa: { readonly unparse: typeof unparse };
export default Papa;
