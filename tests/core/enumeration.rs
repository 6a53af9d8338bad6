//! Every combination of answers, walked once for all `invariant_*` tests
//! (`report()`), with what each combination broke of the six invariants of
//! content spec section 6.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use crate::common::NON_URGENT_PREFIXES;
use crate::helpers::flag_choices;
use ryggsjekk::assessment::result::Block;
use ryggsjekk::assessment::*;
use ryggsjekk::i18n::{Msg, Text};

/// The number of combinations, counted from the content spec (sections 4 and 5),
/// independently of the code: A has 3 statements for every location and 3 more
/// for the neck; B has 9 + 2 (v2); C has 7; each screen adds «none of these».
pub fn expected_combinations() -> u64 {
    let screens = |a: u64, b: u64, c: u64| (a + 1) * (b + 1) * (c + 1);
    let neck_locations = 2 * screens(3 + 3, 9 + 2, 7); // neck, several places
    let back_locations = 2 * screens(3, 9, 7); // middle of the back, lower back
    let radiating = 5; // v2: worse or spreading, severe, stable, pain only, no
    let durations = 5;
    let activity = 3;
    let work = 4;
    let thoughts = 3u64.pow(5); // agree / disagree / skipped, five statements
    (neck_locations + back_locations) * radiating * durations * activity * work * thoughts
}

/// Broken invariants: how many, and the first few, described.
#[derive(Default)]
pub struct Violations {
    count: u64,
    examples: Vec<String>,
}

impl Violations {
    fn record(&mut self, describe: impl FnOnce() -> String) {
        self.count += 1;
        if self.examples.len() < 5 {
            self.examples.push(describe());
        }
    }

    fn merge(&mut self, other: Violations) {
        self.count += other.count;
        self.examples.extend(
            other
                .examples
                .into_iter()
                .take(5 - self.examples.len().min(5)),
        );
    }

    pub fn assert_none(&self, invariant: &str) {
        assert!(
            self.count == 0,
            "invariant {invariant} broken in {} combination(s), e.g.:\n{}",
            self.count,
            self.examples.join("\n")
        );
    }
}

/// What the enumeration found.
#[derive(Default)]
pub struct Report {
    pub combinations: u64,
    /// Index 0 is invariant 1, …, index 5 is invariant 6.
    pub broken: [Violations; 6],
    /// Every message that appears in some view, by `Msg as usize`.
    pub seen: Vec<bool>,
    /// Placeholder values the views fill in: `urgent-say-where` keys and `ParaWith`.
    pub say_keys: Vec<&'static str>,
    pub filled: Vec<Text>,
}

impl Report {
    fn new() -> Self {
        Report {
            seen: vec![false; Msg::ALL.len()],
            ..Default::default()
        }
    }

    fn merge(&mut self, other: Report) {
        self.combinations += other.combinations;
        for (mine, theirs) in self.broken.iter_mut().zip(other.broken) {
            mine.merge(theirs);
        }
        for (mine, theirs) in self.seen.iter_mut().zip(other.seen) {
            *mine |= theirs;
        }
        for k in other.say_keys {
            if !self.say_keys.contains(&k) {
                self.say_keys.push(k);
            }
        }
        for f in other.filled {
            if !self.filled.contains(&f) {
                self.filled.push(f);
            }
        }
    }
}

/// The shared enumeration, run once for all `invariant_*` tests.
pub fn report() -> &'static Report {
    static REPORT: OnceLock<Report> = OnceLock::new();
    REPORT.get_or_init(|| {
        let started = std::time::Instant::now();
        let report = enumerate_everything();
        eprintln!(
            "enumerated {} combinations of answers in {:.1?} (expected from the spec: {})",
            report.combinations,
            started.elapsed(),
            expected_combinations()
        );
        report
    })
}

/// Walks every combination, split by (location, A answer) over the CPU cores.
fn enumerate_everything() -> Report {
    let non_urgent: Vec<bool> = Msg::ALL
        .iter()
        .map(|m| NON_URGENT_PREFIXES.iter().any(|p| m.id().starts_with(p)))
        .collect();
    let jobs: Vec<(Location, FlagAnswer)> = Location::ALL
        .into_iter()
        .flat_map(|l| {
            flag_choices(RedFlagGroup::A, l)
                .into_iter()
                .map(move |a| (l, a))
        })
        .collect();
    let next_job = AtomicUsize::new(0);
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let mut total = Report::new();
    std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut report = Report::new();
                    while let Some(&(location, a)) =
                        jobs.get(next_job.fetch_add(1, Ordering::Relaxed))
                    {
                        enumerate_job(location, a, &non_urgent, &mut report);
                    }
                    report
                })
            })
            .collect();
        for w in workers {
            total.merge(w.join().expect("enumeration thread"));
        }
    });
    total
}

const THOUGHT_VALUES: [Option<Agreement>; 3] =
    [Some(Agreement::Agree), Some(Agreement::Disagree), None];

