#!/usr/bin/env node
// Writes dist/manifest.json and the ready-to-paste snippets (scripts/build calls it).
//   node scripts/lib/dist-meta.mjs <out-dir> <content-version> <guideline-updated>
// Every file under <out-dir> is listed with its size and sha384 (the SRI form,
// "sha384-<base64>"); files under v/<version>/ are immutable, the rest are the
// short-lived unversioned alias and the demo pages.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lightDomFallback } from './light-dom-fallback.mjs';
import { LANG_ASSET } from './lang-assets.mjs';

export function sri(path) {
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** The help text shown by the browser if the loader never runs (light DOM). */
export const LIGHT_DOM_FALLBACK = lightDomFallback('nb');

/**
 * The page's preload of the wasm, so its download runs in parallel with the
 * loader's instead of after it (after the <script>: the small loader first, so
 * that it runs while the wasm is still on its way, e.g. on one HTTP/2 connection). `as="fetch" crossorigin` matches the loader's
 * fetch() (CORS, same-origin credentials), which takes this response and checks
 * its integrity itself; no `integrity` here: Chromium ignores it on as="fetch"
 * (and says so in the console), and the unpinned snippet could not keep it current.
 * The stylesheet preload (pinned snippet only) must carry the hash: the widget's
 * <link rel=stylesheet> has one, and Chromium matches a preload only with the same.
 */
export const wasmPreload = (dir) => `<link rel="preload" href="${dir}ryggsjekk_bg.wasm" as="fetch" crossorigin="anonymous">`;

function main() {
  const [out, version, guidelineUpdated] = process.argv.slice(2);
  if (!out || !version || !guidelineUpdated) throw new Error('usage: dist-meta.mjs <out-dir> <content-version> <guideline-updated>');
  const base = `v/${version}/`;
  const loader = `${base}ryggsjekk.js`;
  const loaderSri = sri(join(out, loader));

  // One pinned snippet per language: bokmål's (in the wasm), and for every other
  // language one that also preloads its texts file, so that the file starts with
  // the wasm instead of a round trip later, once the loader has run. as="fetch"
  // crossorigin and no integrity, like the wasm's: the loader's fetch() takes the
  // preloaded response and checks its integrity itself.
  const pinned = (lang, langFile) =>
    `<!-- Ryggsjekk ${version}, pinned with Subresource Integrity. Replace ./ with the address of your copy of dist/. -->\n` +
    `<script type="module" src="./${loader}" integrity="${loaderSri}" crossorigin="anonymous"></script>\n` +
    `${wasmPreload(`./${base}`)}\n` +
    `<link rel="preload" href="./${base}ryggsjekk.css" as="style" integrity="${sri(join(out, base, 'ryggsjekk.css'))}" crossorigin="anonymous">\n` +
    (langFile ? `<link rel="preload" href="./${base}${langFile}" as="fetch" crossorigin="anonymous">\n` : '') +
    `<ryggsjekk-widget lang="${lang}">\n${lightDomFallback(lang)}</ryggsjekk-widget>\n`;
  const versioned = pinned('nb');
  for (const name of readdirSync(join(out, base)).sort()) {
    const m = LANG_ASSET.exec(name);
    if (m) writeFileSync(join(out, `snippet.versioned.${m[1]}.html`), pinned(m[1], name));
  }
  const alias =
    '<!-- Ryggsjekk, always the newest version (no integrity pin). Replace ./ with the address of your copy of dist/. -->\n' +
    '<script type="module" src="./ryggsjekk.js"></script>\n' +
    `${wasmPreload('./')}\n` +
    `<ryggsjekk-widget lang="nb">\n${LIGHT_DOM_FALLBACK}</ryggsjekk-widget>\n`;
  writeFileSync(join(out, 'snippet.versioned.html'), versioned);
  writeFileSync(join(out, 'snippet.html'), alias);

  // The npm package layout (deploy/package.json, copied by scripts/build): its version is the content version.
  const pkgPath = join(out, 'package.json');
  try {
    const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
    pkg.version = version;
    writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }

  const files = walk(out)
    .map((full) => relative(out, full).split('\\').join('/'))
    .filter((path) => path !== 'manifest.json')
    .sort()
    .map((path) => ({
      path,
      bytes: statSync(join(out, path)).size,
      sha384: sri(join(out, path)),
      cache: path.startsWith(base) ? 'immutable' : 'short',
    }));
  const manifest = {
    name: 'ryggsjekk',
    contentVersion: version,
    guidelineUpdated,
    base,
    entry: { versioned: loader, alias: 'ryggsjekk.js', iframe: 'embed.html', iframeVersioned: `${base}embed.html` },
    integrity: Object.fromEntries(files.filter((f) => f.path.startsWith(base)).map((f) => [f.path.slice(base.length), f.sha384])),
    // Bokmål is in the wasm; each other language is a file the loader fetches
    // (with this integrity) only when a page or patient asks for it.
    builtinLanguage: 'nb',
    languages: Object.fromEntries(
      files
        .map((f) => [f, LANG_ASSET.exec(f.path.slice(base.length))])
        .filter(([f, m]) => f.path.startsWith(base) && m)
        .map(([f, m]) => [m[1], { path: f.path, bytes: f.bytes, sha384: f.sha384 }]),
    ),
    files,
  };
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
