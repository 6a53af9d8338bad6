// What ships in dist/ (issue 14): no build-machine paths in the wasm, and the
// wasm's imports are an allowlist, each with its reason (scripts/lib/wasm-imports.mjs).
import { readFileSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { test, expect } from './fixtures.mjs';
import { ALLOWED, checkImports } from '../../scripts/lib/wasm-imports.mjs';

const BINDGEN = 'target/ryggsjekk-web/bindgen/ryggsjekk';

test('no build-machine path in the shipped wasm or loader', () => {
  const machine = [process.cwd(), homedir(), '/root/', '/home/', '/work/', '.cargo/registry', '.rustup/'];
  const files = ['dist/ryggsjekk_bg.wasm', 'dist/ryggsjekk.js', ...readdirSync('dist/v').map((v) => `dist/v/${v}/ryggsjekk_bg.wasm`)];
  for (const file of files) {
    const bytes = readFileSync(file).toString('latin1');
    for (const path of machine) expect(bytes.includes(path), `${file} contains "${path}"`).toBe(false);
  }
  // Positive twin: the panic locations are still there, under neutral names.
  const wasm = readFileSync('dist/ryggsjekk_bg.wasm').toString('latin1');
  expect(wasm).toMatch(/\/deps\/[a-z_-]+-[0-9.]+\/src\/[a-z_/]+\.rs/);
});

test('every wasm import is on the allowlist, with a reason', () => {
  const { imports, findings, unlisted } = checkImports(readFileSync(`${BINDGEN}.js`, 'utf8'), readFileSync(`${BINDGEN}_bg.wasm`));
  expect(imports).toBeGreaterThan(50);
  expect(findings).toEqual([]);
  expect(unlisted).toEqual([]);
  for (const [name, reason] of Object.entries(ALLOWED)) expect(reason.length, name).toBeGreaterThan(10);
});

test('a new import fails the allowlist until it is reviewed', () => {
  const glue = readFileSync(`${BINDGEN}.js`, 'utf8');
  const wasm = readFileSync(`${BINDGEN}_bg.wasm`);
  // The same glue and wasm with one allowlisted name taken off the list.
  const [first] = Object.keys(ALLOWED);
  const { unlisted } = checkImports(glue, wasm, { ...ALLOWED, [first]: undefined });
  expect(unlisted.length).toBeGreaterThan(0);
  expect(unlisted.every((u) => u.startsWith(first))).toBe(true);
});
