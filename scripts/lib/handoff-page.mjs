// Writes the handoff page's texts (the handoff-page-* messages of
// locales/<lang>/main.ftl) into handoff.html as JSON data, which a strict CSP
// allows (it is not run). Usage: node scripts/lib/handoff-page.mjs <handoff.html>
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const MARK = /<!-- ryggsjekk:handoff-texts:[^>]*-->/;

export function handoffTexts(root = 'locales') {
  const out = {};
  for (const lang of readdirSync(root).filter((d) => /^[a-z]{2,3}$/.test(d)).sort()) {
    let ftl;
    try {
      ftl = readFileSync(`${root}/${lang}/main.ftl`, 'utf8');
    } catch {
      continue;
    }
    const texts = {};
    for (const m of ftl.matchAll(/^(handoff-page-[a-z-]+) = (.+)$/gm)) texts[m[1]] = m[2].trim();
    if (Object.keys(texts).length) out[lang] = texts;
  }
  if (!out.nb) throw new Error('locales/nb/main.ftl has no handoff-page-* texts');
  return out;
}

const file = process.argv[2];
if (file) {
  const html = readFileSync(file, 'utf8');
  if (!MARK.test(html)) throw new Error(`${file}: no <!-- ryggsjekk:handoff-texts --> mark`);
  // `<` escaped: the JSON cannot end its script element.
  const json = JSON.stringify(handoffTexts()).replace(/</g, '\\u003c');
  writeFileSync(file, html.replace(MARK, `<script type="application/json" id="handoff-texts">${json}</script>`));
}
