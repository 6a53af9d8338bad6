#!/usr/bin/env node
// Gives the wasm's imports short names, in the wasm and in the wasm-bindgen glue
// alike, to shrink the download: wasm-bindgen names every import shim like
// "__wbg_setAttribute_f75317b2b5cabfb4" in module "./ryggsjekk_bg.js", and each
// name is written twice (the wasm's import section, the glue's import object),
// with a hash gzip cannot compress. Here they become "a", "b", … "Zz" in module "a".
//
//   node scripts/lib/short-imports.mjs <glue.js> <file_bg.wasm> <out-glue.js> <out_bg.wasm>
//
// Only the import section of the wasm changes (read and rewritten by
// scripts/lib/wasm-sections.mjs; every other section is copied byte for byte,
// exports included), and in the glue only the keys of the import object
// that __wbg_get_imports() returns. The glue's shape is checked line by line: if a
// wasm-bindgen upgrade changes it, this fails with an error instead of guessing.
// Afterwards both glues are loaded in Node, and every import of the rewritten wasm
// must resolve in the object the new __wbg_get_imports() returns, to the same shim
// as before the rename; else exit 1.
//
// scripts/build runs it after scripts/lib/wasm-imports.mjs, whose privacy audit
// needs the original names; tests/e2e/hardening.spec.mjs audits the originals too
// and checks that what ships is exactly shortImports() of them.
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IMPORT_SECTION, parseImports, renameWasmImports, sections } from './wasm-sections.mjs';

const fail = (msg) => {
  throw new Error(`short-imports: ${msg}`);
};

// ── the glue: the import object of __wbg_get_imports() ───────────────────────

