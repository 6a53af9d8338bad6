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
// the page shows a short static message in its language: the warning signs in
// short with 113 and 116 117 (tel: links, but plain numbers in kiosk mode) and
// a reload button. All widgets share one wasm instance, so after a panic none of
// them is trusted any more. Until the loader runs (or if it never does), the
// browser shows the element's own light-DOM children: the clinic's fallback text.
// Once it runs, the element is defined at once and shows those children (its
// default slot) until the widget is ready; a load that stalls (no answer, no
// error) shows the static fallback beside them after WATCHDOG_MS, and loading
// goes on: the widget replaces both when it arrives.
//
// Privacy: the shadow root is closed, so host scripts (analytics, session
// replay) cannot read the patient's answers; pagehide forgets them at once,
// before the page may be kept in the back/forward cache.
//
// Deliberately small and strict: no innerHTML, no inline styles (pages may use a
// strict CSP; the fallback's styles are a constructed stylesheet), no globals
// besides the element itself (and, while loading, one preload link in <head>),
// no storage and no network besides our own .wasm (fetch, the one documented
// exception) and .css. Every answer lives in the Widget's memory only.
import init, { Widget, set_panic_handler } from './pkg/ryggsjekk.js';
// GENERATED at build time, not in the repository: scripts/build writes it beside
// this file (cargo run -p ryggsjekk-core --example loader-data) from the core's
// language table and locales/*/fallback.ftl, and the bundle inlines it.
import { LANG_TAGS, DEFAULT_LANG, FALLBACK_TEXT } from './loader-data.mjs';

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
/** A widget not shown by then (wasm or stylesheet stalled) shows the static fallback. */
const WATCHDOG_MS = 4000;
const loading = customElements.get(TAG) ? null : load();

// ── The fallback: static text in the loader, built with DOM calls ──────────────
// Its texts are FALLBACK_TEXT (locales/*/fallback.ftl, inlined by scripts/build).

