// The three non-urgent results the first-screen tests and the clinic guide's
// screenshots look at (answers by message id, see helpers.mjs journey()).
export const RESULTS = {
  // 6 weeks to 3 months, partly back, on full sick leave, every statement answered: the
  // longest result, the one issue 16 measured at 4 700 px.
  referral: {
    radiating: 'radiating-pain-only',
    duration: 'duration-6-weeks-3-months',
    activity: 'activity-partly',
    work: 'work-full',
    thoughts: {
      'thought-fear-harm': true,
      'thought-never-better': false,
      'thought-worry': false,
      'thought-down': false,
      'thought-not-back': false,
    },
  },
  'short-episode': {
    duration: 'duration-under-2',
    activity: 'activity-yes',
    work: 'work-working',
  },
  // Feeling down agreed: the 116 123 line must show without opening anything.
  thoughts: {
    location: 'location-neck',
    duration: 'duration-2-3',
    activity: 'activity-partly',
    work: 'work-working',
    thoughts: { 'thought-fear-harm': true, 'thought-worry': true, 'thought-down': true },
  },
};