// The shape wasm-bindgen 0.2.130 --target web writes (one const per import module):
//   function __wbg_get_imports() {
//       const import0 = {
//           __proto__: null,
//           __wbg_setAttribute_f75317b2b5cabfb4: function(arg0, …) {   ← key lines: 8 spaces
//               …                                                    ← body: 12+ spaces, or 8 + "}"
//           },
//       };
//       return {
//           __proto__: null,
//           "./ryggsjekk_bg.js": import0,
//       };
//   }
const HEAD = 'function __wbg_get_imports() {';
const KEY_LINE = /^ {8}((?:__wbg_|__wbindgen_)\w+): (?=function\()/;

/** { start, end, objects: Map<const, [{ key, line }]>, modules: [{ module, object, line }], lines } */
function parseGlue(glue) {
  const starts = [...glue.matchAll(/^function __wbg_get_imports\(\) \{$/gm)];
  if (starts.length !== 1) fail(`expected one "${HEAD}" at the start of a line in the glue, found ${starts.length}: not wasm-bindgen --target web output, or its shape changed`);
  const start = starts[0].index;
  const close = glue.indexOf('\n}\n', start);
  if (close < 0) fail('cannot find the end of __wbg_get_imports() (a "}" line)');
  const end = close + 2; // the block ends with its "}"
  const lines = glue.slice(start, end).split('\n');
  const shape = (i, what) => fail(`unexpected glue in __wbg_get_imports(), line ${i + 1} of it: ${JSON.stringify(lines[i])} (expected ${what}); has wasm-bindgen changed its output?`);

  const objects = new Map();
  const modules = [];
  let i = 1;
  // The import objects.
  for (let m; (m = /^ {4}const (import\d+) = \{$/.exec(lines[i])); ) {
    const obj = m[1];
    const keys = [];
    i++;
    if (lines[i] !== '        __proto__: null,') shape(i, '"__proto__: null,"');
    for (i++; lines[i] !== '    };'; i++) {
      if (i >= lines.length - 1) shape(i, `the end of ${obj} ("    };")`);
      const k = KEY_LINE.exec(lines[i]);
      if (k) keys.push({ key: k[1], line: i });
      else if (!/^ {12}|^ {8}\}|^$/.test(lines[i])) shape(i, 'a "__wbg_…: function(" key, or a shim body indented 12 spaces');
    }
    if (!keys.length) shape(i, `keys in ${obj}`);
    objects.set(obj, keys);
    i++;
  }
  if (!objects.size) shape(i, '"    const import0 = {"');
  // The object it returns: module name → import object.
  if (lines[i] !== '    return {') shape(i, '"    return {"');
  if (lines[++i] !== '        __proto__: null,') shape(i, '"__proto__: null,"');
  for (let m; (m = /^ {8}("(?:[^"\\]|\\.)*"): (import\d+),$/.exec(lines[++i])); ) {
    if (!objects.has(m[2])) shape(i, `a module mapped to one of ${[...objects.keys()].join(', ')}`);
    modules.push({ module: JSON.parse(m[1]), object: m[2], line: i });
  }
  if (lines[i] !== '    };') shape(i, '"    };"');
  if (i + 1 !== lines.length - 1 || lines[i + 1] !== '}') shape(i + 1, 'the end of the function');
  if (modules.length !== objects.size) fail(`the glue has ${objects.size} import objects but returns ${modules.length}`);
  return { start, end, lines, objects, modules };
}

const countOf = (hay, needle) => hay.split(needle).length - 1;

// "a" … "z", "A" … "Z", then two characters: a letter and a letter or digit. Always a
// plain JS identifier that is not a keyword (no "do", "if", "in"), so esbuild keeps it.
const FIRST = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const REST = `${FIRST}0123456789`;
const KEYWORDS = new Set(['do', 'if', 'in']);
function* shortNames() {
  yield* FIRST;
  for (const a of FIRST) for (const b of REST) if (!KEYWORDS.has(a + b)) yield a + b;
  fail('more than 3000 imports');
}

/**
 * shortImports(glue text, wasm bytes) → { glue, wasm, names: [{ module, name, shortModule, shortName }] }.
 * Deterministic: the same input gives the same output. Throws on anything unexpected.
 */
export function shortImports(glue, wasmBytes) {
  const bytes = wasmBytes instanceof Uint8Array ? wasmBytes : new Uint8Array(wasmBytes);
  // Relative imports (wasm-bindgen snippets) would have to be copied beside the output.
  if (/^import\b/m.test(glue)) fail('the glue imports other modules (snippets?): not supported');
  const parsed = parseGlue(glue);
  const originalImports = parseImports(bytes, sections(bytes).find((s) => s.id === IMPORT_SECTION) ?? fail('the wasm has no import section'));

  // Each name the glue defines must occur in it exactly once, as its key: then nothing
  // else in the glue refers to it and renaming the key cannot break anything.
  const keysOf = new Map(parsed.modules.map(({ module, object }) => [module, new Set(parsed.objects.get(object).map((k) => k.key))]));
  for (const { module } of parsed.modules) {
    if (countOf(glue, JSON.stringify(module)) !== 1) fail(`the module name ${JSON.stringify(module)} occurs more than once in the glue`);
    for (const key of keysOf.get(module)) if (countOf(glue, key) !== 1) fail(`the import ${key} is named more than once in the glue`);
  }

  // Short names: modules in the glue's order; names in the wasm's import order, then
  // any key of the glue that the wasm does not import (unreachable, renamed all the same).
  const moduleNames = shortNames();
  const shortModule = new Map(parsed.modules.map(({ module }) => [module, moduleNames.next().value]));
  const shortName = new Map(parsed.modules.map(({ module }) => [module, new Map()]));
  const gen = new Map(parsed.modules.map(({ module }) => [module, shortNames()]));
  for (const { module, name } of originalImports) {
    if (!keysOf.get(module)?.has(name)) fail(`the wasm imports ${module}.${name} but the glue does not define it`);
    const names = shortName.get(module);
    if (!names.has(name)) names.set(name, gen.get(module).next().value);
  }
  for (const { module, object } of parsed.modules) {
    for (const { key } of parsed.objects.get(object)) if (!shortName.get(module).has(key)) shortName.get(module).set(key, gen.get(module).next().value);
  }

  // The glue: only the key lines and the module lines of __wbg_get_imports() change.
  const lines = [...parsed.lines];
  for (const { module, object, line } of parsed.modules) {
    lines[line] = lines[line].replace(JSON.stringify(module), JSON.stringify(shortModule.get(module)));
    for (const { key, line: l } of parsed.objects.get(object)) lines[l] = lines[l].replace(`${key}: `, `${shortName.get(module).get(key)}: `);
  }
  const newGlue = glue.slice(0, parsed.start) + lines.join('\n') + glue.slice(parsed.end);

  const { wasm } = renameWasmImports(bytes, (module, name) => [shortModule.get(module), shortName.get(module).get(name)]);
  const names = originalImports.map(({ module, name }) => ({ module, name, shortModule: shortModule.get(module), shortName: shortName.get(module).get(name) }));
  return { glue: newGlue, wasm, names };
}

let probes = 0;

/** The object the glue's __wbg_get_imports() returns, from the glue loaded as JS in `dir`. */
async function importObject(glue, dir) {
  // Beside the output, so the glue's own relative imports would resolve; a new file
  // name each time, as Node caches modules by URL.
  const probe = join(dir, `.short-imports-probe-${process.pid}-${++probes}.mjs`);
  writeFileSync(probe, `${glue}\nexport { __wbg_get_imports as __shortImportsProbe };\n`);
  try {
    return (await import(pathToFileURL(probe).href)).__shortImportsProbe();
  } finally {
    rmSync(probe, { force: true });
  }
}

/**
 * Checks a rewritten pair against the original ({ glue, wasm } each) and throws on any
 * difference but the names: the wasm's sections other than the imports byte for byte,
 * the exports, and, with both glues run as JS, that each import of the new wasm gets
 * from the new glue a function with the same source as the original import got.
 */
export async function verify(original, renamed, dir) {
  const before = sections(original.wasm);
  const after = sections(renamed.wasm);
  if (before.length !== after.length) fail('the rewritten wasm has a different number of sections');
  before.forEach((s, i) => {
    const t = after[i];
    if (s.id !== t.id) fail(`section ${i} changed its id`);
    if (s.id !== IMPORT_SECTION && Buffer.compare(original.wasm.subarray(s.start, s.end), renamed.wasm.subarray(t.start, t.end)) !== 0) fail(`section ${i} (id ${s.id}) is not byte-identical`);
  });
  const oldModule = new WebAssembly.Module(original.wasm);
  const newModule = new WebAssembly.Module(renamed.wasm);
  if (JSON.stringify(WebAssembly.Module.exports(oldModule)) !== JSON.stringify(WebAssembly.Module.exports(newModule))) fail('the exports changed');
  const oldImports = WebAssembly.Module.imports(oldModule);
  const newImports = WebAssembly.Module.imports(newModule);
  if (oldImports.length !== newImports.length || oldImports.some((imp, i) => imp.kind !== newImports[i].kind)) fail('the imports changed beyond their names');

  const oldObject = await importObject(original.glue, dir);
  const newObject = await importObject(renamed.glue, dir);
  newImports.forEach((imp, i) => {
    const was = oldImports[i];
    const fn = newObject?.[imp.module]?.[imp.name];
    if (imp.kind === 'function' ? typeof fn !== 'function' : fn === undefined) fail(`the rewritten glue does not provide ${imp.module}.${imp.name} (was ${was.module}.${was.name})`);
    if (String(fn) !== String(oldObject?.[was.module]?.[was.name])) fail(`${imp.module}.${imp.name} is not the shim ${was.module}.${was.name} was`);
  });
  return newImports.length;
}

async function main([glueIn, wasmIn, glueOut, wasmOut, ...extra]) {
  if (!wasmOut || extra.length) {
    console.error('usage: node scripts/lib/short-imports.mjs <glue.js> <file_bg.wasm> <out-glue.js> <out_bg.wasm>');
    process.exit(2);
  }
  const glueBytes = readFileSync(glueIn);
  const wasmBytes = readFileSync(wasmIn);
  const { glue, wasm, names } = shortImports(glueBytes.toString('utf8'), wasmBytes);
  const checked = await verify({ glue: glueBytes.toString('utf8'), wasm: wasmBytes }, { glue, wasm }, dirname(glueOut));
  writeFileSync(glueOut, glue);
  writeFileSync(wasmOut, wasm);
  const saved = wasmBytes.length - wasm.length + glueBytes.length - Buffer.byteLength(glue);
  const modules = (key) => [...new Set(names.map((n) => JSON.stringify(n[key])))].join(', ');
  console.log(`short-imports: ${checked} imports renamed, module ${modules('module')} → ${modules('shortModule')}; ${saved} bytes less before compression`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
}
