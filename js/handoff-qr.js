// The part of «Ta med på mobilen» (issue 17) that only a patient who uses it
// downloads. On the kiosk the loader adds it as a module script with its
// integrity on the first press (import() takes no integrity); on the phone
// the handoff page (handoff.js) imports it. Either way it runs qr.wasm (qr/),
// fetched with integrity too: the QR code of the link there, the link's check
// here, so neither the encoder nor the decoder is on the widget's first load.
const QR_URL = new URL('qr.wasm', import.meta.url).href;
/* global __RYGGSJEKK_QR_SRI__ */
const QR_SRI = typeof __RYGGSJEKK_QR_SRI__ === 'string' ? __RYGGSJEKK_QR_SRI__ : '';
// The issue asks for about a minute: long enough to find the camera, short
// enough that the next person in the waiting room does not find the code.
const HANDOFF_MS = 60_000;
let qrModule = null;
const timers = new WeakMap();

/** Runs `fn` of qr.wasm on `text` (its plain C interface: input, fn(len), output). */
function qrCall(fn, text) {
  qrModule ??= fetch(QR_URL, { integrity: QR_SRI || undefined, mode: 'cors', credentials: 'same-origin' })
    .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then((bytes) => WebAssembly.instantiate(bytes, {}))
    .then(({ instance }) => instance.exports)
    .catch((error) => {
      qrModule = null;
      throw new Error(`${QR_URL}: ${error.message}; integrity, CORS and connect-src as for the wasm`);
    });
  return qrModule.then((qr) => {
    const bytes = new TextEncoder().encode(text);
    // Each call may grow the module's memory, which detaches an older buffer:
    // take `memory.buffer` only after the call (so not as the first argument).
    const at = qr.input();
    new Uint8Array(qr.memory.buffer, at, bytes.length).set(bytes);
    const n = qr[fn](bytes.length);
    const out = qr.output();
    return new TextDecoder().decode(new Uint8Array(qr.memory.buffer, out, n));
  });
}

/**
 * The handoff page's check of a link's fragment: `0<taps>` to hand to the
 * widget's `restore`, or `1` foreign, `2` outdated, `3` damaged.
 */
export const checkLink = (fragment) => qrCall('check', fragment);

function hide(box) {
  clearTimeout(timers.get(box));
  const panel = box?.querySelector('.rs-handoff-panel');
  if (!panel) return;
  panel.hidden = true;
  box.querySelector('.rs-qr')?.replaceChildren();
  box.querySelector('.rs-handoff-open')?.setAttribute('aria-expanded', 'false');
}

function show(button, base) {
  const box = button.closest('.rs-handoff');
  const panel = box?.querySelector('.rs-handoff-panel');
  if (!panel || !base) return;
  if (!panel.hidden) return hide(box);
  // «<lang> <taps>» from the widget; qr.wasm makes the link's fragment of it.
  qrCall('encode', `${button.dataset.handoff} ${base.trim()}`)
    .then((text) => {
      // «<modules> <path>»; the path has spaces, so split at the first one only.
      const gap = text.indexOf(' ');
      const d = text.slice(gap + 1);
      if (gap < 1 || !d) throw new Error('no link: not a calm result, or too long for a QR code');
      const ns = 'http://www.w3.org/2000/svg';
      const svg = document.createElementNS(ns, 'svg');
      svg.setAttribute('viewBox', `0 0 ${text.slice(0, gap)} ${text.slice(0, gap)}`);
      const path = document.createElementNS(ns, 'path');
      path.setAttribute('d', d);
      svg.append(path);
      box.querySelector('.rs-qr').replaceChildren(svg);
      panel.hidden = false;
      button.setAttribute('aria-expanded', 'true');
      timers.set(box, setTimeout(() => hide(box), HANDOFF_MS));
    })
    .catch((error) => console.warn(`ryggsjekk: could not show the QR code (${error.message}).`));
}

/** A click inside the widget's `.rs-handoff` box (the loader passes it on). */
function handle(target, base) {
  const open = target.closest('.rs-handoff-open');
  if (open) return show(open, base);
  if (target.closest('.rs-handoff-close')) hide(target.closest('.rs-handoff'));
}

// The loader listens for this once, right before it adds this script. What
// it hands over draws into elements it is given and holds no answers itself.
dispatchEvent(new CustomEvent('ryggsjekk-handoff', { detail: handle }));
