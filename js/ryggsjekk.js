// The <ryggsjekk-widget> custom element: the small JS shell around the wasm.
//
// A clinic embeds the widget with one line (docs/embedding.md):
//   <script type="module" src="…/ryggsjekk.js"></script>
//   <ryggsjekk-widget lang="nb"></ryggsjekk-widget>
//
// scripts/build bundles this entry, the modules beside it and the wasm-bindgen
// glue (./pkg/, made by wasm-bindgen --target web) into one ES module,
// dist/ryggsjekk.js and dist/v/<version>/ryggsjekk.js. One job per module:
//   assets.js       the wasm's and the stylesheet's URLs beside the bundle, their sha384
//   load.js         the SRI-verified wasm fetch (first thing the bundle does), the
//                   stylesheet preload, starting the widgets or failing them
//   languages.js    the widget's language; the other languages' files (SRI, bokmål with a note)
//   fallback.js     the static fallback (emergency numbers), failing safely, the watchdog's delay
//   base-styles.js  the constructed critical stylesheet, the theme colours' registration
//   read-aloud.js   «Les opp» with on-device voices only
//   page-events.js  pagehide (forget), waking (kiosk idle), voices changed
//   element.js      the element: closed shadow root, slot, watchdog, one Widget
//
// Integrity: scripts/build injects the sha384 hashes of ryggsjekk_bg.wasm and
// ryggsjekk.css (esbuild --define). The wasm is fetched with fetch(url, { integrity })
// and the stylesheet linked with `integrity`, so a tampered file is refused.
//
// Until the loader runs (or if it never does), the browser shows the element's
// own light-DOM children: the clinic's fallback text. Once it runs, the element
// is defined at once and shows those children (its default slot) until the
// widget is ready; a load that stalls shows the static fallback beside them, and
// loading goes on: the widget replaces both when it arrives.
//
// Deliberately small and strict: no innerHTML, no inline styles (pages may use a
// strict CSP; the fallback's styles are a constructed stylesheet), no globals
// besides the element itself (and, while loading, one preload link in <head>),
// no storage and no network besides our own .wasm and language files (fetch,
// the documented exception) and .css. Every answer lives in the Widget's memory only.

// First: evaluating load.js starts the wasm fetch.
import { loading, startWhenLoaded } from './load.js';
import { TAG } from './assets.js';
import { RyggsjekkWidget } from './element.js';
import { listenToPage } from './page-events.js';

export { RyggsjekkWidget };

// The module may be loaded twice (e.g. from two URLs); the first definition wins.
// Defined at once: the elements show the clinic's own content, then (watchdog)
// the fallback, while the wasm loads.
if (loading) {
  customElements.define(TAG, RyggsjekkWidget);
  listenToPage();
  startWhenLoaded();
}
