// Records every print() call on a frame's window, with what the frame held at
// that moment. For page.addInitScript: self-contained, no imports.
export function recordPrints() {
  window.__prints = [];
  const get = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow').get;
  Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
    configurable: true,
    get() {
      const win = get.call(this);
      if (win && !win.__stubbed) {
        win.__stubbed = true;
        const frame = this;
        win.print = () => {
          const doc = win.document;
          window.__prints.push({
            frameClass: frame.className,
            inWidget: frame.getRootNode() instanceof ShadowRoot,
            lang: doc.documentElement.lang,
            title: doc.title,
            text: doc.body.innerText,
            html: doc.documentElement.outerHTML,
            // Styled by one constructed sheet, made in the frame (no request, CSP-safe).
            styled: doc.adoptedStyleSheets.length === 1 && doc.adoptedStyleSheets[0].cssRules.length > 20,
            css: [...doc.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n'),
            // Each language's copy of the summary (the bilingual print: the patient's, then bokmål).
            copies: [...doc.querySelectorAll('body > .rs-print')].map((d) => ({ lang: d.lang, dir: d.dir, text: d.innerText.replace(/\s+/g, ' ') })),
          });
          // The print dialog closes when the test says so (closePrintDialog).
        };
      }
      return win;
    },
  });
}
