// The widget's bench pages, made from dist/'s pinned snippets as they are
// (scripts/bench runs it): so the bench loads the widget exactly as
// docs/embedding.md tells a clinic to, preloads included — the wasm, the
// stylesheet and, for a language other than bokmål, its texts file.
//   node bench/site.mjs <dist> <site>   writes <site>/ours.html, ours-nn.html, ours-kiosk.html
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The <script> and <link> lines of a snippet (what goes in the page's <head>). */
export const snippetTags = (snippet) => snippet.match(/^<(link|script)\b.*$/gm) ?? [];

/** The pages: name → [snippet, title, the element's extra attributes]. */
export const BENCH_PAGES = {
  'ours.html': ['snippet.versioned.html', 'Ryggsjekk', ''],
  // Nynorsk: its texts are a file of their own, preloaded by its snippet.
  'ours-nn.html': ['snippet.versioned.nn.html', 'Ryggsjekk (nn)', ''],
  // Kiosk mode, for the memory run (idle resets under Playwright's fake clock).
  'ours-kiosk.html': ['snippet.versioned.html', 'Ryggsjekk kiosk', ' mode="kiosk" idle-seconds="30"'],
};

/** A bench page: the snippet's tags in <head>, its element (without the fallback text) in <body>. */
export function benchPage(snippet, title, attributes) {
  const lang = /<ryggsjekk-widget lang="([^"]+)"/.exec(snippet)?.[1];
  if (!lang) throw new Error('the snippet has no <ryggsjekk-widget lang="…">');
  return `<!doctype html>
<!-- Benchmark page, written by bench/site.mjs from dist/'s pinned snippet. -->
<html lang="nb">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>bench: ${title}</title>
  <link rel="icon" href="data:,">
${snippetTags(snippet).map((t) => `  ${t}\n`).join('')}</head>
<body>
  <ryggsjekk-widget lang="${lang}"${attributes}></ryggsjekk-widget>
</body>
</html>
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist, site] = process.argv.slice(2);
  if (!dist || !site) throw new Error('usage: bench/site.mjs <dist> <site>');
  for (const [name, [snippet, title, attributes]] of Object.entries(BENCH_PAGES)) {
    writeFileSync(join(site, name), benchPage(readFileSync(join(dist, snippet), 'utf8'), title, attributes));
  }
}
