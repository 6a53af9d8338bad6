#!/usr/bin/env node
// Writes <file>.br (brotli, quality 11) and <file>.gz (gzip -9) beside every
// file of a folder (scripts/build runs it on dist/v/<version>/ before copying
// the unversioned alias). A static host that serves precompressed files —
// nginx with brotli_static/gzip_static on, as deploy/nginx.conf has — then
// sends them as they are instead of compressing the wasm on every request,
// which costs a cold load tens of milliseconds before the first byte.
//   node scripts/lib/precompress.mjs <dir or file>…   (a folder: each file in it)
// Deterministic: the same input gives the same bytes (no name or time in the gzip header).
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** What deploy/nginx.conf compresses (gzip_types, brotli_types), by extension; the
 *  language files (.bin) only as these precompressed copies (gzip_static, brotli_static). */
export const COMPRESSIBLE = /\.(js|mjs|css|wasm|html|json|svg|bin)$/;

export function precompress(path) {
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
  writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
}

function main() {
  const args = process.argv.slice(2);
  if (!args.length) throw new Error('usage: precompress.mjs <dir or file>…');
  for (const arg of args) {
    if (statSync(arg).isFile()) precompress(arg);
    else for (const name of readdirSync(arg)) {
      const path = join(arg, name);
      if (statSync(path).isFile() && COMPRESSIBLE.test(name)) precompress(path);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
