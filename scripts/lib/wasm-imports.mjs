#!/usr/bin/env node
// Proves that no network or storage API is reachable from the wasm: every
// function the wasm imports is a shim in the wasm-bindgen glue, and neither the
// import's name nor the shim's body may touch fetch, XMLHttpRequest, WebSocket,
// sendBeacon, localStorage/sessionStorage, indexedDB, caches, document.cookie
// (or EventSource, RTCPeerConnection, service workers, window.open).
// The loader's own fetch of ryggsjekk_bg.wasm (js/ryggsjekk.js) is the one
// documented exception: it is not reachable from the wasm.
//
//   node scripts/lib/wasm-imports.mjs <glue.js> <file_bg.wasm>   exit 1 on a finding
// scripts/build runs it on every build; tests/e2e/hardening.spec.mjs runs it too.
import { readFileSync } from 'node:fs';

export const FORBIDDEN = [
  ['fetch', /\bfetch\b/i],
  ['XMLHttpRequest', /XMLHttpRequest/i],
  ['WebSocket', /WebSocket/i],
  ['sendBeacon', /sendBeacon/i],
  ['localStorage', /localStorage/i],
  ['sessionStorage', /sessionStorage/i],
  ['indexedDB', /indexedDB/i],
  ['caches', /\bcaches\b/i],
  ['document.cookie', /\bcookie\b/i],
  ['EventSource', /EventSource/i],
  ['RTCPeerConnection', /RTCPeerConnection/i],
  ['serviceWorker', /serviceWorker/i],
  ['window.open', /\.open\s*\(/],
];

/** The import shims of wasm-bindgen glue: [{ name, body }], from __wbg_get_imports(). */
export function importShims(glue) {
  const start = glue.indexOf('function __wbg_get_imports()');
  if (start < 0) throw new Error('no __wbg_get_imports() in the glue: not wasm-bindgen --target web output?');
  const end = glue.indexOf('\n    return {', start);
  const block = glue.slice(start, end < 0 ? undefined : end);
  const shims = [];
  const re = /^ {8}(__wbg\w+|__wbindgen\w+): /gm;
  const marks = [...block.matchAll(re)];
  marks.forEach((m, i) => {
    const body = block.slice(m.index + m[0].length, i + 1 < marks.length ? marks[i + 1].index : block.length);
    shims.push({ name: m[1], body });
  });
  return shims;
}

/** Findings: [{ name, api, where }]; empty when the wasm cannot reach any forbidden API. */
export function checkImports(glue, wasmBytes) {
  const shims = importShims(glue);
  const byName = new Map(shims.map((s) => [s.name, s]));
  const findings = [];
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasmBytes)).filter((i) => i.kind === 'function');
  for (const imp of imports) {
    const bare = imp.name.replace(/_[0-9a-f]{16}$/, '');
    for (const [api, re] of FORBIDDEN) if (re.test(bare.replace(/_/g, ' '))) findings.push({ name: imp.name, api, where: 'import name' });
    const shim = byName.get(imp.name);
    if (!shim) {
      findings.push({ name: imp.name, api: '?', where: 'no shim found in the glue (cannot check it)' });
      continue;
    }
    for (const [api, re] of FORBIDDEN) if (re.test(shim.body)) findings.push({ name: imp.name, api, where: 'shim body' });
  }
  return { imports: imports.length, shims: shims.length, findings };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [gluePath, wasmPath] = process.argv.slice(2);
  const { imports, findings } = checkImports(readFileSync(gluePath, 'utf8'), readFileSync(wasmPath));
  if (findings.length) {
    console.error(`wasm-imports: the wasm can reach forbidden APIs:\n${findings.map((f) => `  ${f.name}: ${f.api} (${f.where})`).join('\n')}`);
    process.exit(1);
  }
  console.log(`wasm-imports: ${imports} imports checked, no network or storage API`);
}
