#!/usr/bin/env node
// Reviews what the wasm can reach. Every function the wasm imports is a shim in
// the wasm-bindgen glue; each must be on ALLOWED (below) with the reason the
// widget needs it, so a new import fails the build until someone has read it
// and added it. As a second net, neither the import's name nor the shim's body
// may touch fetch, XMLHttpRequest, WebSocket, sendBeacon,
// localStorage/sessionStorage, indexedDB, caches, document.cookie (or
// EventSource, RTCPeerConnection, service workers, window.open).
// The loader's own fetch of ryggsjekk_bg.wasm (js/ryggsjekk.js) is the one
// documented exception: it is not reachable from the wasm.
//
//   node scripts/lib/wasm-imports.mjs <glue.js> <file_bg.wasm>   exit 1 on a finding
// scripts/build runs it on every build; tests/e2e/{hardening,shipped}.spec.mjs run it too.
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

/**
 * Every import the wasm may have: wasm-bindgen's name without its hash, and
 * why the widget needs it. Review a new one (its shim in the glue) before
 * adding it here.
 */
export const ALLOWED = {
  // wasm-bindgen's own runtime
  __wbindgen_init_externref_table: 'wasm-bindgen sets up its table of JS values at start',
  __wbindgen_cast: 'wasm-bindgen converts Rust strings and closures to JS values',
  __wbindgen_generic: 'wasm-bindgen converts Rust strings and closures to JS values (its casts, numbered)',
  __wbg___wbindgen_throw: 'wasm-bindgen turns a Rust error into a JS exception',
  __wbg___wbindgen_debug_string: 'wasm-bindgen formats a JS value for a panic message',
  __wbg___wbindgen_is_function: 'wasm-bindgen type check (typeof === "function")',
  __wbg___wbindgen_is_undefined: 'wasm-bindgen type check (=== undefined)',
  __wbg___wbindgen_jsval_eq: 'wasm-bindgen compares two JS values (===)',
  __wbg__wbg_cb_unref: 'wasm-bindgen releases a dropped closure',
  __wbg_static_accessor_GLOBAL: 'js-sys finds the global object',
  __wbg_static_accessor_GLOBAL_THIS: 'js-sys finds the global object',
  __wbg_static_accessor_SELF: 'js-sys finds the global object',
  __wbg_static_accessor_WINDOW: 'js-sys finds the global object',
  __wbg_new: 'new Error() for panic stacks, new Object() for listener options',
  __wbg_stack: 'the stack of an Error, for a panic message',
  __wbg_error: 'console.error: the panic hook reports a panic without a handler',
  __wbg_warn: 'console.warn: one warning per bad attribute (src/web.rs)',
  __wbg_call: 'calls a JS function: the loader\'s panic handler, timers, microtasks',
  __wbg_static_accessor_CREATE_TASK: 'wasm-bindgen-futures, test build only: console.createTask for async stack traces',
  __wbg_run: 'wasm-bindgen-futures, test build only: runs a task made by console.createTask',
  __wbg_resolve: 'wasm-bindgen-futures: Promise.resolve for spawn_local',
  __wbg_then: 'wasm-bindgen-futures: Promise.then for spawn_local',
  __wbg_setInterval: 'gloo-timers: the kiosk idle tick (src/ui/app.rs)',
  __wbg_clearInterval: 'gloo-timers: the kiosk idle tick is stopped with its app',
  __wbg_clearTimeout: 'gloo-timers: a timeout dropped before it fired',
  __wbg_now: 'Date.now: the kiosk measures idle time in wall-clock time',
  __wbg_is: 'Object.is: a node ref forgets only its own element (src/dom/html.rs)',
  __wbg_get: 'an array item; Reflect.get (the print summary reads its stylesheet\'s rules and the frame\'s CSSStyleSheet)',
  __wbg_get_unchecked: 'an array item (the print summary\'s stylesheet rules)',
  __wbg___wbindgen_string_get: 'wasm-bindgen reads a JS string (a stylesheet rule\'s text)',
  __wbg_length: 'reads an array length (the print summary\'s stylesheet rules)',
  __wbg_slice: 'copies a JS array into Rust (composedPath)',
  __wbg_from: 'Array.from: the print summary reads its stylesheet\'s rules',
  __wbg_of: 'Array.of: the print frame adopts its one constructed stylesheet',
  __wbg_set: 'Reflect.set: the print frame\'s adoptedStyleSheets and onafterprint',
  __wbg_construct: 'Reflect.construct: a CSSStyleSheet made in the print frame\'s own realm (CSP-safe, no request)',
  // The DOM, as src/dom renders and patches it
  __wbg_document: 'the window\'s document',
  __wbg_documentElement: 'the document\'s root element (kiosk wake listeners, print frame lang)',
  __wbg_body: 'the print frame\'s body',
  __wbg_head: 'the print frame\'s head',
  __wbg_createElement: 'src/dom creates elements; the print summary too',
  __wbg_createElementNS: 'src/dom creates the timeline\'s SVG elements in the SVG namespace',
  __wbg_createTextNode: 'src/dom creates text nodes',
  __wbg_appendChild: 'the print summary builds its DOM',
  __wbg_insertBefore: 'src/dom inserts nodes',
  __wbg_removeChild: 'src/dom removes nodes',
  __wbg_remove: 'removes an element (an old print frame, the frame after printing)',
  __wbg_ownerDocument: 'the document of an element (print)',
  __wbg_getRootNode: 'the shadow root around the widget (focus, print)',
  __wbg_host: 'the shadow root\'s host element (test-panic builds)',
  __wbg_isConnected: 'whether an element is still on the page (focus restore)',
  __wbg_closest: 'the result screen of the Print button',
  __wbg_querySelector: 'finds the stylesheet link and an old print frame',
  __wbg_activeElement: 'what had focus before the idle dialog (focus goes back there)',
  __wbg_focus: 'moves focus to the screen heading or the idle dialog',
  __wbg_getAttribute: 'reads an attribute (test-panic builds)',
  __wbg_setAttribute: 'src/dom sets attributes; the print frame too',
  __wbg_removeAttribute: 'src/dom removes attributes a view no longer gives',
  __wbg_set_className: 'sets class names (print summary)',
  __wbg_set_textContent: 'sets the text of an element (print summary)',
  __wbg_set_nodeValue: 'src/dom updates a text node',
  __wbg_set_title: 'the print frame\'s title and document title',
  __wbg_set_checked: 'src/dom sets a radio button\'s checked state',
  __wbg_contentDocument: 'the print frame\'s document',
  __wbg_contentWindow: 'the print frame\'s window',
  __wbg_print: 'window.print() of the print frame, when the patient presses Print',
  __wbg_set_onload: 'part of web-sys\'s element API linked by the print code before issue 14',
  __wbg_set_onerror: 'part of web-sys\'s element API linked by the print code before issue 14',
  // Events
  __wbg_addEventListener: 'src/dom\'s listeners, one per element and event',
  __wbg_removeEventListener: 'src/dom removes a listener with its node, or when a view no longer gives it',
  __wbg_preventDefault: 'form submit, Tab and Escape in the idle dialog, the kiosk context menu',
  __wbg_target: 'handlers read the event target (print)',
  __wbg_key: 'the key of a keydown (Tab, Escape in the idle dialog)',
  __wbg_set_passive: 'listener options: the touchstart listener is passive (src/dom/patch.rs)',
  // Type checks (dyn_into)
  __wbg_instanceof_Element: 'type check (dyn_into)',
  __wbg_instanceof_HtmlElement: 'type check (dyn_into)',
  __wbg_instanceof_HtmlIFrameElement: 'type check (dyn_into)',
  __wbg_instanceof_KeyboardEvent: 'type check (dyn_ref): the kiosk dialog reads the key of a keydown',
  __wbg_instanceof_ShadowRoot: 'type check (dyn_into)',
  __wbg_instanceof_Window: 'type check (dyn_into)',
};

