// The <ryggsjekk-widget> custom element: the small JS shell around the wasm.
//
// A clinic embeds the widget with one line:
//   <script type="module" src="…/ryggsjekk.js"></script>
//   <ryggsjekk-widget lang="nb"></ryggsjekk-widget>
//
// scripts/build bundles this file and the wasm-bindgen glue (./pkg/, made by
// wasm-bindgen --target web) into dist/ryggsjekk.js. The wasm and the stylesheet
// are found next to that bundle via import.meta.url, so the loader may live on
// another origin than the page (it then needs CORS for the wasm fetch).
//
// Deliberately small and strict: no innerHTML, no inline styles (pages may use a
// strict CSP), no globals besides the element itself, no storage and no network
// besides our own .wasm and .css. Every answer lives in the Widget's memory only.
import init, { Widget } from './pkg/ryggsjekk.js';

const TAG = 'ryggsjekk-widget';
const STYLESHEET = new URL('ryggsjekk.css', import.meta.url).href;

// Loads ryggsjekk_bg.wasm from beside this module; the element is only defined
// once the wasm is ready, so elements already on the page upgrade then.
await init();

/** The page's language, the widget's fallback when it has no lang attribute. */
const pageLang = () => document.documentElement.getAttribute('lang');

export class RyggsjekkWidget extends HTMLElement {
  // mode and idle-seconds are read once by the Widget, so changing them re-creates
  // it; lang only re-renders (answers are kept).
  static observedAttributes = ['lang', 'mode', 'idle-seconds'];

  /** @type {HTMLDivElement} the Yew root inside the shadow root */
  #root;
  /** @type {Widget | null} */
  #widget = null;
  /** Follows <html lang> for widgets without their own lang attribute. */
  #pageLangObserver = new MutationObserver(() => {
    if (this.#widget && !this.hasAttribute('lang')) this.#widget.set_lang(null, pageLang());
  });

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = STYLESHEET;
    this.#root = document.createElement('div');
    shadow.append(link, this.#root);
  }

  connectedCallback() {
    if (!this.#widget) this.#mount();
    this.#pageLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  disconnectedCallback() {
    this.#pageLangObserver.disconnect();
    this.#unmount();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    // Before the first connect (e.g. during an upgrade) the Widget does not exist
    // yet; #mount reads the current attributes then.
    if (!this.#widget || oldValue === newValue) return;
    if (name === 'lang') {
      this.#widget.set_lang(newValue, pageLang());
    } else {
      this.#unmount();
      this.#mount();
    }
  }

  #mount() {
    this.#widget = new Widget(
      this.#root,
      this.getAttribute('lang'),
      pageLang(),
      this.getAttribute('mode'),
      this.getAttribute('idle-seconds'),
    );
  }

  #unmount() {
    if (!this.#widget) return;
    this.#widget.free();
    this.#widget = null;
    this.#root.replaceChildren();
  }
}

// The module may be loaded twice (e.g. from two URLs); the first definition wins.
if (!customElements.get(TAG)) customElements.define(TAG, RyggsjekkWidget);
