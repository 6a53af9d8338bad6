// What the element styles itself with before (and without) ryggsjekk.css.

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
export let baseSheet = null;
try {
  baseSheet = new CSSStyleSheet();
  baseSheet.replaceSync(BASE_CSS);
} catch {
  baseSheet = null; // an old browser: the fallback still shows, unstyled
}

// Theme: the host's colours are registered as colours. A value that is no colour
// (e.g. `--ryggsjekk-text: 0px`) then falls back to our default instead of making
// the text inherit the page's colour; the stylesheet clamps the rest
// (styles/ryggsjekk.css, .rs-host). Our own names only.
for (const [name, initialValue] of Object.entries({ text: '#1a1a1a', bg: '#fff', accent: '#005a8c', 'accent-text': '#fff' })) {
  try {
    CSS.registerProperty({ name: `--ryggsjekk-${name}`, syntax: '<color>', inherits: true, initialValue });
  } catch {
    // registered already (a second copy of the loader), or an old browser: unregistered then
  }
}
