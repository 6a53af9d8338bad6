// How every script and test launches Debian's Chromium (Playwright's own
// browsers are never downloaded here). Shared by playwright.config.mjs and
// bench/run.mjs, so the tests and the benchmark run the same browser the same way.
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  // Without these Chromium tries to reach the internet on its own.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
