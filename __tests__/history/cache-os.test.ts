import { cacheOsName } from '../../src/history/index.js';
import { restorePrefix } from '../../src/history/cache.js';

describe('cache keys follow the OS of the runner that produced the results', () => {
  test.each([
    ['Linux', 'linux'],
    ['linux', 'linux'],
    ['Windows', 'windows'],
    ['win32', 'windows'],
    ['macOS', 'macos'],
    ['darwin', 'macos'],
  ])('%s names the cache %s', (raw, expected) => {
    expect(cacheOsName(raw)).toBe(expected);
  });

  test("a comment job on Linux restores a Windows suite's history under the Windows prefix", () => {
    // The fingerprint says win32 (Node's name); a Windows base-branch run saved under RUNNER_OS "Windows".
    expect(restorePrefix({ suite: 'core', os: cacheOsName('win32') }, 'main')).toBe(
      restorePrefix({ suite: 'core', os: cacheOsName('Windows') }, 'main'),
    );
  });
});
