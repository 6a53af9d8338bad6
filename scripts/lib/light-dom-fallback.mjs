#!/usr/bin/env node
// The help a page shows when the loader never runs (no JavaScript, the script
// blocked): the element's light-DOM children. Written from locales/<lang>/fallback.ftl
// like the loader's own fallback, never by hand: dist-meta.mjs puts it in the
// snippets, and scripts/build puts it in place of the marker below in the pages
// it names:
//   node scripts/lib/light-dom-fallback.mjs <file.html>…
//   <!-- ryggsjekk:light-dom-fallback -->   (one line, replaced with the nb text)
import { readFileSync, writeFileSync } from 'node:fs';
import { fallbackText } from './loader-data.mjs';

export const MARKER = /^([ \t]*)<!-- ryggsjekk:light-dom-fallback[^>]*-->[ \t]*$/m;

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `text` with the first `number` as a tel: link; throws when the text lacks it. */
function withLink(lang, id, number) {
  const text = fallbackText(lang, id);
  const at = text.indexOf(number);
  if (at < 0) throw new Error(`locales/${lang}/fallback.ftl: ${id} must contain «${number}»`);
  const link = `<a href="tel:${number.replace(/\s/g, '')}">${number}</a>`;
  return escape(text.slice(0, at)) + link + escape(text.slice(at + number.length));
}

/**
 * One paragraph (pages and tests treat the element's one light-DOM <p> as the
 * fallback), its lines starting with `indent`.
 */
export function lightDomFallback(lang = 'nb', indent = '  ') {
  return [
    `<p><strong>${escape(fallbackText(lang, 'fallback-title'))}</strong><br>`,
    `  ${withLink(lang, 'fallback-a', '113')}<br>`,
    `  ${withLink(lang, 'fallback-b', '116 117')}</p>`,
  ].map((line) => `${indent}${line}\n`).join('');
}

function main(files) {
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const m = MARKER.exec(html);
    if (!m) throw new Error(`${file}: no <!-- ryggsjekk:light-dom-fallback --> line`);
    writeFileSync(file, html.replace(MARKER, lightDomFallback('nb', m[1]).trimEnd()));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
