/** The `appInfo` bridge call in the desktop shell. */
import type { AppInfo } from '../../shared/ipc/bridge';

/** `getVersion` is `app.getVersion` in the main process (the version in package.json). */
export function createAppInfoHandler(getVersion: () => string): () => Promise<AppInfo> {
  return async () => ({ version: getVersion(), shell: 'electron' });
}
