// Loading the wasm: the SRI-verified fetch, the stylesheet preload beside it,
// and starting the widgets once it is in (or switching them to the fallback).
//
// Loading fast: the wasm fetch starts when this module is evaluated, which the
// entry makes the first thing the bundle does (only the glue and the plain
// declarations of the modules imported here come before). When
// <ryggsjekk-widget> elements are already on the page, the stylesheet is
// preloaded at the same time (a <link rel=preload> in <head>, removed again
// once used), so neither waits for the other or for the rest of the loader. A
// page may also preload the wasm (<link rel="preload" as="fetch" crossorigin>,
// as the snippets in dist/ do), in parallel with the bundle; fetch() below
// reuses that response (same URL, mode and credentials) and still checks its
// integrity.
import init, { set_panic_handler, set_lang_loader } from './pkg/ryggsjekk.js';
import { TAG, WASM_URL, STYLESHEET, WASM_SRI, CSS_SRI } from './assets.js';
import { needTexts } from './languages.js';
import { fail, live, onPanic } from './fallback.js';

/** Our <link rel=preload> for the stylesheet while the wasm loads (preloadStylesheet). */
let stylesheetPreload = null;

/**
 * Preloads ryggsjekk.css when widgets are already in the document (a module
 * script runs after parsing), so that the element's <link rel=stylesheet> finds it
 * loaded instead of starting its request only after the wasm is ready. Same
 * URL, CORS mode and integrity as that link, or Chromium would fetch it twice.
 * Not when there is no widget yet (the preload might never be used), nor when
 * the page preloads it itself (the versioned snippet does).
 */
function preloadStylesheet() {
  if (!document.querySelector(TAG)) return;
  for (const link of document.querySelectorAll('link[rel~="preload" i][as="style" i]')) {
    if (link.href === STYLESHEET) return;
  }
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'style';
  if (CSS_SRI) {
    link.integrity = CSS_SRI;
    link.crossOrigin = 'anonymous';
  }
  link.href = STYLESHEET;
  const preload = { link, settled: false };
  const settle = () => (preload.settled = true);
  link.addEventListener('load', settle);
  link.addEventListener('error', settle);
  (document.head ?? document.documentElement).append(link);
  stylesheetPreload = preload;
}

/** Removes our preload link from the page once the stylesheet is in, or loading failed. */
export function dropStylesheetPreload() {
  const preload = stylesheetPreload;
  stylesheetPreload = null;
  if (!preload) return;
  // Removed while it loads, the link would cancel its request: wait until it has settled.
  if (preload.settled) preload.link.remove();
  else for (const type of ['load', 'error']) preload.link.addEventListener(type, () => preload.link.remove());
}

async function load() {
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    throw new Error('this browser has no WebAssembly, or it is turned off');
  }
  // mode and credentials as a page's <link rel=preload as=fetch crossorigin>
  // (crossorigin = anonymous), so fetch() takes the preloaded response.
  const fetching = fetch(WASM_URL, { integrity: WASM_SRI || undefined, mode: 'cors', credentials: 'same-origin' });
  preloadStylesheet();
  let response;
  try {
    response = await fetching;
  } catch (error) {
    throw new Error(
      `could not load ${WASM_URL}${WASM_SRI ? ' or it failed its integrity check (expected ' + WASM_SRI + ')' : ''}: ${error.message}. ` +
        'Check that the file is the one built with this ryggsjekk.js, served as application/wasm, ' +
        'with Access-Control-Allow-Origin when the page is on another origin, and allowed by the page\'s CSP (connect-src)',
    );
  }
  if (!response.ok) throw new Error(`could not load ${WASM_URL}: HTTP ${response.status}`);
  try {
    await init({ module_or_path: response });
  } catch (error) {
    throw new Error(
      `could not start ${WASM_URL}: ${error.message} (a page CSP needs 'wasm-unsafe-eval' in script-src)`,
    );
  }
  set_panic_handler(onPanic);
  set_lang_loader(needTexts);
}

// Started at once, when this module is evaluated; awaited by startWhenLoaded(),
// after the element is defined. A second copy of the loader (e.g. loaded from
// another URL) leaves the element to the first one: null then.
export const loading = customElements.get(TAG) ? null : load();

/** Whether the wasm is in and started (set once `loading` resolves). */
export let ready = false;

/** Mounts every connected widget once the wasm is in, or shows them all the fallback. */
export function startWhenLoaded() {
  loading.then(
    () => {
      ready = true;
      for (const element of live) element.start();
    },
    (error) => {
      dropStylesheetPreload();
      fail(error.message + '.');
    },
  );
}
