// Threat: a packaged desktop app that runs as plain Node (ELECTRON_RUN_AS_NODE), takes NODE_OPTIONS or
// --inspect from whoever starts it, or loads code from outside its checked app.asar.
import { describe, expect, it } from 'vitest';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';

const root = new URL('../..', import.meta.url).pathname;

describe('the electron-builder configuration', () => {
  it('passes electron-builder\'s own validation and sets the fuses', async () => {
    const config = await getConfig(root, `${root}electron-builder.yml`, null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config.electronFuses).toMatchObject({
      runAsNode: false, enableCookieEncryption: true, onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true,
      enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false,
    });
  });

  it('fails validation on a key electron-builder does not know (the check can fail)', async () => {
    const config = await getConfig(root, `${root}electron-builder.yml`, null);
    await expect(validateConfiguration({ ...config, electronFusez: {} } as never, new DebugLogger(false))).rejects.toThrow();
  });
});
