/**
 * How every part of the project starts Chromium: Debian's package, never a downloaded browser (the
 * machines reach no browser CDN), with flags that keep it from dialling out, which the closed network
 * refuses noisily. Used by vitest.config.ts, the bundle test and bench:render.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--headless=new',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
