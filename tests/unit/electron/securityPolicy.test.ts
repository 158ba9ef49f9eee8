import { describe, expect, it } from 'vitest';
import { isFileUrlInside, isSameFileUrl } from '../../../electron/main/appUrls';
import {
  isAllowedNavigation,
  isAllowedRequest,
  isPermissionAllowed,
  isTrustedSender,
  type AppLocation,
} from '../../../electron/main/securityPolicy';

const posixApp: AppLocation = {
  indexUrl: 'file:///opt/CCG%20Modeller/resources/app.asar/out/renderer/index.html',
  rendererDirUrl: 'file:///opt/CCG%20Modeller/resources/app.asar/out/renderer/',
  urlOptions: { caseInsensitive: false },
};
const windowsApp: AppLocation = {
  indexUrl:
    'file:///c:/Users/Ann/AppData/Local/Programs/CCG%20Modeller/resources/app.asar/out/renderer/index.html',
  rendererDirUrl:
    'file:///c:/Users/Ann/AppData/Local/Programs/CCG%20Modeller/resources/app.asar/out/renderer/',
  urlOptions: { caseInsensitive: true },
};
const asset = (app: AppLocation, name: string) => app.rendererDirUrl + name;

describe('the sender check', () => {
  it('trusts the top frame showing the app page', () => {
    expect(isTrustedSender({ url: posixApp.indexUrl, parent: null }, posixApp)).toBe(true);
  });

  it('ignores a hash or query on the app page (client-side routes)', () => {
    expect(
      isTrustedSender({ url: `${posixApp.indexUrl}#/scenario/b`, parent: null }, posixApp),
    ).toBe(true);
  });

  it('rejects a foreign web page', () => {
    expect(
      isTrustedSender({ url: 'https://evil.example/index.html', parent: null }, posixApp),
    ).toBe(false);
  });

  it('rejects another local file, even in the renderer folder', () => {
    expect(isTrustedSender({ url: 'file:///tmp/index.html', parent: null }, posixApp)).toBe(false);
    expect(isTrustedSender({ url: asset(posixApp, 'other.html'), parent: null }, posixApp)).toBe(
      false,
    );
  });

  it('rejects a sub-frame, and a frame that is gone', () => {
    expect(isTrustedSender({ url: posixApp.indexUrl, parent: {} }, posixApp)).toBe(false);
    expect(isTrustedSender(null, posixApp)).toBe(false);
    expect(isTrustedSender(undefined, posixApp)).toBe(false);
  });

  it("accepts Chromium's spelling of a Windows path (upper-case drive, different escaping)", () => {
    const chromiumUrl =
      'file:///C:/Users/Ann/AppData/Local/Programs/CCG Modeller/resources/app.asar/out/renderer/index.html';
    expect(isTrustedSender({ url: chromiumUrl, parent: null }, windowsApp)).toBe(true);
  });

  it('is case-sensitive off Windows', () => {
    expect(
      isTrustedSender({ url: posixApp.indexUrl.replace('/opt/', '/OPT/'), parent: null }, posixApp),
    ).toBe(false);
  });
});

describe('the request filter', () => {
  it.each([
    ['https', 'https://fonts.googleapis.com/css'],
    ['http to localhost', 'http://127.0.0.1:5173/'],
    ['a websocket', 'wss://example.com/socket'],
    ['ftp', 'ftp://example.com/file'],
    ['a file outside the app', 'file:///etc/passwd'],
    ['a file escaping the app folder with ..', asset(posixApp, '../../../../../etc/passwd')],
    ['an encoded escape', asset(posixApp, '..%2F..%2Fsecret')],
    [
      'a sibling folder sharing the prefix',
      'file:///opt/CCG%20Modeller/resources/app.asar/out/renderer-evil/x.js',
    ],
    ['garbage', 'not a url'],
  ])('blocks %s', (_label, url) => {
    expect(isAllowedRequest(url, posixApp)).toBe(false);
  });

  it.each([
    ['the app page', posixApp.indexUrl],
    ['a bundled asset', asset(posixApp, 'assets/index-abc123.js')],
    ['a bundled font', asset(posixApp, 'assets/fonts/Frutiger.woff2')],
    ['devtools', 'devtools://devtools/bundled/inspector.html'],
    ['a data URL', 'data:image/png;base64,AAAA'],
    ['a blob URL', 'blob:file:///4f7d1c2e-0000-4000-8000-000000000000'],
  ])('allows %s', (_label, url) => {
    expect(isAllowedRequest(url, posixApp)).toBe(true);
  });

  it('allows Windows assets whatever the drive letter case', () => {
    expect(
      isAllowedRequest(
        asset(windowsApp, 'assets/a.js').replace('file:///c:', 'file:///C:'),
        windowsApp,
      ),
    ).toBe(true);
  });
});

describe('navigation', () => {
  it('allows reloading the app page only', () => {
    expect(isAllowedNavigation(posixApp.indexUrl, posixApp)).toBe(true);
    expect(isAllowedNavigation('https://www.england.nhs.uk/', posixApp)).toBe(false);
    expect(isAllowedNavigation('file:///home/ann/Downloads/North.ccgm', posixApp)).toBe(false);
  });
});

describe('permissions', () => {
  it('denies everything but clipboard writing, full screen and persistent storage', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'hid',
      'unknown',
    ]) {
      expect(isPermissionAllowed(permission)).toBe(false);
    }
    for (const permission of ['clipboard-sanitized-write', 'fullscreen', 'persistent-storage']) {
      expect(isPermissionAllowed(permission)).toBe(true);
    }
  });
});

describe('file URL helpers', () => {
  const posix = { caseInsensitive: false };
  it('treat different escapes of one path as the same file', () => {
    expect(isSameFileUrl('file:///a/b%20c/i.html', 'file:///a/b c/i.html', posix)).toBe(true);
  });
  it('do not treat a folder as inside itself', () => {
    expect(isFileUrlInside('file:///a/b/', 'file:///a/b/', posix)).toBe(false);
  });
  it('refuse non-file URLs', () => {
    expect(isSameFileUrl('https://a/b', 'https://a/b', posix)).toBe(false);
  });
});