/** wasm-bindgen's name of an import without its hash. */
export const bareName = (name) => name.replace(/_[0-9a-f]{16}$/, '');

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

/**
 * Findings: [{ name, api, where }], empty when the wasm cannot reach any
 * forbidden API; unlisted: the bare names of imports not on `allowed`.
 */
export function checkImports(glue, wasmBytes, allowed = ALLOWED) {
  const shims = importShims(glue);
  const byName = new Map(shims.map((s) => [s.name, s]));
  const findings = [];
  const unlisted = [];
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasmBytes)).filter((i) => i.kind === 'function');
  for (const imp of imports) {
    const bare = bareName(imp.name);
    if (!allowed[bare]) unlisted.push(imp.name);
    for (const [api, re] of FORBIDDEN) if (re.test(bare.replace(/_/g, ' '))) findings.push({ name: imp.name, api, where: 'import name' });
    const shim = byName.get(imp.name);
    if (!shim) {
      findings.push({ name: imp.name, api: '?', where: 'no shim found in the glue (cannot check it)' });
      continue;
    }
    for (const [api, re] of FORBIDDEN) if (re.test(shim.body)) findings.push({ name: imp.name, api, where: 'shim body' });
  }
  return { imports: imports.length, shims: shims.length, findings, unlisted };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [gluePath, wasmPath] = process.argv.slice(2);
  const { imports, findings, unlisted } = checkImports(readFileSync(gluePath, 'utf8'), readFileSync(wasmPath));
  if (findings.length) {
    console.error(`wasm-imports: the wasm can reach forbidden APIs:\n${findings.map((f) => `  ${f.name}: ${f.api} (${f.where})`).join('\n')}`);
  }
  if (unlisted.length) {
    console.error(`wasm-imports: imports not on the allowlist (review each shim in ${gluePath}, then add it to ALLOWED in scripts/lib/wasm-imports.mjs with its reason):\n${unlisted.map((n) => `  ${n}`).join('\n')}`);
  }
  if (findings.length || unlisted.length) process.exit(1);
  console.log(`wasm-imports: ${imports} imports checked, all on the allowlist, no network or storage API`);
}
