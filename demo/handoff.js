// The handoff page's script (handoff.html). The fragment holds the patient's
// answers: it is taken out of the address bar and the history entry first
// (history.replaceState), before anything renders, so a shared or synced
// address does not carry them. Then one confirm; handoff-qr.js checks the
// link in qr.wasm (the core's decoder, kept out of the widget's wasm) and the
// widget replays its taps to the result. A damaged, foreign or outdated link
// gives a message and a fresh start.
import { checkLink } from './handoff-qr.js';

const fragment = location.hash.slice(1);
if (fragment) history.replaceState(history.state, '', location.pathname + location.search);

const texts = JSON.parse(document.getElementById('handoff-texts')?.textContent || '{}');
// The language the link was made in (rs1~<version>~<lang>~…), if the page has its texts.
let link = fragment;
try {
  link = decodeURIComponent(fragment);
} catch {
  // A malformed escape: the check calls it damaged.
}
const linkLang = link.split('~')[2];
const lang = Object.hasOwn(texts, linkLang) ? linkLang : 'nb';
const t = (id) => texts[lang]?.[id] ?? texts.nb?.[id] ?? '';
document.documentElement.lang = lang;

const widget = document.querySelector('ryggsjekk-widget');
const wrapper = document.querySelector('.rs-handoff-widget');
const confirm = document.querySelector('.rs-handoff-confirm');
const error = document.querySelector('.rs-handoff-error');
widget.setAttribute('lang', lang);

function fresh(message) {
  if (message) {
    error.textContent = message;
    error.hidden = false;
  }
  confirm.hidden = true;
  wrapper.hidden = false;
}

if (!fragment) {
  fresh();
} else {
  confirm.querySelector('h1').textContent = t('handoff-page-title');
  confirm.querySelector('p').textContent = t('handoff-page-text');
  const show = confirm.querySelector('button');
  show.textContent = t('handoff-page-show');
  confirm.hidden = false;
  show.addEventListener('click', async () => {
    show.disabled = true;
    const verdict = await checkLink(link).catch((error) => {
      console.warn(`ryggsjekk: could not check the link (${error.message}).`);
      return '3';
    });
    await customElements.whenDefined('ryggsjekk-widget');
    if (verdict[0] === '0') {
      widget.restore(verdict.slice(1));
      fresh();
    } else fresh(t(verdict === '2' ? 'handoff-page-outdated' : 'handoff-page-damaged'));
  }, { once: true });
}
