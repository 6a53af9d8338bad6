// The <ryggsjekk-widget> custom element: the small JS shell around the wasm.
//
// A clinic embeds the widget with one line (docs/embedding.md):
//   <script type="module" src="…/ryggsjekk.js"></script>
//   <ryggsjekk-widget lang="nb"></ryggsjekk-widget>
//
// scripts/build bundles this file and the wasm-bindgen glue (./pkg/, made by
// wasm-bindgen --target web) into dist/ryggsjekk.js and dist/v/<version>/ryggsjekk.js.
// The wasm and the stylesheet are found next to that bundle via import.meta.url,
// so the loader may live on another origin than the page (it then needs CORS).
//
// Integrity: scripts/build injects the sha384 hashes of ryggsjekk_bg.wasm and
// ryggsjekk.css (esbuild --define). The wasm is fetched with fetch(url, { integrity })
// and the stylesheet linked with `integrity`, so a tampered file is refused.
//
// Loading fast: the wasm fetch is the first thing this module does, and when
// <ryggsjekk-widget> elements are already on the page, the stylesheet is preloaded
// at the same time (a <link rel=preload> in <head>, removed again once used), so
// neither waits for the other or for the rest of this file. A page may also
// preload the wasm (<link rel="preload" as="fetch" crossorigin>, as the snippets
// in dist/ do), in parallel with this module; fetch() below reuses that response
// (same URL, mode and credentials) and still checks its integrity.
//
// Fallback: if WebAssembly is missing or blocked, the wasm (or the stylesheet)
// fails to load or verify, or the Rust code panics, every <ryggsjekk-widget> on
// the page shows a short static message in its language with 113, 116 117 and
// a reload button. All widgets share one wasm instance, so after a panic none of
// them is trusted any more. Until the loader runs (or if it never does), the
// browser shows the element's own light-DOM children: the clinic's fallback text.
//
// Deliberately small and strict: no innerHTML, no inline styles (pages may use a
// strict CSP; the fallback's styles are a constructed stylesheet), no globals
// besides the element itself (and, while loading, one preload link in <head>),
// no storage and no network besides our own .wasm (fetch, the one documented
// exception) and .css. Every answer lives in the Widget's memory only.
import init, { Widget, set_panic_handler } from './pkg/ryggsjekk.js';

const TAG = 'ryggsjekk-widget';
const WASM_URL = new URL('ryggsjekk_bg.wasm', import.meta.url).href;
const STYLESHEET = new URL('ryggsjekk.css', import.meta.url).href;
/* global __RYGGSJEKK_WASM_SRI__, __RYGGSJEKK_CSS_SRI__ */
// "sha384-…" from scripts/build; empty when this file runs unbundled (no check then).
const WASM_SRI = typeof __RYGGSJEKK_WASM_SRI__ === 'string' ? __RYGGSJEKK_WASM_SRI__ : '';
const CSS_SRI = typeof __RYGGSJEKK_CSS_SRI__ === 'string' ? __RYGGSJEKK_CSS_SRI__ : '';

// Start loading before anything else runs (see load() below); awaited at the end
// of this module, before the element is defined. A second copy of this module
// (e.g. loaded from another URL) leaves the element to the first one.
/** Our <link rel=preload> for the stylesheet while the wasm loads (preloadStylesheet). */
let stylesheetPreload = null;
const loading = customElements.get(TAG) ? null : load();

// ── The fallback: static text in the loader, built with DOM calls ──────────────

const FALLBACK_TEXT = {
  nb: {
    title: 'Ryggsjekk virker ikke akkurat nå.',
    acute: ['Er det akutt og står det om livet? Ring ', '113', '.'],
    urgent: ['Trenger du legehjelp som ikke kan vente? Ring legevakten på ', '116 117', '.'],
    other: 'Ellers kan du kontakte fastlegen din.',
    reload: 'Last inn siden på nytt',
  },
  nn: {
    title: 'Ryggsjekk verkar ikkje akkurat no.',
    acute: ['Er det akutt og står det om livet? Ring ', '113', '.'],
    urgent: ['Treng du legehjelp som ikkje kan vente? Ring legevakta på ', '116 117', '.'],
    other: 'Elles kan du kontakte fastlegen din.',
    reload: 'Last inn sida på nytt',
  },
  en: {
    title: 'Ryggsjekk is not working right now.',
    acute: ['Is it acute and life-threatening? Call ', '113', '.'],
    urgent: ['Do you need a doctor and it cannot wait? Call the out-of-hours service (legevakt) on ', '116 117', '.'],
    other: 'Otherwise, contact your GP (fastlege).',
    reload: 'Reload the page',
  },
};

