// What the bench installs in every page before any page script runs
// (page.addInitScript): timing happens inside the page, with performance.now()
// and MutationObservers, so the harness's own round trips never count.

/** Installed before any page script: ready detection, wasm memory, step timing. */
export function probe(cfg) {
  const B = (window.__bench = { ready: null, memories: [] });
  // Awaited by the harness instead of polling the page.
  let readyResolve;
  B.whenReady = new Promise((r) => (readyResolve = r));
  // The first question on screen: SurveyJS shows it at once (its ready), the
  // widget after «Start», clicked in the task after its start screen appears.
  B.firstQuestion = null;
  let firstResolve;
  B.whenFirstQuestion = new Promise((r) => (firstResolve = r));
  // And the first frame rendered after that (what a patient sees): the task
  // after the next animation frame runs once that frame's style, layout and
  // paint are done. Both pages are measured to the DOM and to the frame,
  // because one may do its first layout before the DOM mark (the widget moves
  // focus to the question's heading, which lays the page out) and the other after it.
  B.firstPainted = null;
  /** The end of the frame that shows a change made at t0, in ms after t0. Out
   *  here, so its closures keep t0 only, not a step's clicked nodes (the memory
   *  run counts DOM nodes, and a kept node keeps its whole detached screen). */
  const framePainted = (t0) => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now() - t0))));
  let paintedResolve;
  B.whenFirstPainted = new Promise((r) => (paintedResolve = r));
  const first = (t) => {
    firstResolve((B.firstQuestion = t));
    if (typeof t !== 'number') return paintedResolve((B.firstPainted = t));
    framePainted(0).then((t) => paintedResolve((B.firstPainted = t)));
  };
  const firstQuestion = () => {
    if (!cfg.first) return first(B.ready);
    setTimeout(() =>
      B.measure({ click: cfg.first.click, done: { present: cfg.first.present } }).then(
        () => first(performance.now()),
        (error) => first(`${error}`),
      ),
    );
  };

  // Keep every wasm memory the page instantiates (the widget's linear memory).
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async function (...args) {
      const result = await original.apply(this, args);
      const instance = result instanceof WebAssembly.Instance ? result : result.instance;
      for (const v of Object.values(instance?.exports || {})) if (v instanceof WebAssembly.Memory) B.memories.push(v);
      return result;
    };
  }
  B.wasmBytes = () => B.memories.reduce((n, m) => n + m.buffer.byteLength, 0);

  // ready: the first time the control is in the DOM (document or any shadow root).
  const observers = [];
  const watch = (root) => {
    const check = () => {
      if (B.ready === null && root.querySelector(cfg.ready)) {
        B.ready = performance.now();
        observers.forEach((o) => o.disconnect());
        readyResolve(B.ready);
        firstQuestion();
      }
    };
    const o = new MutationObserver(check);
    o.observe(root, { childList: true, subtree: true });
    observers.push(o);
    check();
  };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    // The widget's root is closed as shipped; the bench reads it, like the tests' opener.
    const root = attachShadow.call(this, this.localName === 'ryggsjekk-widget' ? { ...init, mode: 'open' } : init);
    if (B.ready === null) watch(root);
    return root;
  };
  watch(document);

  B.root = () => (cfg.host ? document.querySelector(cfg.host).shadowRoot : document);

  /** One step: click, and the time until the DOM shows the change. With `settle`,
   *  first wait two frames, so the previous step's rendering is not counted. */
  B.step = async (step) => {
    if (step.settle) {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      // Then a task of its own: a click inside the frame's callbacks would wait for its paint.
      await new Promise((r) => setTimeout(r, 0));
    }
    return B.measure(step);
  };
  B.measure = (step) =>
    new Promise((resolve, reject) => {
      const root = B.root();
      const all = root.querySelectorAll(step.click);
      const index = step.index === undefined ? 0 : step.index < 0 ? all.length + step.index : step.index % all.length;
      const target = all[index];
      if (!target) return reject(new Error(`nothing to click: ${step.click} [${index}] of ${all.length}`));
      const d = step.done;
      const before = d.changed ? root.querySelector(d.changed)?.textContent : null;
      const done = () => {
        if (d.present) return !!root.querySelector(d.present);
        if (d.changed) {
          const now = root.querySelector(d.changed)?.textContent;
          return now != null && now !== before;
        }
        if (d.checked) {
          if (!target.checked) return false;
          if (!d.drawn) return true;
          const item = target.closest(d.drawn[0]);
          return !!item && item.classList.contains(d.drawn[1]);
        }
        return true;
      };
      let finished = false;
      let t0 = 0;
      const mo = new MutationObserver(() => finish());
      const channel = new MessageChannel();
      const timeout = setTimeout(() => {
        if (finished) return;
        finished = true;
        mo.disconnect();
        reject(new Error(`no change within 5 s after clicking ${step.click} [${index}]`));
      }, 5000);
      function finish() {
        if (finished || !done()) return;
        const t = performance.now() - t0;
        B.whenPainted = framePainted(t0);
        finished = true;
        mo.disconnect();
        clearTimeout(timeout);
        channel.port1.close();
        resolve(t);
      }
      mo.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
      // After the click's task and the microtasks it queued (a render that changes
      // nothing a MutationObserver sees, e.g. a radio's `checked` property).
      channel.port1.onmessage = () => finish();
      t0 = performance.now();
      target.click();
      channel.port2.postMessage(0);
    });

  /** Resolves once `sel` is in the widget's root (no timers: the clock may be fake). */
  B.waitFor = (sel) =>
    new Promise((resolve) => {
      const root = B.root();
      if (root.querySelector(sel)) return resolve();
      const o = new MutationObserver(() => {
        if (root.querySelector(sel)) {
          o.disconnect();
          resolve();
        }
      });
      o.observe(root, { childList: true, subtree: true });
    });

  /** A whole journey in the page (for the memory runs); returns nothing. */
  B.journey = async (steps) => {
    for (const s of steps) await B.step(s);
  };
}
