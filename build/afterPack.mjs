// electron-builder afterPack hook (electron-builder.yml › afterPack): flips Electron's fuses in
// the packaged binary, before it is signed, so the shipped app cannot be turned into something
// else. Each fuse here closes a way to run code the app did not ship:
//   RunAsNode off                  ELECTRON_RUN_AS_NODE=1 would make the app a plain Node.js runtime
//   NodeOptions env off            NODE_OPTIONS=--require … would inject code into the main process
//   Node CLI inspect off           --inspect / --inspect-brk would open a debugger on the main process
//   asar integrity validation on   a tampered app.asar is refused (macOS and Windows)
//   only load app from asar on     a loose resources/app folder beside app.asar is never loaded
//   cookie encryption on           cookies are encrypted at rest with the OS keychain
// ESM because @electron/fuses is ESM-only. Must not import Electron (it would download it).
import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

/** The fuses every packaged build gets (tests/unit/electron/packaging.test.ts checks them). */
export const FUSES = Object.freeze({
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
});

/**
 * The @electron/fuses configuration for one packaged platform. On macOS, flipping a fuse breaks
 * the binary's ad-hoc signature, which Apple silicon refuses to run: re-sign it ad hoc (a real
 * signing identity, if configured, signs over it afterwards).
 * @param {string} electronPlatformName 'darwin' | 'mas' | 'win32' | 'linux'
 */
export function fuseConfig(electronPlatformName) {
  const isMac = electronPlatformName === 'darwin' || electronPlatformName === 'mas';
  return { version: FuseVersion.V1, resetAdHocDarwinSignature: isMac, ...FUSES };
}

/**
 * Where electron-builder put the app's Electron binary for this platform (the same rule as its
 * own addElectronFuses, which would use the older @electron/fuses it bundles, not ours).
 * @param {Pick<import('electron-builder').AfterPackContext, 'appOutDir' | 'electronPlatformName'> & { packager: { appInfo: { productFilename: string }, executableName?: string } }} context
 */
export function electronBinaryPath({ appOutDir, electronPlatformName, packager }) {
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas')
    return join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${name}.exe`);
  return join(appOutDir, packager.executableName ?? name); // Linux: the lower-case executable name
}

/**
 * The hook: flips the fuses in the packaged binary (before electron-builder signs it).
 * @param {import('electron-builder').AfterPackContext} context
 * @param {typeof flipFuses} flip @electron/fuses's flipFuses; tests pass a recorder
 */
export default async function afterPack(context, flip = flipFuses) {
  await flip(electronBinaryPath(context), fuseConfig(context.electronPlatformName));
}
