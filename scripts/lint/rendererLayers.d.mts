// Types for rendererLayers.mjs (plain JavaScript so the eslint config can import it).
export interface RendererLayer {
  readonly name: string;
  readonly folders: readonly string[];
}
export interface RendererLayerPattern {
  readonly regex: string;
  readonly message: string;
}
export declare const rendererLayers: readonly RendererLayer[];
export declare function layerOf(folder: string): number | undefined;
export declare function rendererLayerPatterns(layerIndex: number): RendererLayerPattern[];
export declare function rendererLayerFiles(layerIndex: number): string[];