// The same table as the wasm's (ryggsjekk_core::embed::LANG_TAGS); no warnings
// here, the wasm warns.
function langFromTag(tag) {
  const primary = String(tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return Object.hasOwn(LANG_TAGS, primary) ? LANG_TAGS[primary] : null;
}

/** The page's language, the widget's fallback when it has no lang attribute. */
const pageLang = () => document.documentElement.getAttribute('lang');

// Critical styles as a constructed stylesheet: CSP-safe (no <style>, no style
// attribute), shared by every instance, and present even when ryggsjekk.css is
// blocked or refused. They keep the host page's CSS from hiding or shrinking us.
const BASE_CSS = `
.rs-wait { display: block; }
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

// ── Theme: the host's colours are registered as colours ───────────────────────

// A value that is no colour (e.g. `--ryggsjekk-text: 0px`) then falls back to
// our default instead of making the text inherit the page's colour; the
// stylesheet clamps the rest (styles/ryggsjekk.css, .rs-host). Our own names only.
for (const [name, initialValue] of Object.entries({ text: '#1a1a1a', bg: '#fff', accent: '#005a8c', 'accent-text': '#fff' })) {
  try {
    CSS.registerProperty({ name: `--ryggsjekk-${name}`, syntax: '<color>', inherits: true, initialValue });
  } catch {
    // registered already (a second copy of the loader), or an old browser: unregistered then
  }
}

/** The same test as src/embed.rs (parse_mode): trimmed, any case. */
const isKiosk = (mode) => String(mode ?? '').trim().toLowerCase() === 'kiosk';

/**
 * A phone number: a tel: link, or in kiosk mode plain bold text (a kiosk has no
 * phone, and a link there only leads out of the kiosk).
 */
function telLink(number, kiosk) {
  if (kiosk) {
    const b = document.createElement('strong');
    b.textContent = number;
    return b;
  }
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
function fallbackContent(lang, kiosk) {
  const t = FALLBACK_TEXT[lang] ?? FALLBACK_TEXT[DEFAULT_LANG];
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
  const [a0, a, a1] = t.emergency;
  const [b0, b, b1] = t.legevakt;
  box.append(
    paragraph(title),
    ...(kiosk ? [paragraph(t.kioskStaff)] : []),
    paragraph(a0, telLink(a, kiosk), a1),
    paragraph(b0, telLink(b, kiosk), b1),
    paragraph(t.gp),
    contact,
    paragraph(reload),
  );
  return box;
}

// ── Read aloud («Les opp»): on-device voices only ─────────────────────────────
// The wasm shows the button (src/ui/display.rs) when this loader has told it
// which languages have a voice whose `localService` is true: a network voice
// sends the text to a cloud service, and the patient's answers must not leave
// the device. Strict on language too: a bokmål voice mangles nynorsk.
const VOICE_TAGS = { nb: ['nb', 'no'], nn: ['nn'], en: ['en'] };
const speech =
  typeof speechSynthesis === 'object' && speechSynthesis && typeof SpeechSynthesisUtterance === 'function'
    ? speechSynthesis
    : null;

function localVoice(lang) {
  const tags = VOICE_TAGS[lang] ?? [];
  return speech?.getVoices().find((v) => v.localService === true && tags.includes(String(v.lang).toLowerCase().split(/[-_]/)[0]));
}

/** The widget languages with an on-device voice, as the wasm parses them ("nb en"). */
const localVoiceLangs = () => Object.keys(VOICE_TAGS).filter(localVoice).join(' ');

/** Stops our speech; set while one widget speaks. */
let stopSpeaking = null;

/**
 * Reads the screen of `button`'s widget aloud: what it shows below the header
 * and the controls, line by line (long utterances stall in some browsers).
 * Any change to the screen (next question, idle warning, kiosk reset) stops it:
 * the next patient must not hear the last one's answers.
 */
function readAloud(button, root) {
  stopSpeaking?.();
  const section = button.closest('section');
  const voice = localVoice(section?.lang);
  if (!voice) return; // the voice went away: say nothing rather than use another
  const text = [...section.children]
    .filter((e) => !e.matches('header, .rs-tools'))
    .map((e) => e.innerText)
    .join('\n');
  const observer = new MutationObserver(() => stopSpeaking?.());
  observer.observe(root, { childList: true, subtree: true });
  stopSpeaking = () => {
    stopSpeaking = null;
    observer.disconnect();
    speech.cancel();
  };
  for (const line of text.split(/\n+/).map((l) => l.trim()).filter(Boolean)) {
    const utterance = new SpeechSynthesisUtterance(line);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    speech.speak(utterance);
  }
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

/** Whether the wasm is in and started (set once `loading` resolves). */
let ready = false;

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
  static observedAttributes = ['lang', 'mode', 'idle-seconds', 'read-aloud'];

  /** @type {ShadowRoot | null} */
  #shadow = null;
  /** @type {HTMLDivElement | null} the Yew root inside the shadow root */
  #root = null;
  /** @type {Widget | null} */
  #widget = null;
  #fallbackShown = false;
  /**
   * Until the widget shows (wasm started, stylesheet in): the default slot, so
   * the clinic's own content in the element shows, and after WATCHDOG_MS the
   * static fallback beside it. Loading goes on; the widget replaces both.
   * @type {HTMLElement | null}
   */
  #waiting = null;
  #watchdog = 0;
  /** Follows <html lang> for widgets without their own lang attribute. */
  #pageLangObserver = new MutationObserver(() => {
    if (this.hasAttribute('lang')) return;
    if (this.#fallbackShown) this.showFallback();
    else if (this.#widget) guarded(() => this.#widget.set_attributes(...this.#attributes()));
  });

  /**
   * What the Widget is built from: lang, the page's lang, mode, idle-seconds,
   * read-aloud (parsed in the wasm), and the languages with an on-device voice.
   */
  #attributes() {
    const a = (name) => this.getAttribute(name);
    return [a('lang'), pageLang(), a('mode'), a('idle-seconds'), a('read-aloud'), localVoiceLangs()];
  }

  /** The browser's voices arrived or changed: «Les opp» shows or goes. */
  voicesChanged() {
    if (this.#widget) guarded(() => this.#widget.set_attributes(...this.#attributes()));
  }

  #ensureShadow() {
    if (this.#shadow) return;
    // Closed: analytics, heatmaps and session replay on the host page read an
    // open root's text (element.shadowRoot, composedPath()); a closed one shows
    // them the element and its size only. Tests open it (tests/e2e/fixtures.mjs).
    this.#shadow = this.attachShadow({ mode: 'closed' });
    if (baseSheet) this.#shadow.adoptedStyleSheets = [baseSheet];
    this.#shadow.addEventListener('click', (event) => {
      const button = event.target.closest?.('.rs-read');
      if (button && this.#root) readAloud(button, this.#root);
    });
  }

  connectedCallback() {
    live.add(this);
    this.#pageLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    if (failed) this.showFallback();
    else if (!this.#widget) {
      this.#wait();
      if (ready) this.#mount();
    }
  }

  disconnectedCallback() {
    live.delete(this);
    this.#pageLangObserver.disconnect();
    this.#unmount();
    this.#shown();
  }

  /** Shows the default slot until the widget is ready, and arms the watchdog. */
  #wait() {
    this.#ensureShadow();
    if (this.#waiting) return;
    const waiting = document.createElement('span');
    waiting.className = 'rs-wait';
    waiting.append(document.createElement('slot'));
    this.#shadow.replaceChildren(waiting);
    this.#waiting = waiting;
    this.#watchdog = setTimeout(() => {
      if (this.#waiting !== waiting || failed) return;
      const lang = langFromTag(this.getAttribute('lang')) ?? langFromTag(pageLang()) ?? 'nb';
      waiting.append(fallbackContent(lang, isKiosk(this.getAttribute('mode'))));
    }, WATCHDOG_MS);
  }

  /** The widget shows (or the element left the page): no more waiting. */
  #shown() {
    clearTimeout(this.#watchdog);
    this.#waiting?.remove();
    this.#waiting = null;
  }

  /** The page woke up: the widget checks the time (kiosk idle reset). */
  wake() {
    if (this.#widget) guarded(() => this.#widget.wake());
  }

  /** Called by the loader once the wasm is ready: mounts every waiting element. */
  start() {
    if (!this.#widget && !this.#fallbackShown && this.isConnected) this.#mount();
  }

  /**
   * Forgets the patient at once, in the same task (pagehide): the page may be
   * kept in the back/forward cache as it is, and come back with Back.
   */
  forget() {
    stopSpeaking?.();
    if (!this.#widget) return;
    const old = this.#root;
    this.#unmount();
    const root = document.createElement('div');
    root.hidden = old.hidden;
    old.replaceWith(root);
    this.#root = root;
    this.#create(root);
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (this.#fallbackShown) {
      if (name === 'lang' || name === 'mode') this.showFallback();
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
    this.#shown();
    const lang = langFromTag(this.getAttribute('lang')) ?? langFromTag(pageLang()) ?? DEFAULT_LANG;
    this.#shadow.replaceChildren(fallbackContent(lang, isKiosk(this.getAttribute('mode'))));
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
    // Hidden until the stylesheet is in, so the widget never shows unstyled;
    // the waiting slot (and, after the watchdog, the fallback) shows meanwhile.
    const root = document.createElement('div');
    root.hidden = true;
    link.addEventListener('load', () => {
      dropStylesheetPreload();
      // The current root: forget() may have replaced this one meanwhile.
      if (this.#root) this.#root.hidden = false;
      this.#shown();
    });
    this.#wait();
    this.#shadow.replaceChildren(link, root, this.#waiting);
    this.#root = root;
    this.#create(root);
  }

  #create(root) {
    guarded(() => {
      this.#widget = new Widget(root, ...this.#attributes());
    });
  }

  #unmount() {
    stopSpeaking?.();
    if (!this.#widget) return;
    const widget = this.#widget;
    this.#widget = null;
    guarded(() => widget.free());
    this.#root?.replaceChildren();
  }
}

// The module may be loaded twice (e.g. from two URLs); the first definition wins.
// Defined at once: the elements show the clinic's own content, then (watchdog)
// the fallback, while the wasm loads.
if (loading) {
  customElements.define(TAG, RyggsjekkWidget);
  // Back/forward cache: every widget forgets its patient before the page is stored.
  addEventListener('pagehide', () => {
    for (const element of live) element.forget();
  });
  // A kiosk that slept, or a tab that was hidden or frozen, checks its idle
  // time at once on waking (its ticks stopped meanwhile; src/ui/app.rs).
  const wake = () => {
    for (const element of live) element.wake();
  };
  for (const type of ['pageshow', 'focus']) addEventListener(type, wake);
  for (const type of ['visibilitychange', 'resume']) document.addEventListener(type, wake);
  // Chromium lists its voices only after this event.
  speech?.addEventListener?.('voiceschanged', () => {
    for (const element of live) element.voicesChanged();
  });
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
