// The iframe page's only script (embed.html): query parameters → attributes of
// the one <ryggsjekk-widget>, and, only with ?autoheight=1, the page's height
// posted to the parent window. The message carries the height and nothing else:
// never an answer, never a screen name. embed-host.js applies it on the host.
const params = new URLSearchParams(location.search);
const widget = document.querySelector('ryggsjekk-widget');
const lang = params.get('lang');
if (lang) document.documentElement.lang = lang;
for (const name of ['mode', 'idle-seconds']) {
  const value = params.get(name);
  if (value !== null) widget.setAttribute(name, value);
}

if (params.get('autoheight') === '1' && window.parent !== window) {
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // '*': a sandboxed frame cannot know its parent's origin; the height is not a secret.
    window.parent.postMessage({ ryggsjekk: 'height', height }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
}
