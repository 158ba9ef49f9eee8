// Types for build/afterPack.mjs, so the TypeScript tests can import it.
import type { flipFuses, FuseV1Config, FuseV1Options } from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';

export declare const FUSES: Readonly<Partial<Record<FuseV1Options, boolean>>>;
export declare function fuseConfig(electronPlatformName: string): FuseV1Config;
export declare function electronBinaryPath(context: {
  readonly appOutDir: string;
  readonly electronPlatformName: string;
  readonly packager: {
    readonly appInfo: { readonly productFilename: string };
    readonly executableName?: string;
  };
}): string;
export default function afterPack(
  context: AfterPackContext,
  flip?: typeof flipFuses,
): Promise<void>;
