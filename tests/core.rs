//! The assessment core against the content spec (`clinical-content.md`).
//!
//! Part 1 enumerates every combination of answers once (shared by the
//! `invariant_*` tests) and checks the six invariants of section 6.
//! Part 2 tests the rules of sections 4–6 one by one, with expected values
//! written from the spec, not from the code's output.

mod common;
use common::NON_URGENT_PREFIXES;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use ryggsjekk::assessment::result::Block;
use ryggsjekk::assessment::rules::{not_back, referral, ReferralStrength};
use ryggsjekk::assessment::*;
use ryggsjekk::i18n::{self, Arg, Lang, Msg, Var};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// The options of a red-flag screen for a location: each statement shown, then «none».
fn flag_choices(group: RedFlagGroup, location: Location) -> Vec<FlagAnswer> {
    group
        .flags(location)
        .map(FlagAnswer::Flag)
        .chain([FlagAnswer::NoneOfThese])
        .collect()
}

/// A complete, calm set of answers: no red flags, no radiating pain, under two
/// weeks, back to everything, working, thoughts skipped. Tests change one thing.
fn calm(location: Location) -> Answers {
    Answers {
        location: Some(location),
        flags_a: Some(FlagAnswer::NoneOfThese),
        flags_b: Some(FlagAnswer::NoneOfThese),
        flags_c: Some(FlagAnswer::NoneOfThese),
        radiating: Some(Radiating::No),
        duration: Some(Duration::UnderTwoWeeks),
        activity: Some(Activity::AsBefore),
        work: Some(Work::Working),
        thoughts: [None; 5],
    }
}

fn lower_back() -> Answers {
    calm(Location::LowerBack)
}

/// Lower back, with the given duration, activity and work.
fn lower_back_with(duration: Duration, activity: Activity, work: Work) -> Answers {
    Answers {
        duration: Some(duration),
        activity: Some(activity),
        work: Some(work),
        ..lower_back()
    }
}

fn outcome(a: &Answers) -> Outcome {
    advise(a).expect("complete answers give an outcome")
}

fn view(a: &Answers) -> ResultView {
    result_view(&outcome(a), a)
}

fn headline(a: &Answers) -> Headline {
    outcome(a).headline()
}

fn shows(v: &ResultView, m: Msg) -> bool {
    v.messages().contains(&m)
}

fn with_thoughts(mut a: Answers, agreed: &[Thought]) -> Answers {
    for t in Thought::ALL {
        a.thoughts[t.index()] = Some(if agreed.contains(&t) {
            Agreement::Agree
        } else {
            Agreement::Disagree
        });
    }
    a
}

// ---------------------------------------------------------------------------
// Part 1: every combination of answers
// ---------------------------------------------------------------------------

