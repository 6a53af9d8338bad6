// The iframe page's only script (embed.html): query parameters → attributes of
// the one <ryggsjekk-widget>, and, only with ?autoheight=1, the page's height
// posted to the parent window, and only to the origin named by ?parent-origin=.
// The message carries the height and nothing else: never an answer, never a
// screen name. embed-host.js applies it on the host.
const params = new URLSearchParams(location.search);
const widget = document.querySelector('ryggsjekk-widget');
const lang = params.get('lang');
if (lang) document.documentElement.lang = lang;
// Not handoff-url: a link to this page could otherwise send the QR code (and
// the answers in it) to any address; a clinic that wants the button embeds
// the element itself.
for (const name of ['mode', 'idle-seconds', 'read-aloud']) {
  const value = params.get(name);
  if (value !== null) widget.setAttribute(name, value);
}
// A kiosk has no phone: the fallback text's tel: links would only lead out of
// the kiosk. The numbers stay, as plain bold text.
if (params.get('mode')?.trim().toLowerCase() === 'kiosk') {
  for (const link of widget.querySelectorAll('a[href^="tel:" i]')) {
    const number = document.createElement('strong');
    number.textContent = link.textContent;
    link.replaceWith(number);
  }
}

/**
 * The parent page's origin from ?parent-origin=, or null. The documented
 * snippet strips the referrer, so the frame cannot know its parent otherwise.
 */
function parentOrigin(value) {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && url.origin === value.replace(/\/$/, '') ? url.origin : null;
  } catch {
    return null;
  }
}

if (params.get('autoheight') === '1' && window.parent !== window) {
  // Only to the named origin: the height tells how long the screen on display
  // is, which any other page that framed this one must not learn.
  const target = parentOrigin(params.get('parent-origin'));
  if (target === null) {
    console.warn('ryggsjekk: autoheight=1 needs parent-origin=<the origin of the page with the iframe>, e.g. parent-origin=https://www.clinic.example; no height is sent.');
  } else {
    let last = -1;
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ ryggsjekk: 'height', height }, target);
    };
    new ResizeObserver(post).observe(document.documentElement);
  }
}
