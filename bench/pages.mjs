// The two pages the bench drives (bench/run.mjs): the widget and the same
// questionnaire in SurveyJS, with the selectors and journeys both are timed on.

// The nine screens, as named in bench/surveyjs.json (the generator's `name`).
export const QUESTIONS = ['location', 'flags-a', 'flags-b', 'flags-c', 'radiating', 'duration', 'activity', 'work'];
export const THOUGHTS = 5;

/** Which option a load picks: varied per load, «none of these» on the red-flag screens. */
function choice(load, q) {
  if (q.startsWith('flags-')) return -1; // the last option
  // v2: the first two radiating options are warning signs (B stops, C changes the
  // headline); a full journey takes one of the last three.
  if (q === 'radiating') return -1 - (load % 3);
  return load + QUESTIONS.indexOf(q);
}

// ------------------------------------------------------------------ the two pages

export const PAGES = {
  ours: {
    label: 'Ryggsjekk',
    url: '/ours.html',
    memoryUrl: '/ours-kiosk.html',
    host: 'ryggsjekk-widget', // the widget lives in this element's shadow root
    ready: '.rs-start .rs-nav button.rs-primary',
    // The phone run's first question: «Start» on the start screen, then the first question's options.
    first: { click: '.rs-start .rs-nav button.rs-primary', present: 'input[name="rs-answer"]' },
    journey(load) {
      const steps = [{ kind: 'start', click: '.rs-start .rs-nav button.rs-primary', done: { present: '.rs-progress-text' } }];
      for (const q of QUESTIONS) {
        steps.push({ kind: 'answer', click: 'input[name="rs-answer"]', index: choice(load, q), done: { checked: true } });
        steps.push({ kind: 'answer', click: '.rs-nav button[type="submit"]', done: { changed: '.rs-progress-text' } });
      }
      for (let r = 0; r < THOUGHTS; r++) {
        steps.push({ kind: 'answer', click: '.rs-statement input[type="radio"]', index: r * 2 + ((load + r) % 2), done: { checked: true } });
      }
      steps.push({ kind: 'result', click: '.rs-nav button[type="submit"]', done: { present: '.rs-headline' } });
      return steps;
    },
    restartedWhen: '.rs-start .rs-nav button.rs-primary',
  },
  surveyjs: {
    label: 'SurveyJS',
    url: '/surveyjs.html',
    memoryUrl: '/surveyjs.html',
    host: null,
    ready: 'input[type="radio"]',
    journey(load) {
      const steps = [];
      QUESTIONS.forEach((q, i) => {
        const next = QUESTIONS[i + 1] || 'thoughts';
        steps.push({
          kind: 'answer',
          click: `[data-name="${q}"] input[type="radio"]`,
          index: choice(load, q),
          done: { checked: true, drawn: ['.sd-item', 'sd-item--checked'] },
        });
        steps.push({ kind: 'answer', click: '.sd-navigation__next-btn', done: { present: `[data-name="${next}"]` } });
      });
      for (let r = 0; r < THOUGHTS; r++) {
        steps.push({
          kind: 'answer',
          click: '[data-name="thoughts"] input[type="radio"]',
          index: r * 2 + ((load + r) % 2),
          done: { checked: true, drawn: ['.sd-item', 'sd-item--checked'] },
        });
      }
      steps.push({ kind: 'result', click: '.sd-navigation__complete-btn', done: { present: '.rs-bench-headline' } });
      return steps;
    },
  },
};
