// Launching Debian's chromium through playwright-core: software GL (SwiftShader through ANGLE),
// nothing that phones home. Shared by the e2e runner and scripts/bench.mjs.
import { chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Launches headless chromium; `extraArgs` are appended (e.g. ['--disable-webgl']) and `extraEnv` is
 * added to this process's environment (e.g. { FONTCONFIG_FILE } for a machine without Chinese fonts).
 */
export function launchChromium(extraArgs = [], extraEnv = {}) {
  const env = Object.keys(extraEnv).length ? { ...process.env, ...extraEnv } : undefined;
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, ...extraArgs], ...(env ? { env } : {}) });
}
