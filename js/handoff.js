// «Ta med på mobilen» (issue 17): only this hook is on the first load. The rest
// (qr.wasm, drawing the code, the minute's timer) is handoff-qr.js, added on the
// first press as a module script with its integrity (import() takes none); it
// answers with the ryggsjekk-handoff event.
/* global __RYGGSJEKK_HANDOFF_SRI__ */
let handoffModule = null;

export function handoff(target, base) {
  handoffModule ??= new Promise((resolve, reject) => {
    addEventListener('ryggsjekk-handoff', (event) => resolve(event.detail), { once: true });
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = 'anonymous';
    script.integrity = typeof __RYGGSJEKK_HANDOFF_SRI__ === 'string' ? __RYGGSJEKK_HANDOFF_SRI__ : '';
    script.src = new URL('handoff-qr.js', import.meta.url).href;
    script.onerror = () => reject(new Error(`could not load ${script.src} (integrity, CORS, script-src)`));
    document.head.append(script);
  });
  handoffModule.then(
    (handle) => handle(target, base),
    (error) => {
      handoffModule = null;
      console.warn(`ryggsjekk: ${error.message}`);
    },
  );
}