// The same mapping as src/embed.rs (lang_from_tag); no warnings here, the wasm warns.
function langFromTag(tag) {
  const primary = String(tag ?? '').trim().toLowerCase().replace(/_/g, '-').split('-')[0];
  if (['nb', 'nob', 'no', 'nor'].includes(primary)) return 'nb';
  if (['nn', 'nno'].includes(primary)) return 'nn';
  if (['en', 'eng'].includes(primary)) return 'en';
  return null;
}

/** The page's language, the widget's fallback when it has no lang attribute. */
const pageLang = () => document.documentElement.getAttribute('lang');

// Critical styles as a constructed stylesheet: CSP-safe (no <style>, no style
// attribute), shared by every instance, and present even when ryggsjekk.css is
// blocked or refused. They keep the host page's CSS from hiding or shrinking us.
const BASE_CSS = `
:host { all: initial !important; display: block !important; visibility: visible !important;
  opacity: 1 !important; font-size: medium !important; line-height: 1.5 !important;
  font-family: var(--ryggsjekk-font, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif) !important;
  color: #1a1a1a !important; text-align: start !important; }
:host([hidden]) { display: none !important; }
.rs-fallback { display: block; max-width: 40em; margin: 0 auto; padding: 1em 1.25em;
  background: #fff; color: #1a1a1a; border: 2px solid #a4000f; border-radius: 8px; }
.rs-fallback p { margin: 0 0 0.75em; }
.rs-fallback a { color: #a4000f; font-weight: 700; white-space: nowrap; }
.rs-fallback button { font: inherit; min-height: 2.75em; padding: 0.3em 1em; cursor: pointer;
  color: #fff; background: #005a8c; border: 1px solid #005a8c; border-radius: 8px; }
.rs-fallback button:focus-visible, .rs-fallback a:focus-visible { outline: 3px solid #005a8c; outline-offset: 2px; }
`;
let baseSheet = null;
try {
  baseSheet = new CSSStyleSheet();
  baseSheet.replaceSync(BASE_CSS);
} catch {
  baseSheet = null; // an old browser: the fallback still shows, unstyled
}

function telLink(number) {
  const a = document.createElement('a');
  a.href = `tel:${number.replace(/\s/g, '')}`;
  a.textContent = number;
  return a;
}

function paragraph(...parts) {
  const p = document.createElement('p');
  p.append(...parts);
  return p;
}

/** The static fallback in `lang`, with the clinic's own `contact` slot. */
function fallbackContent(lang) {
  const t = FALLBACK_TEXT[lang] ?? FALLBACK_TEXT.nb;
  const box = document.createElement('div');
  box.className = 'rs-fallback';
  box.lang = lang;
  box.dataset.ryggsjekkFallback = '';
  const title = document.createElement('strong');
  title.textContent = t.title;
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = t.reload;
  reload.addEventListener('click', () => location.reload());
  const contact = document.createElement('slot');
  contact.name = 'contact';
  box.append(
    paragraph(title),
    paragraph(t.acute[0], telLink(t.acute[1]), t.acute[2]),
    paragraph(t.urgent[0], telLink(t.urgent[1]), t.urgent[2]),
    paragraph(t.other),
    contact,
    paragraph(reload),
  );
  return box;
}

// ── Loading, and failing safely ────────────────────────────────────────────────

let failed = false;
let panicked = false;
/** Connected elements, so one failure can switch them all to the fallback. */
const live = new Set();
// Widgets of a wasm instance that panicked: never freed (the instance is not
// trusted any more) and never garbage-collected (their finalizers call into it).
const abandoned = [];

function fail(message) {
  if (failed) return;
  failed = true;
  console.error(`ryggsjekk: ${message} Showing the fallback with the emergency numbers (113, 116 117) instead.`);
  for (const element of live) element.showFallback();
}

/** The panic hook's handler (src/web.rs), called before the wasm traps. */
function onPanic(message) {
  panicked = true;
  // The trap that follows a panic in an event handler would reach the page as
  // an uncaught "RuntimeError: unreachable"; it has been reported just above.
  addEventListener('error', (event) => {
    if (event.error instanceof WebAssembly.RuntimeError) event.preventDefault();
  });
  fail(`the widget stopped after an internal error (${String(message).replace(/\s*\n\s*/g, ' ')}).`);
}

