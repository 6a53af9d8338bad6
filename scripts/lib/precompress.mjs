#!/usr/bin/env node
// Writes <file>.br (brotli, quality 11) and <file>.gz (gzip, by zopfli) beside every
// file of a folder (scripts/build runs it on dist/v/<version>/ before copying
// the unversioned alias). A static host that serves precompressed files —
// nginx with brotli_static/gzip_static on, as deploy/nginx.conf has — then
// sends them as they are instead of compressing the wasm on every request,
// which costs a cold load tens of milliseconds before the first byte.
//   node scripts/lib/precompress.mjs <dir or file>…   (a folder: each file in it)
// Deterministic: the same input gives the same bytes (no name or time in the gzip header).
// The .gz is zopfli's: ordinary gzip that every browser decodes, about 5 % smaller
// than gzip -9 (the wasm: 4.8 KB less), paid once here instead of on every
// patient's download. 5 iterations: 15 (zopfli's default) saves 40 more bytes
// of the wasm for a third more build time.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

/** What deploy/nginx.conf compresses (gzip_types, brotli_types), by extension; the
 *  language files (.bin) only as these precompressed copies (gzip_static, brotli_static). */
export const COMPRESSIBLE = /\.(js|mjs|css|wasm|html|json|svg|bin)$/;

export async function precompress(path) {
  const bytes = readFileSync(path);
  const text = !path.endsWith('.wasm');
  writeFileSync(
    `${path}.br`,
    brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: text ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  );
  writeFileSync(`${path}.gz`, await gzipAsync(bytes, { numiterations: 5 }));
}

async function main() {
  const args = process.argv.slice(2);
  if (!args.length) throw new Error('usage: precompress.mjs <dir or file>…');
  for (const arg of args) {
    if (statSync(arg).isFile()) await precompress(arg);
    else for (const name of readdirSync(arg)) {
      const path = join(arg, name);
      if (statSync(path).isFile() && COMPRESSIBLE.test(name)) await precompress(path);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
