//! Every combination of answers, the same set `tests/core.rs` walks: each
//! location, every option of every red-flag screen shown for it, every
//! radiating-pain, duration, activity and work answer, and each of the five
//! thoughts agreed, disagreed or skipped. Split into jobs by (location, A
//! answer) and walked on all cores; results come back in job order, so a
//! digest over them is the same on every machine.

#![allow(dead_code)] // each test file uses its own part

use std::sync::atomic::{AtomicUsize, Ordering};

use ryggsjekk::assessment::*;

/// The options of a red-flag screen for a location: each statement shown, then «none».
pub fn flag_choices(group: RedFlagGroup, location: Location) -> Vec<FlagAnswer> {
    group
        .flags(location)
        .map(FlagAnswer::Flag)
        .chain([FlagAnswer::NoneOfThese])
        .collect()
}

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

/// Every combination of one job, in a fixed order.
pub fn walk_job(location: Location, a_answer: FlagAnswer, visit: &mut impl FnMut(&Answers)) {
    let c_choices = flag_choices(RedFlagGroup::C, location);
    for b_answer in flag_choices(RedFlagGroup::B, location) {
        for &c_answer in &c_choices {
            for radiating in Radiating::ALL {
                for duration in Duration::ALL {
                    for activity in Activity::ALL {
                        for work in Work::ALL {
                            for t in 0..3usize.pow(5) {
                                let mut thoughts = [None; 5];
                                for (i, slot) in thoughts.iter_mut().enumerate() {
                                    *slot = THOUGHT_VALUES[t / 3usize.pow(i as u32) % 3];
                                }
                                visit(&Answers {
                                    location: Some(location),
                                    flags_a: Some(a_answer),
                                    flags_b: Some(b_answer),
                                    flags_c: Some(c_answer),
                                    radiating: Some(radiating),
                                    duration: Some(duration),
                                    activity: Some(activity),
                                    work: Some(work),
                                    thoughts,
                                });
                            }
                        }
                    }
                }
            }
        }
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
                    while let Some(&(location, a)) = jobs.get(next.fetch_add(1, Ordering::Relaxed))
                    {
                        mine.push((location, a, job(location, a)));
                    }
                    mine
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("enumeration thread"))
            .map(|(l, a, r)| {
                let index = jobs.iter().position(|j| *j == (l, a)).expect("a job");
                (index, r)
            })
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
