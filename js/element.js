// The <ryggsjekk-widget> element: a closed shadow root with one Widget (the wasm)
// inside, the clinic's own content (its default slot) while that loads, and the
// static fallback when it cannot.
//
// Privacy: the shadow root is closed, so host scripts (analytics, session
// replay) cannot read the patient's answers; forget() (on pagehide) drops them
// at once, before the page may be kept in the back/forward cache.
import { Widget } from './pkg/ryggsjekk.js';
import { BUILTIN_LANG, UNREVIEWED, DEFAULT_LANG } from './loader-data.mjs';
import { STYLESHEET, CSS_SRI } from './assets.js';
import { baseSheet } from './base-styles.js';
import { WATCHDOG_MS, abandoned, fail, failed, fallbackContent, guarded, isKiosk, live } from './fallback.js';
import { LANG_WAIT_MS, addTexts, pageLang, langFromTag } from './languages.js';
import { dropStylesheetPreload, ready } from './load.js';
import { localVoiceLangs, readAloud, stopSpeaking } from './read-aloud.js';
import { handoff } from './handoff.js';

export class RyggsjekkWidget extends HTMLElement {
  // A change of any of them re-renders the Widget in place: the answers are kept.
  static observedAttributes = ['lang', 'mode', 'idle-seconds', 'read-aloud', 'handoff-url'];

  /** @type {ShadowRoot | null} */
  #shadow = null;
  /** @type {HTMLDivElement | null} the widget's root inside the shadow root (src/dom renders into it) */
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
    else if (this.#widget) guarded(() => this.#widget.set_attributes(this.#attributes()));
  });

  /**
   * What the Widget is built from: lang, the page's lang, mode, idle-seconds,
   * read-aloud, the languages with an on-device voice, handoff-url (parsed in
   * the wasm), as one array (src/web.rs parse): null for an absent attribute.
   */
  #attributes() {
    const a = (name) => this.getAttribute(name);
    return [a('lang'), pageLang(), a('mode'), a('idle-seconds'), a('read-aloud'), localVoiceLangs(), a('handoff-url')];
  }

  /** The browser's voices arrived or changed: «Les opp» shows or goes. */
  voicesChanged() {
    if (this.#widget) guarded(() => this.#widget.set_attributes(this.#attributes()));
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
      if (event.target.closest?.('.rs-handoff')) handoff(event.target, this.getAttribute('handoff-url'));
    });
  }

  connectedCallback() {
    live.add(this);
    this.#pageLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    if (failed) this.showFallback();
    else if (!this.#widget) {
      this.#wait();
      // In parallel with the wasm (for the widgets on the page when this module runs, in the same task).
      if (typeof WebAssembly === 'object') addTexts(this.#lang());
      if (ready) this.#mountWithTexts();
    }
  }

  /** The widget's language, as the wasm decides it (src/embed.rs parse_lang). */
  #lang() {
    // An unreviewed draft only when the element names it (as parse_lang).
    const page = langFromTag(pageLang());
    return langFromTag(this.getAttribute('lang')) ?? (UNREVIEWED.includes(page) ? null : page) ?? DEFAULT_LANG;
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
      waiting.append(fallbackContent(this.#lang(), isKiosk(this.getAttribute('mode'))));
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
    if (!this.#widget && !this.#fallbackShown && this.isConnected) this.#mountWithTexts();
  }

  /**
   * Mounts once the texts of the widget's language are in (or failed: then the
   * widget shows bokmål with the note), waiting at most LANG_WAIT_MS; a slower
   * file shows bokmål until it arrives. Bokmål mounts at once.
   */
  #mountWithTexts() {
    const code = this.#lang();
    if (code === BUILTIN_LANG) return this.#mount();
    // Whichever comes first; the other then finds the widget there.
    const mount = () => {
      if (!this.#widget && !this.#fallbackShown && this.isConnected && !failed) this.#mount();
    };
    addTexts(code).then(mount);
    setTimeout(mount, LANG_WAIT_MS);
  }

  /** A language's texts arrived (no note) or failed (the note, in that language): see needTexts. */
  langReady(lang, note) {
    if (this.#widget) guarded(() => this.#widget.lang_ready(lang, note));
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
    guarded(() => this.#widget.set_attributes(this.#attributes()));
  }

  /** Replaces whatever the widget shows with the static fallback (idempotent). */
  showFallback() {
    this.#ensureShadow();
    if (this.#widget) abandoned.push(this.#widget); // see `abandoned`
    this.#widget = null;
    this.#root = null;
    this.#fallbackShown = true;
    this.#shown();
    this.#shadow.replaceChildren(fallbackContent(this.#lang(), isKiosk(this.getAttribute('mode'))));
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
      this.#widget = new Widget(root, this.#attributes());
    });
    this.#replay();
  }

  #taps = '';

  /** The handoff page (handoff.js): the taps of a link handoff-qr.js has checked. */
  restore(taps) {
    this.#taps = String(taps);
    this.#replay();
  }

  #replay() {
    const taps = this.#taps;
    if (!this.#widget || !taps) return;
    this.#taps = '';
    guarded(() => this.#widget.restore(taps));
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
