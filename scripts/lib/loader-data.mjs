// For the e2e tests: what the loader was built with, read from the same sources,
// so no test repeats the language table or the fallback texts.
//   loaderData()            the module scripts/build generated from the core
//                           (LANG_TAGS, DEFAULT_LANG, FALLBACK_TEXT)
//   fallbackText(lang, id)  a message of locales/<lang>/fallback.ftl
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Written by scripts/build (cargo run -p ryggsjekk-core --example loader-data). */
export const LOADER_DATA = 'target/ryggsjekk-web/loader-data.mjs';

let data = null;
/** Lazily, so a spec that never needs it loads without a build. */
export function loaderData() {
  data ??= import(pathToFileURL(resolve(LOADER_DATA)).href).catch((error) => {
    throw new Error(`${LOADER_DATA} is missing: run scripts/build first (scripts/test does) (${error.message})`);
  });
  return data;
}

const fallbackCache = new Map();

/** The fallback's messages are one line each (no placeables): `id = text`. */
export function fallbackText(lang, id) {
  if (!fallbackCache.has(lang)) {
    const table = {};
    for (const line of readFileSync(`locales/${lang}/fallback.ftl`, 'utf8').split('\n')) {
      const m = /^([a-z][a-z0-9-]*)\s*=\s*(\S.*)$/.exec(line);
      if (m) table[m[1]] = m[2].trim();
    }
    fallbackCache.set(lang, table);
  }
  const value = fallbackCache.get(lang)[id];
  if (value === undefined) throw new Error(`no message "${id}" in locales/${lang}/fallback.ftl`);
  return value;
}