/// The number of combinations, counted from the content spec (sections 4 and 5),
/// independently of the code: A has 3 statements for every location and 3 more
/// for the neck; B has 9 + 2 (v2); C has 7; each screen adds «none of these».
fn expected_combinations() -> u64 {
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
struct Violations {
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

    fn assert_none(&self, invariant: &str) {
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
struct Report {
    combinations: u64,
    /// Index 0 is invariant 1, …, index 5 is invariant 6.
    broken: [Violations; 6],
    /// Every message that appears in some view, by `Msg as usize`.
    seen: Vec<bool>,
    /// Placeholder values the views fill in: `urgent-say-where` keys and `ParaWith`.
    say_keys: Vec<&'static str>,
    filled: Vec<(Msg, Var, &'static str)>,
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
fn report() -> &'static Report {
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
    if view.has_section("safety-net") == expected.is_some() {
        report.broken[3].record(|| {
            format!(
                "{answers:?}: safety net shown = {}",
                view.has_section("safety-net")
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
                Block::ParaWith(m, var, value) if !report.filled.contains(&(m, var, value)) => {
                    report.filled.push((m, var, value))
                }
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
    view.has_section("referral")
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

#[test]
fn enumerates_every_combination_counted_from_the_spec() {
    let r = report();
    eprintln!("combinations enumerated: {}", r.combinations);
    assert_eq!(r.combinations, expected_combinations());
}

#[test]
fn invariant_1_a_gives_113_and_b_gives_legevakt_with_no_self_care_text() {
    report().broken[0].assert_none("1 (A → 113, B → 116 117, no self-care text)");
}

#[test]
fn invariant_2_c_never_lowers_a_or_b_and_never_hides_the_referral() {
    report().broken[1].assert_none("2 (C never lowers A/B, never hides the referral)");
}

#[test]
fn invariant_3_referral_stays_for_every_longer_duration() {
    report().broken[2].assert_none("3 (referral monotone in duration)");
}

#[test]
fn invariant_4_safety_net_on_every_non_urgent_result_only() {
    report().broken[3].assert_none("4 (safety net on every non-urgent result, not on urgent ones)");
}

#[test]
fn invariant_5_every_shown_message_has_text_in_every_language() {
    let r = report();
    let shown: Vec<Msg> = Msg::ALL
        .iter()
        .copied()
        .filter(|m| r.seen[*m as usize])
        .collect();
    assert!(
        shown.len() > 50,
        "the views show the whole advice text; only {} messages seen",
        shown.len()
    );
    let mut empty = Vec::new();
    for lang in Lang::ALL {
        for &m in &shown {
            if i18n::text(lang, m).trim().is_empty() {
                empty.push(format!("{}: {}", lang.code(), m.id()));
            }
        }
        for &key in &r.say_keys {
            let line = i18n::format(lang, Msg::UrgentSayWhere, &[(Var::Where, Arg::Str(key))]);
            if line.trim().is_empty() {
                empty.push(format!("{}: urgent-say-where [{key}]", lang.code()));
            }
        }
        for &(m, var, value) in &r.filled {
            let line = i18n::format(lang, m, &[(var, Arg::Str(value))]);
            if !line.contains(value) {
                empty.push(format!(
                    "{}: {} does not show {value:?}",
                    lang.code(),
                    m.id()
                ));
            }
        }
    }
    assert!(
        empty.is_empty(),
        "messages without text:\n{}",
        empty.join("\n")
    );
}

#[test]
fn invariant_6_every_evidence_option_names_a_source() {
    report().broken[5].assert_none("6 (every option names a source)");
    for option in rules::OPTIONS {
        assert!(
            !option.sources.is_empty(),
            "{} names no source",
            option.text.id()
        );
    }
}

// ---------------------------------------------------------------------------
// Part 2: the rules, one by one, from the spec
// ---------------------------------------------------------------------------

// --- Red flags (section 4) --------------------------------------------------

#[test]
fn every_a_statement_gives_call_113_for_every_location() {
    for location in Location::ALL {
        for flag in RedFlagGroup::A.flags(location) {
            let a = Answers {
                location: Some(location),
                flags_a: Some(FlagAnswer::Flag(flag)),
                ..Default::default()
            };
            assert_eq!(headline(&a), Headline::Call113, "{location:?} {flag:?}");
        }
    }
}

#[test]
fn every_b_statement_gives_legevakt_today_for_every_location() {
    for location in Location::ALL {
        for flag in RedFlagGroup::B.flags(location) {
            let a = Answers {
                location: Some(location),
                flags_a: Some(FlagAnswer::NoneOfThese),
                flags_b: Some(FlagAnswer::Flag(flag)),
                ..Default::default()
            };
            assert_eq!(
                headline(&a),
                Headline::LegevaktToday,
                "{location:?} {flag:?}"
            );
        }
    }
}

#[test]
fn a_wins_over_b() {
    let a = Answers {
        flags_a: Some(FlagAnswer::Flag(RedFlag::ChestPainOrBreathing)),
        flags_b: Some(FlagAnswer::Flag(RedFlag::SaddleNumbness)),
        ..lower_back()
    };
    assert_eq!(headline(&a), Headline::Call113);
}

#[test]
fn urgent_a_shows_113_and_b_shows_116_117() {
    let a = Answers {
        flags_a: Some(FlagAnswer::Flag(RedFlag::TearingPain)),
        ..lower_back()
    };
    let b = Answers {
        flags_b: Some(FlagAnswer::Flag(RedFlag::BladderOrBowel)),
        ..lower_back()
    };
    let phones = |v: &ResultView| -> Vec<&'static str> {
        v.sections
            .iter()
            .flat_map(|s| &s.blocks)
            .filter_map(|b| match b {
                Block::Phone(p) => Some(p.number),
                _ => None,
            })
            .collect()
    };
    assert_eq!(phones(&view(&a)), ["113"]);
    assert_eq!(phones(&view(&b)), ["116 117"]);
}

#[test]
fn urgent_result_names_the_statement_and_what_to_say_and_tells_kiosk_staff() {
    let a = Answers {
        flags_b: Some(FlagAnswer::Flag(RedFlag::SaddleNumbness)),
        ..calm(Location::Several)
    };
    let v = view(&a);
    assert!(
        shows(&v, Msg::FlagBSaddleNumbness),
        "the reason names the chosen statement"
    );
    let say = v
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .find_map(|b| match b {
            Block::Say {
                location_key,
                statement,
            } => Some((*location_key, *statement)),
            _ => None,
        });
    assert_eq!(say, Some(("several", Msg::SayBSaddleNumbness)));
    let kiosk = v
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .any(|b| *b == Block::KioskOnly(Msg::KioskTellStaff));
    assert!(kiosk, "«Si fra til personalet nå» in kiosk mode");
}

#[test]
fn neck_only_statements_are_shown_only_for_neck_or_several_places() {
    use RedFlag::*;
    // Section 4: unmarked statements for every location, "neck:" ones added, most serious first.
    let a_every = vec![TraumaWithWeakness, TearingPain, ChestPainOrBreathing];
    let a_neck = vec![
        TraumaWithWeakness,
        TearingPain,
        ChestPainOrBreathing,
        NeckStrokeSigns,
        NeckDizzinessSigns,
        NeckWorstHeadacheOrMeningitis,
    ];
    // v2: more cauda equina signs; unsteady walking for every location.
    let b_every = vec![
        SaddleNumbness,
        BladderOrBowel,
        BothLegs,
        SexualFunction,
        ProgressiveWeakness,
        FeverOrIll,
        UnsteadyWalking,
        FallPossibleFracture,
        CancerWithNightPain,
    ];
    let b_neck = vec![
        SaddleNumbness,
        BladderOrBowel,
        BothLegs,
        SexualFunction,
        ProgressiveWeakness,
        FeverOrIll,
        NeckStiffWithFever,
        UnsteadyWalking,
        NeckHandClumsiness,
        FallPossibleFracture,
        CancerWithNightPain,
    ];
    let c_all = vec![
        CancerHistory,
        WeightLoss,
        SteroidsOrOsteoporosis,
        AgeFirstEpisode,
        ConstantOrNightPain,
        MorningStiffness,
        ImmuneOrInjectingDrugs,
    ];
    for location in Location::ALL {
        let neck = matches!(location, Location::Neck | Location::Several);
        let list = |g: RedFlagGroup| g.flags(location).collect::<Vec<_>>();
        assert_eq!(
            &list(RedFlagGroup::A),
            if neck { &a_neck } else { &a_every },
            "A for {location:?}"
        );
        assert_eq!(
            &list(RedFlagGroup::B),
            if neck { &b_neck } else { &b_every },
            "B for {location:?}"
        );
        assert_eq!(list(RedFlagGroup::C), c_all, "C for {location:?}");
    }
}

#[test]
fn red_flag_screens_end_with_none_of_these() {
    for group in RedFlagGroup::ALL {
        let options = Question::RedFlags(group).options(Some(Location::LowerBack));
        assert_eq!(
            options.last(),
            Some(&AnswerValue::Flags(group, FlagAnswer::NoneOfThese)),
            "{group:?}"
        );
    }
}

#[test]
fn c_statement_is_named_in_the_result() {
    for flag in RedFlagGroup::C.flags(Location::LowerBack) {
        let a = Answers {
            flags_c: Some(FlagAnswer::Flag(flag)),
            ..lower_back()
        };
        let Outcome::Advice(advice) = outcome(&a) else {
            panic!("C does not stop the questionnaire")
        };
        assert_eq!(advice.flag, Some(flag));
        let v = view(&a);
        let why = v
            .sections
            .iter()
            .find(|s| s.name == "why")
            .expect("why section");
        let named = why.blocks.iter().any(
            |b| matches!(b, Block::Answers(qa) if qa.contains(&(Msg::SummaryFlagsC, flag.label()))),
        );
        assert!(named, "{flag:?} is named under «why»");
    }
}

// --- Headline order (section 6) --------------------------------------------

#[test]
fn c_headline_wins_over_referral() {
    let a = Answers {
        flags_c: Some(FlagAnswer::Flag(RedFlag::MorningStiffness)),
        ..lower_back_with(
            Duration::SixWeeksToThreeMonths,
            Activity::MostlyNot,
            Work::FullSickLeave,
        )
    };
    assert_eq!(headline(&a), Headline::SeeGpWithinDays);
}

#[test]
fn c_headline_wins_over_stay_active_and_keep_going() {
    for duration in [Duration::UnderTwoWeeks, Duration::OverThreeMonths] {
        let a = Answers {
            flags_c: Some(FlagAnswer::Flag(RedFlag::WeightLoss)),
            ..lower_back_with(duration, Activity::AsBefore, Work::Working)
        };
        assert_eq!(headline(&a), Headline::SeeGpWithinDays, "{duration:?}");
    }
}

#[test]
fn c_headline_keeps_the_rest_of_the_advice_below() {
    let a = Answers {
        flags_c: Some(FlagAnswer::Flag(RedFlag::CancerHistory)),
        ..lower_back()
    };
    let v = view(&a);
    for section in ["why", "self-care", "options", "safety-net", "sources"] {
        assert!(v.has_section(section), "{section}");
    }
}

#[test]
fn referral_headline_at_four_weeks_or_more_when_not_back() {
    let a = lower_back_with(Duration::FourToFiveWeeks, Activity::Partly, Work::Working);
    assert_eq!(headline(&a), Headline::TalkToGpAboutReferral);
}

#[test]
fn stay_active_headline_under_four_weeks_even_when_not_back() {
    let a = lower_back_with(
        Duration::TwoToThreeWeeks,
        Activity::MostlyNot,
        Work::FullSickLeave,
    );
    assert_eq!(headline(&a), Headline::StayActive);
    assert!(!view(&a).has_section("referral"));
}

#[test]
fn stay_active_headline_says_see_the_fastlege_if_not_better_after_4_to_6_weeks() {
    assert!(shows(&view(&lower_back()), Msg::StayActiveGp));
}

#[test]
fn keep_going_headline_at_four_weeks_or_more_when_back() {
    let a = lower_back_with(
        Duration::OverThreeMonths,
        Activity::AsBefore,
        Work::NotInPaidWork,
    );
    assert_eq!(headline(&a), Headline::KeepGoing);
}

// --- Definitions (section 6) -------------------------------------------------

#[test]
fn not_back_means_activity_partly_or_no_or_any_sick_leave() {
    use Activity::*;
    use Work::*;
    let cases = [
        (AsBefore, Working, false),
        (AsBefore, NotInPaidWork, false),
        (AsBefore, GradedSickLeave, true),
        (AsBefore, FullSickLeave, true),
        (Partly, Working, true),
        (Partly, NotInPaidWork, true),
        (MostlyNot, Working, true),
        (MostlyNot, NotInPaidWork, true),
        (Partly, GradedSickLeave, true),
        (MostlyNot, FullSickLeave, true),
    ];
    for (activity, work, expected) in cases {
        assert_eq!(not_back(activity, work), expected, "{activity:?} {work:?}");
        // Seen by the patient: at 6–12 weeks, «not back» means the referral headline.
        let h = headline(&lower_back_with(
            Duration::SixWeeksToThreeMonths,
            activity,
            work,
        ));
        let expected_headline = if expected {
            Headline::TalkToGpAboutReferral
        } else {
            Headline::KeepGoing
        };
        assert_eq!(h, expected_headline, "{activity:?} {work:?}");
    }
}

#[test]
fn four_weeks_or_more_means_4_to_5_weeks_6_weeks_to_3_months_and_more() {
    let expected = [
        (Duration::UnderTwoWeeks, false),
        (Duration::TwoToThreeWeeks, false),
        (Duration::FourToFiveWeeks, true),
        (Duration::SixWeeksToThreeMonths, true),
        (Duration::OverThreeMonths, true),
    ];
    for (duration, four_or_more) in expected {
        assert_eq!(duration.four_weeks_or_more(), four_or_more, "{duration:?}");
        assert_eq!(
            referral(duration, true).is_some(),
            four_or_more,
            "{duration:?}"
        );
        let a = lower_back_with(duration, Activity::Partly, Work::Working);
        assert_eq!(
            view(&a).has_section("referral"),
            four_or_more,
            "{duration:?}"
        );
    }
}

// --- Referral strength (section 6, rule 3) -----------------------------------

fn referral_text(duration: Duration) -> Vec<Msg> {
    let v = view(&lower_back_with(
        duration,
        Activity::MostlyNot,
        Work::FullSickLeave,
    ));
    let section = v
        .sections
        .iter()
        .find(|s| s.name == "referral")
        .expect("referral section");
    section
        .blocks
        .iter()
        .filter_map(|b| {
            if let Block::Para(m) = b {
                Some(*m)
            } else {
                None
            }
        })
        .collect()
}

#[test]
fn referral_at_4_to_5_weeks_says_now_is_the_right_time() {
    let text = referral_text(Duration::FourToFiveWeeks);
    assert!(text.contains(&Msg::ReferralNow));
    assert!(!text.contains(&Msg::ReferralFirm));
    assert!(!text.contains(&Msg::ReferralRehab));
    assert_eq!(
        referral(Duration::FourToFiveWeeks, true),
        Some(ReferralStrength::Now)
    );
}

// v2: interdisciplinary rehabilitation can help from about 6 weeks (Marin
// 2017), not only after 3 months.
#[test]
fn referral_from_6_weeks_is_firm_and_adds_interdisciplinary_rehabilitation() {
    for duration in [Duration::SixWeeksToThreeMonths, Duration::OverThreeMonths] {
        let text = referral_text(duration);
        assert!(text.contains(&Msg::ReferralFirm), "{duration:?}");
        assert!(!text.contains(&Msg::ReferralNow), "{duration:?}");
        assert!(text.contains(&Msg::ReferralRehab), "{duration:?}");
    }
}

#[test]
fn referral_states_the_guideline_rule_and_that_the_fastlege_refers() {
    let text = referral_text(Duration::FourToFiveWeeks);
    assert!(text.contains(&Msg::ReferralRule));
    assert!(text.contains(&Msg::ReferralGpRefers));
}

#[test]
fn referral_under_a_c_headline_says_raise_it_at_that_visit() {
    let a = Answers {
        flags_c: Some(FlagAnswer::Flag(RedFlag::SteroidsOrOsteoporosis)),
        ..lower_back_with(
            Duration::SixWeeksToThreeMonths,
            Activity::Partly,
            Work::Working,
        )
    };
    let v = view(&a);
    assert!(v.has_section("referral"));
    assert!(shows(&v, Msg::ReferralCFirst));
    assert!(!shows(
        &view(&lower_back_with(
            Duration::SixWeeksToThreeMonths,
            Activity::Partly,
            Work::Working
        )),
        Msg::ReferralCFirst
    ));
}

// --- Sections (section 6) ------------------------------------------------------

#[test]
fn radiating_section_only_when_the_pain_radiates() {
    for (radiating, expected) in [
        (Radiating::WithNumbnessOrWeakness, true),
        (Radiating::PainOnly, true),
        (Radiating::No, false),
    ] {
        let a = Answers {
            radiating: Some(radiating),
            ..lower_back()
        };
        assert_eq!(view(&a).has_section("radiating"), expected, "{radiating:?}");
    }
}

#[test]
fn work_section_only_on_sick_leave() {
    for (work, expected) in [
        (Work::Working, false),
        (Work::GradedSickLeave, true),
        (Work::FullSickLeave, true),
        (Work::NotInPaidWork, false),
    ] {
        let a = Answers {
            work: Some(work),
            ..lower_back()
        };
        assert_eq!(view(&a).has_section("work"), expected, "{work:?}");
    }
}

#[test]
fn work_section_plans_the_way_back_from_four_weeks() {
    let short = view(&lower_back_with(
        Duration::TwoToThreeWeeks,
        Activity::Partly,
        Work::GradedSickLeave,
    ));
    let long = view(&lower_back_with(
        Duration::FourToFiveWeeks,
        Activity::Partly,
        Work::GradedSickLeave,
    ));
    assert!(shows(&short, Msg::WorkKeepContact) && shows(&short, Msg::WorkGradedBetter));
    assert!(!shows(&short, Msg::WorkPlanReturn));
    assert!(shows(&long, Msg::WorkPlanReturn));
}

#[test]
fn thoughts_section_needs_two_or_more_agreed() {
    use Thought::*;
    let none = with_thoughts(lower_back(), &[]);
    let one = with_thoughts(lower_back(), &[WorryALot]);
    let two = with_thoughts(lower_back(), &[FearOfHarm, NotBackInThreeMonths]);
    assert!(!view(&none).has_section("thoughts"));
    assert!(!view(&one).has_section("thoughts"));
    let v = view(&two);
    assert!(v.has_section("thoughts"));
    for m in [Msg::ThoughtsAffect, Msg::ThoughtsHelp, Msg::ThoughtsGp] {
        assert!(shows(&v, m), "{}", m.id());
    }
}

#[test]
fn skipped_thoughts_give_no_thoughts_section() {
    assert!(!view(&lower_back()).has_section("thoughts"));
}

#[test]
fn mood_safety_line_when_feeling_down_is_agreed_even_alone() {
    let alone = view(&with_thoughts(lower_back(), &[Thought::FeelingDown]));
    assert!(shows(&alone, Msg::MoodSafety));
    assert!(
        !shows(&alone, Msg::ThoughtsAffect),
        "one agreed statement does not explain thoughts"
    );
    let with_others = view(&with_thoughts(lower_back(), &Thought::ALL));
    assert!(shows(&with_others, Msg::MoodSafety));
}

#[test]
fn no_mood_safety_line_when_feeling_down_is_not_agreed() {
    use Thought::*;
    let v = view(&with_thoughts(
        lower_back(),
        &[FearOfHarm, NeverBetter, WorryALot, NotBackInThreeMonths],
    ));
    assert!(!shows(&v, Msg::MoodSafety));
}

#[test]
fn neck_note_only_for_neck_or_several_places() {
    for (location, expected) in [
        (Location::Neck, true),
        (Location::MiddleBack, false),
        (Location::LowerBack, false),
        (Location::Several, true),
    ] {
        assert_eq!(
            view(&calm(location)).has_section("neck"),
            expected,
            "{location:?}"
        );
    }
}

#[test]
fn self_care_and_options_on_every_non_urgent_result() {
    let v = view(&lower_back());
    assert!(v.has_section("self-care"));
    assert!(shows(&v, Msg::SelfcarePainRelief));
    for option in rules::OPTIONS {
        assert!(shows(&v, option.text), "{}", option.text.id());
    }
}

#[test]
fn safety_net_names_113_116_117_and_getting_worse() {
    let v = view(&lower_back());
    for m in [Msg::Safety113, Msg::Safety116, Msg::SafetyWorse] {
        assert!(shows(&v, m), "{}", m.id());
    }
}

#[test]
fn sources_section_gives_the_guideline_date_and_the_content_version() {
    let v = view(&lower_back());
    let blocks: Vec<&Block> = v
        .sections
        .iter()
        .filter(|s| s.name == "sources")
        .flat_map(|s| &s.blocks)
        .collect();
    assert!(blocks.contains(&&Block::ParaWith(
        Msg::SourcesUpdated,
        Var::Date,
        "15.09.2021"
    )));
    assert!(blocks.iter().any(|b| matches!(b, Block::ParaWith(Msg::ContentVersion, Var::Version, v) if *v == CONTENT_VERSION)));
    assert!(
        blocks
            .iter()
            .any(|b| matches!(b, Block::Citations(c) if c.len() == 22)),
        "the 22 citations of section 8 (v2)"
    );
}

#[test]
fn disclaimer_and_privacy_on_the_result() {
    let v = view(&lower_back());
    assert!(shows(&v, Msg::Disclaimer) && shows(&v, Msg::Privacy));
}

#[test]
fn no_advice_until_every_required_question_is_answered() {
    let full = lower_back();
    let mut missing = Vec::new();
    for clear in [
        |a: &mut Answers| a.location = None,
        |a: &mut Answers| a.flags_a = None,
        |a: &mut Answers| a.flags_b = None,
        |a: &mut Answers| a.flags_c = None,
        |a: &mut Answers| a.radiating = None,
        |a: &mut Answers| a.duration = None,
        |a: &mut Answers| a.activity = None,
        |a: &mut Answers| a.work = None,
    ] {
        let mut a = full.clone();
        clear(&mut a);
        if advise(&a).is_some() {
            missing.push(format!("{a:?}"));
        }
    }
    assert!(
        missing.is_empty(),
        "advice without a required answer:\n{}",
        missing.join("\n")
    );
}