fn enumerate_job(
    location: Location,
    a_answer: FlagAnswer,
    non_urgent: &[bool],
    report: &mut Report,
) {
    let c_choices = flag_choices(RedFlagGroup::C, location);
    for b_answer in flag_choices(RedFlagGroup::B, location) {
        for radiating in Radiating::ALL {
            for activity in Activity::ALL {
                for work in Work::ALL {
                    for t in 0..3usize.pow(5) {
                        let mut thoughts = [None; 5];
                        for (i, slot) in thoughts.iter_mut().enumerate() {
                            *slot = THOUGHT_VALUES[t / 3usize.pow(i as u32) % 3];
                        }
                        // A grid over C × duration, all else equal (invariants 2 and 3).
                        let mut referral_shown = vec![[false; 5]; c_choices.len()];
                        for (ci, &c_answer) in c_choices.iter().enumerate() {
                            for (di, duration) in Duration::ALL.into_iter().enumerate() {
                                let answers = Answers {
                                    location: Some(location),
                                    flags_a: Some(a_answer),
                                    flags_b: Some(b_answer),
                                    flags_c: Some(c_answer),
                                    radiating: Some(radiating),
                                    duration: Some(duration),
                                    activity: Some(activity),
                                    work: Some(work),
                                    thoughts,
                                };
                                referral_shown[ci][di] = check_one(&answers, non_urgent, report);
                            }
                        }
                        check_grid(&c_choices, &referral_shown, report, || {
                            format!("{location:?} A={a_answer:?} B={b_answer:?} {radiating:?} {activity:?} {work:?} {thoughts:?}")
                        });
                    }
                }
            }
        }
    }
}

/// Checks invariants 1, 4, 5 (collects) and 6 on one combination; returns
/// whether the referral section is shown.
fn check_one(answers: &Answers, non_urgent: &[bool], report: &mut Report) -> bool {
    report.combinations += 1;
    let Some(outcome) = advise(answers) else {
        report.broken[0].record(|| format!("no outcome for complete answers {answers:?}"));
        return false;
    };
    let view = result_view(&outcome, answers);
    let messages = view.messages();

    // Invariant 1 (and the A/B half of 2: whatever C says). Radiating pain
    // getting worse or spreading is a B sign too (v2, content spec 5.2).
    let expected = if answers.flag(RedFlagGroup::A).is_some() {
        Some(Headline::Call113)
    } else if answers.flag(RedFlagGroup::B).is_some()
        || answers.radiating == Some(Radiating::WorseOrSpreading)
    {
        Some(Headline::LegevaktToday)
    } else {
        None
    };
    match expected {
        Some(h) => {
            let self_care = messages.iter().find(|m| non_urgent[**m as usize]);
            if view.headline != h
                || outcome.headline() != h
                || view.urgent.is_none()
                || self_care.is_some()
            {
                report.broken[0].record(|| {
                    format!(
                        "{answers:?}: headline {:?}, expected {h:?}; non-urgent text {self_care:?}",
                        view.headline
                    )
                });
            }
            if answers.flag(RedFlagGroup::C).is_some() && view.headline != h {
                report.broken[1]
                    .record(|| format!("{answers:?}: C lowered {h:?} to {:?}", view.headline));
            }
        }
        None => {
            if view.headline.is_urgent() || view.urgent.is_some() {
                report.broken[0]
                    .record(|| format!("{answers:?}: urgent headline without an A or B flag"));
            }
        }
    }

    // Invariant 4: the safety net on every non-urgent result, never on urgent ones.
    if view.has_section(SectionName::SafetyNet) == expected.is_some() {
        report.broken[3].record(|| {
            format!(
                "{answers:?}: safety net shown = {}",
                view.has_section(SectionName::SafetyNet)
            )
        });
    }

    // Invariant 5: collect what is shown; rendering is checked once per message.
    for m in &messages {
        report.seen[*m as usize] = true;
    }
    for section in &view.sections {
        for block in &section.blocks {
            match *block {
                Block::Say { location_key, .. } if !report.say_keys.contains(&location_key) => {
                    report.say_keys.push(location_key)
                }
                Block::ParaWith(text) if !report.filled.contains(&text) => report.filled.push(text),
                // Invariant 6: every evidence option names a source from section 8.
                Block::Options(ref options) => {
                    for (text, sources) in options {
                        if sources.is_empty() || sources.iter().any(|s| !SourceId::ALL.contains(s))
                        {
                            report.broken[5].record(|| format!("{} names no source", text.id()));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    view.has_section(SectionName::Referral)
}

/// Invariants 2 (C never hides the referral) and 3 (referral monotone in duration).
fn check_grid(
    c_choices: &[FlagAnswer],
    shown: &[[bool; 5]],
    report: &mut Report,
    describe: impl Fn() -> String,
) {
    let without_c = c_choices
        .iter()
        .position(|c| *c == FlagAnswer::NoneOfThese)
        .expect("«none» is an option");
    for (ci, row) in shown.iter().enumerate() {
        if *row != shown[without_c] {
            report.broken[1].record(|| {
                format!(
                    "{} C={:?}: referral by duration {row:?}, without C {:?}",
                    describe(),
                    c_choices[ci],
                    shown[without_c]
                )
            });
        }
        if row.windows(2).any(|w| w[0] && !w[1]) {
            report.broken[2].record(|| {
                format!(
                    "{} C={:?}: referral by duration {row:?}",
                    describe(),
                    c_choices[ci]
                )
            });
        }
    }
}
