// The widget's own files, found beside the bundle (import.meta.url: esbuild keeps
// it as it is in ESM output), so the loader may live on another origin than the
// page (it then needs CORS), and the hashes they are verified with.

export const TAG = 'ryggsjekk-widget';
export const WASM_URL = new URL('ryggsjekk_bg.wasm', import.meta.url).href;
export const STYLESHEET = new URL('ryggsjekk.css', import.meta.url).href;
/* global __RYGGSJEKK_WASM_SRI__, __RYGGSJEKK_CSS_SRI__ */
// "sha384-…" from scripts/build (esbuild --define); empty when this file runs
// unbundled (no check then).
export const WASM_SRI = typeof __RYGGSJEKK_WASM_SRI__ === 'string' ? __RYGGSJEKK_WASM_SRI__ : '';
export const CSS_SRI = typeof __RYGGSJEKK_CSS_SRI__ === 'string' ? __RYGGSJEKK_CSS_SRI__ : '';