/**
 * Preloads ryggsjekk.css when widgets are already in the document (a module
 * script runs after parsing), so that #mount's <link rel=stylesheet> finds it
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
function dropStylesheetPreload() {
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
}

// The element is defined once the wasm is ready or has failed; until then the
// browser shows the element's light-DOM children (the clinic's fallback text).
if (loading) {
  try {
    await loading;
  } catch (error) {
    dropStylesheetPreload();
    fail(error.message + '.');
  }
}

/** Runs a call into the wasm; any exception there means the widget is broken. */
function guarded(call) {
  if (failed) return;
  try {
    call();
  } catch (error) {
    if (!panicked) fail(`the widget stopped after an internal error (${error}).`);
  }
}

export class RyggsjekkWidget extends HTMLElement {
  // A change of any of them re-renders the Widget in place: the answers are kept.
  static observedAttributes = ['lang', 'mode', 'idle-seconds'];

  /** @type {ShadowRoot | null} */
  #shadow = null;
  /** @type {HTMLDivElement | null} the Yew root inside the shadow root */
  #root = null;
  /** @type {Widget | null} */
  #widget = null;
  #fallbackShown = false;
  /** Follows <html lang> for widgets without their own lang attribute. */
  #pageLangObserver = new MutationObserver(() => {
    if (this.hasAttribute('lang')) return;
    if (this.#fallbackShown) this.showFallback();
    else if (this.#widget) guarded(() => this.#widget.set_attributes(...this.#attributes()));
  });

  /** What the Widget is built from: lang, the page's lang, mode, idle-seconds (parsed in the wasm). */
  #attributes() {
    return [this.getAttribute('lang'), pageLang(), this.getAttribute('mode'), this.getAttribute('idle-seconds')];
  }

  #ensureShadow() {
    if (this.#shadow) return;
    this.#shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (baseSheet) this.#shadow.adoptedStyleSheets = [baseSheet];
  }

  connectedCallback() {
    live.add(this);
    this.#pageLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    if (failed) this.showFallback();
    else if (!this.#widget) this.#mount();
  }

  disconnectedCallback() {
    live.delete(this);
    this.#pageLangObserver.disconnect();
    this.#unmount();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (this.#fallbackShown) {
      if (name === 'lang') this.showFallback();
      return;
    }
    // Before the first connect (e.g. during an upgrade) the Widget does not exist
    // yet; #mount reads the current attributes then.
    if (!this.#widget) return;
    guarded(() => this.#widget.set_attributes(...this.#attributes()));
  }

  /** Replaces whatever the widget shows with the static fallback (idempotent). */
  showFallback() {
    this.#ensureShadow();
    if (this.#widget) abandoned.push(this.#widget); // see `abandoned`
    this.#widget = null;
    this.#root = null;
    this.#fallbackShown = true;
    const lang = langFromTag(this.getAttribute('lang')) ?? langFromTag(pageLang()) ?? 'nb';
    this.#shadow.replaceChildren(fallbackContent(lang));
  }

  #mount() {
    this.#ensureShadow();
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    if (CSS_SRI) {
      link.integrity = CSS_SRI;
      link.crossOrigin = 'anonymous';
    }
    link.href = STYLESHEET;
    link.addEventListener('error', () => {
      dropStylesheetPreload();
      fail(
        `could not load ${STYLESHEET}${CSS_SRI ? ' or it failed its integrity check (expected ' + CSS_SRI + ')' : ''} ` +
          '(check CORS and the page\'s CSP style-src).',
      );
    });
    // Hidden until the stylesheet is in, so the widget never shows unstyled.
    const root = document.createElement('div');
    root.hidden = true;
    link.addEventListener('load', () => {
      dropStylesheetPreload();
      root.hidden = false;
    });
    this.#shadow.replaceChildren(link, root);
    this.#root = root;
    guarded(() => {
      this.#widget = new Widget(root, ...this.#attributes());
    });
  }

  #unmount() {
    if (!this.#widget) return;
    const widget = this.#widget;
    this.#widget = null;
    guarded(() => widget.free());
    this.#root?.replaceChildren();
  }
}

// The module may be loaded twice (e.g. from two URLs); the first definition wins.
if (!customElements.get(TAG)) customElements.define(TAG, RyggsjekkWidget);
