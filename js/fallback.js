// The static fallback, and failing safely.
//
// If WebAssembly is missing or blocked, the wasm (or the stylesheet) fails to
// load or verify, or the Rust code panics, every <ryggsjekk-widget> on the page
// shows a short static message in its language: the warning signs in short with
// 113 and 116 117 (tel: links, but plain numbers in kiosk mode) and a reload
// button. All widgets share one wasm instance, so after a panic none of them is
// trusted any more. A load that stalls (no answer, no error) shows the same
// message after WATCHDOG_MS (the element's #wait), and loading goes on.
//
// Its texts are FALLBACK_TEXT (locales/*/fallback.ftl, inlined by scripts/build),
// built with DOM calls, never innerHTML.
import { DEFAULT_LANG, LANG_DIR, FALLBACK_TEXT } from './loader-data.mjs';

/** A widget not shown by then (wasm or stylesheet stalled) shows the static fallback. */
export const WATCHDOG_MS = 4000;

/** The same test as src/embed.rs (parse_mode): trimmed, any case. */
export const isKiosk = (mode) => String(mode ?? '').trim().toLowerCase() === 'kiosk';

/**
 * A phone number: a tel: link, or in kiosk mode plain bold text (a kiosk has no
 * phone, and a link there only leads out of the kiosk).
 */
function telLink(number, kiosk) {
  const a = document.createElement(kiosk ? 'strong' : 'a');
  if (!kiosk) a.href = `tel:${number.replace(/\s/g, '')}`;
  a.textContent = number;
  // Isolated left to right: in right-to-left text «116 117» would read «117 116».
  a.dir = 'ltr';
  return a;
}

function paragraph(...parts) {
  const p = document.createElement('p');
  p.append(...parts);
  return p;
}

/** The static fallback in `lang`, with the clinic's own `contact` slot. */
export function fallbackContent(lang, kiosk) {
  const t = FALLBACK_TEXT[lang] ?? FALLBACK_TEXT[DEFAULT_LANG];
  const box = document.createElement('div');
  box.className = 'rs-fallback';
  box.lang = lang;
  box.dir = LANG_DIR[lang];
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

export let failed = false;
let panicked = false;
/** Connected elements, so one failure can switch them all to the fallback. */
export const live = new Set();
// Widgets of a wasm instance that panicked: never freed (the instance is not
// trusted any more) and never garbage-collected (their finalizers call into it).
export const abandoned = [];

export function fail(message) {
  if (failed) return;
  failed = true;
  console.error(`ryggsjekk: ${message} Showing the fallback with the emergency numbers (113, 116 117) instead.`);
  for (const element of live) element.showFallback();
}

/** The panic hook's handler (src/web.rs), called before the wasm traps. */
export function onPanic(message) {
  panicked = true;
  // The trap that follows a panic in an event handler would reach the page as
  // an uncaught "RuntimeError: unreachable"; it has been reported just above.
  addEventListener('error', (event) => {
    if (event.error instanceof WebAssembly.RuntimeError) event.preventDefault();
  });
  fail(`the widget stopped after an internal error (${String(message).replace(/\s*\n\s*/g, ' ')}).`);
}

/** Runs a call into the wasm; any exception there means the widget is broken. */
export function guarded(call) {
  if (failed) return;
  try {
    call();
  } catch (error) {
    if (!panicked) fail(`the widget stopped after an internal error (${error}).`);
  }
}
