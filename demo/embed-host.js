// For the host page of a Ryggsjekk iframe with ?autoheight=1 (docs/embedding.md):
//   <iframe data-ryggsjekk-autoheight src="…/embed.html?lang=nb&autoheight=1" …></iframe>
//   <script type="module" src="…/embed-host.js"></script>
// Sets each such frame's height from the only message embed.html sends: its height.
addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.ryggsjekk !== 'height' || !Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll('iframe[data-ryggsjekk-autoheight]')) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.min(Math.max(data.height, 200), 10000)}px`;
  }
});
