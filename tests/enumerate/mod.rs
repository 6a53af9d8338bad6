//! Every combination of answers, derived from the questionnaire's table
//! (`Question::ORDER`, `Question::options`): each location, every option of
//! every screen shown for it, and each thought agreed, disagreed or skipped.
//! A new question is walked without a change here.
//!
//! The space is split into jobs by (location, A answer) and walked on all
//! cores; results come back in job order, so a digest over them is the same on
//! every machine. `tests/exhaustive.rs` walks it once for every exhaustive
//! check; `walk_job` and `par_jobs` stay for a check that needs its own walk.

#![allow(dead_code)] // each test file uses its own part

use std::sync::atomic::{AtomicUsize, Ordering};

use ryggsjekk::assessment::*;

/// The options of a red-flag screen for a location: each statement shown, then «none».
pub fn flag_choices(group: RedFlagGroup, location: Location) -> Vec<FlagAnswer> {
    Question::RedFlags(group)
        .options(Some(location))
        .into_iter()
        .filter_map(|v| match v {
            AnswerValue::Flags(_, f) => Some(f),
            _ => None,
        })
        .collect()
}

/// A thought agreed, disagreed or skipped, in the order the walk takes them.
pub const THOUGHT_VALUES: [Option<Agreement>; 3] =
    [Some(Agreement::Agree), Some(Agreement::Disagree), None];

/// The jobs, in a fixed order.
pub fn jobs() -> Vec<(Location, FlagAnswer)> {
    Location::ALL
        .into_iter()
        .flat_map(|l| {
            flag_choices(RedFlagGroup::A, l)
                .into_iter()
                .map(move |a| (l, a))
        })
        .collect()
}

/// Every combination of one job, in a fixed order: the screens in
/// questionnaire order, the last varying fastest; the thoughts last, the first
/// thought fastest.
pub fn walk_job(location: Location, a_answer: FlagAnswer, visit: &mut impl FnMut(&Answers)) {
    let mut answers = Answers::default();
    answers.set(AnswerValue::Location(location));
    answers.set(AnswerValue::Flags(RedFlagGroup::A, a_answer));
    let screens: Vec<Vec<AnswerValue>> = Question::ORDER
        .into_iter()
        .filter(|q| {
            !matches!(
                q,
                Question::Location | Question::RedFlags(RedFlagGroup::A) | Question::Thoughts
            )
        })
        .map(|q| q.options(Some(location)))
        .collect();
    walk_screens(&screens, &mut answers, visit);
}

fn walk_screens(
    screens: &[Vec<AnswerValue>],
    answers: &mut Answers,
    visit: &mut impl FnMut(&Answers),
) {
    let Some((options, later)) = screens.split_first() else {
        return walk_thoughts(answers, visit);
    };
    for &v in options {
        answers.set(v);
        walk_screens(later, answers, visit);
    }
}

fn walk_thoughts(answers: &mut Answers, visit: &mut impl FnMut(&Answers)) {
    let n = Thought::ALL.len() as u32;
    for t in 0..THOUGHT_VALUES.len().pow(n) {
        for (i, thought) in Thought::ALL.into_iter().enumerate() {
            let base = THOUGHT_VALUES.len();
            answers.thoughts[thought.index()] = THOUGHT_VALUES[t / base.pow(i as u32) % base];
        }
        visit(answers);
    }
}

/// Runs `job` for every job on all cores; the results in job order.
pub fn par_jobs<R: Send>(job: impl Fn(Location, FlagAnswer) -> R + Sync) -> Vec<R> {
    let jobs = jobs();
    let next = AtomicUsize::new(0);
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let mut results: Vec<(usize, R)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(&(location, a)) = jobs.get(i) else {
                            break mine;
                        };
                        mine.push((i, job(location, a)));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("enumeration thread"))
            .collect()
    });
    results.sort_by_key(|r| r.0);
    results.into_iter().map(|r| r.1).collect()
}

/// Broken rules: how many, and the first few, described.
#[derive(Default)]
pub struct Violations {
    pub count: u64,
    pub examples: Vec<String>,
}

impl Violations {
    pub fn record(&mut self, describe: impl FnOnce() -> String) {
        self.count += 1;
        if self.examples.len() < 5 {
            self.examples.push(describe());
        }
    }

    pub fn merge(&mut self, other: Violations) {
        self.count += other.count;
        let room = 5usize.saturating_sub(self.examples.len());
        self.examples.extend(other.examples.into_iter().take(room));
    }

    pub fn assert_none(&self, what: &str) {
        assert!(
            self.count == 0,
            "{what}: broken in {} combination(s), e.g.:\n{}",
            self.count,
            self.examples.join("\n")
        );
    }
}
