// Fails early, with a hint, when dist/ was not built.
import { existsSync } from 'node:fs';

export default function globalSetup() {
  for (const file of ['dist/ryggsjekk.js', 'dist/ryggsjekk_bg.wasm', 'dist/index.html']) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run scripts/build first (scripts/test does)`);
  }
}
