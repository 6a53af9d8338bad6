//! Content spec v2 over every combination of answers (the set `tests/core.rs`
//! walks): invariants 7 and 8 of section 6, the questions for the fastlege
//! (section 11) and where the purpose sentence stands (section 1). Expected
//! values are written from the spec, not read from the code's output.

mod enumerate;
#[path = "languages/expect.rs"]
mod expect;
use enumerate::{par_jobs, walk_job, Violations};
use std::sync::OnceLock;

use ryggsjekk::assessment::result::{Block, EMERGENCY_LINES};
use ryggsjekk::assessment::*;
use ryggsjekk::i18n::{text, Lang, Msg};

#[derive(Default)]
struct Report {
    combinations: u64,
    radiating_b: u64,
    invariant_7: Violations,
    invariant_8: Violations,
    questions: Violations,
    purpose: Violations,
}

impl Report {
    fn merge(&mut self, o: Report) {
        self.combinations += o.combinations;
        self.radiating_b += o.radiating_b;
        self.invariant_7.merge(o.invariant_7);
        self.invariant_8.merge(o.invariant_8);
        self.questions.merge(o.questions);
        self.purpose.merge(o.purpose);
    }
}

fn report() -> &'static Report {
    static REPORT: OnceLock<Report> = OnceLock::new();
    REPORT.get_or_init(|| {
        let started = std::time::Instant::now();
        let mut total = Report::default();
        for r in par_jobs(|location, a| {
            let mut report = Report::default();
            walk_job(location, a, &mut |answers| check(answers, &mut report));
            report
        }) {
            total.merge(r);
        }
        eprintln!(
            "checked {} combinations ({} with radiating pain getting worse) in {:.1?}",
            total.combinations,
            total.radiating_b,
            started.elapsed()
        );
        total
    })
}

fn messages_of(view: &ResultView, name: &str) -> Vec<Msg> {
    let mut out = Vec::new();
    for s in view.sections.iter().filter(|s| s.name.slug() == name) {
        for b in &s.blocks {
            match b {
                Block::Para(m) => out.push(*m),
                Block::Bullets(ms) => out.extend(ms),
                Block::Options(os) => out.extend(os.iter().map(|o| o.0)),
                _ => {}
            }
        }
    }
    out
}

fn position(view: &ResultView, name: &str) -> Option<usize> {
    view.sections.iter().position(|s| s.name.slug() == name)
}

/// The questions for the fastlege that section 11 of the spec gives.
fn expected_questions(a: &Answers) -> Vec<Msg> {
    let duration = a.duration.expect("complete");
    let activity = a.activity.expect("complete");
    let work = a.work.expect("complete");
    let radiating = a.radiating.expect("complete");
    let four_weeks_or_more = !matches!(
        duration,
        Duration::UnderTwoWeeks | Duration::TwoToThreeWeeks
    );
    let sick_leave = matches!(work, Work::GradedSickLeave | Work::FullSickLeave);
    let not_back = activity != Activity::AsBefore || sick_leave;
    let agreed = a
        .thoughts
        .iter()
        .filter(|t| **t == Some(Agreement::Agree))
        .count();
    let c_sign = a.flag(RedFlagGroup::C).is_some() || radiating == Radiating::Severe;
    let mut q = vec![Msg::GpQuestionActive];
    if four_weeks_or_more && not_back {
        q.push(Msg::GpQuestionReferral);
    }
    if sick_leave {
        q.push(Msg::GpQuestionWork);
    }
    if agreed >= 2 {
        q.push(Msg::GpQuestionWorries);
    }
    if matches!(
        radiating,
        Radiating::WithNumbnessOrWeakness | Radiating::PainOnly
    ) {
        q.push(Msg::GpQuestionRadiating);
    }
    if c_sign {
        q.push(Msg::GpQuestionSigns);
    }
    q
}

fn is_gp_question(m: Msg) -> bool {
    GpQuestion::ALL.iter().any(|q| q.text() == m)
}

fn check(answers: &Answers, report: &mut Report) {
    report.combinations += 1;
    let Some(outcome) = advise(answers) else {
        report
            .invariant_7
            .record(|| format!("no outcome for {answers:?}"));
        return;
    };
    let view = result_view(&outcome, answers);
    let a_sign = answers.flag(RedFlagGroup::A).is_some();
    let radiating_b = answers.radiating == Some(Radiating::WorseOrSpreading);

    // Invariant 7: a B sign reached through the radiating-pain question gives
    // the same headline as the B screen, with the same action.
    if !a_sign && radiating_b {
        report.radiating_b += 1;
        let on_b_screen = Answers {
            flags_b: Some(FlagAnswer::Flag(RedFlag::ProgressiveWeakness)),
            ..answers.clone()
        };
        let b_view = result_view(&advise(&on_b_screen).expect("B is enough"), &on_b_screen);
        let action = |v: &ResultView| {
            v.sections
                .iter()
                .find(|s| s.name.slug() == "action")
                .cloned()
        };
        if view.headline != Headline::LegevaktToday
            || view.headline != b_view.headline
            || view.headline_text != b_view.headline_text
            || view.urgent != Some(RedFlagGroup::B)
            || action(&view).is_none()
            || action(&view) != action(&b_view)
        {
            report.invariant_7.record(|| {
                format!(
                    "{answers:?}: {:?} / {:?}, on the B screen {:?}",
                    view.headline, view.urgent, b_view.headline
                )
            });
        }
    }

    let urgent = a_sign || answers.flag(RedFlagGroup::B).is_some() || radiating_b;
    let shown = view.messages();
    if urgent {
        // No questions for the fastlege on A or B (section 11).
        if let Some(q) = shown.iter().find(|m| is_gp_question(**m)) {
            report
                .questions
                .record(|| format!("{answers:?}: {} on an urgent screen", q.id()));
        }
        // The purpose after the action and the phone script (section 1).
        let (action, say, purpose) = (
            position(&view, "action"),
            position(&view, "say").or(position(&view, "action")),
            position(&view, "purpose"),
        );
        let before_action = view.sections[..action.unwrap_or(0)]
            .iter()
            .any(|s| s.name.slug() == "purpose");
        if purpose.is_none() || purpose < say || purpose < action || before_action {
            report.purpose.record(|| {
                format!("{answers:?}: purpose at {purpose:?}, action {action:?}, say {say:?}")
            });
        }
        return;
    }

    // Invariant 8: every non-urgent result shows the fallback's warning-sign
    // lines (113 and 116 117 with the A and B signs in short) in its safety net.
    let safety = messages_of(&view, "safety-net");
    for line in EMERGENCY_LINES {
        if !safety.contains(&line) {
            report
                .invariant_8
                .record(|| format!("{answers:?}: safety net without {}", line.id()));
        }
    }

    // Section 11: the questions the spec's rules give, in order.
    let questions = messages_of(&view, "gp-questions");
    let expected = expected_questions(answers);
    if questions != expected {
        report.questions.record(|| {
            let ids = |v: &[Msg]| v.iter().map(|m| m.id()).collect::<Vec<_>>().join(", ");
            format!(
                "{answers:?}: [{}], expected [{}]",
                ids(&questions),
                ids(&expected)
            )
        });
    }

    // Section 1: the purpose directly under the headline.
    let first = view.sections.first();
    if first.map(|s| s.name.slug()) != Some("purpose")
        || messages_of(&view, "purpose") != [Msg::Disclaimer, Msg::Privacy]
    {
        report
            .purpose
            .record(|| format!("{answers:?}: first section {:?}", first.map(|s| s.name)));
    }
}

#[test]
fn the_enumeration_reaches_the_radiating_b_sign() {
    let r = report();
    assert!(
        r.combinations > 100_000_000,
        "{} combinations",
        r.combinations
    );
    assert!(r.radiating_b > 0);
}

#[test]
fn invariant_7_a_b_sign_through_the_radiating_question_gives_the_b_result() {
    report().invariant_7.assert_none("invariant 7");
}

#[test]
fn invariant_8_no_non_urgent_result_says_less_than_the_fallback() {
    report().invariant_8.assert_none("invariant 8");
}

#[test]
fn questions_for_the_fastlege_follow_section_11_and_never_reach_a_or_b() {
    report().questions.assert_none("questions for the fastlege");
}

#[test]
fn purpose_under_the_headline_and_after_the_action_on_urgent_screens() {
    report().purpose.assert_none("purpose sentence");
}

/// The other half of invariant 8: the lines the fallback and every safety net
/// share name every A and B sign of section 4, in every language. The words
/// are the spec's and the glossary's, one per sign.
#[test]
fn invariant_8_the_warning_sign_lines_name_every_a_and_b_sign() {
    use RedFlag::*;
    // The order of `signs` in tests/languages/expect.rs: each language's word for each sign.
    let order: [RedFlag; 17] = [
        TraumaWithWeakness,
        TearingPain,
        ChestPainOrBreathing,
        NeckStrokeSigns,
        NeckDizzinessSigns,
        NeckWorstHeadacheOrMeningitis,
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
    let signs: Vec<RedFlag> = RedFlag::ALL
        .into_iter()
        .filter(|f| f.group().stops())
        .collect();
    for f in &signs {
        assert!(order.contains(f), "no word for {f:?}: add it here");
    }
    let mut missing = Vec::new();
    for lang in Lang::ALL {
        let words = expect::expect(lang).signs;
        let lines: String = EMERGENCY_LINES
            .iter()
            .map(|m| text(lang, *m).to_lowercase())
            .collect::<Vec<_>>()
            .join(" ");
        for (flag, w) in order.iter().zip(words) {
            if !lines.contains(&w.to_lowercase()) {
                missing.push(format!("{}: {flag:?} («{w}»)", lang.code()));
            }
        }
        assert!(
            lines.contains("113") && lines.contains("116 117"),
            "{}",
            lang.code()
        );
    }
    assert!(
        missing.is_empty(),
        "the warning-sign lines miss:\n{}",
        missing.join("\n")
    );
}

/// The flow side of invariant 7: the radiating-pain B option stops the
/// questionnaire at the B screen, like a statement on the B screen does.
#[test]
fn radiating_pain_getting_worse_stops_at_the_b_screen_for_every_location() {
    for location in Location::ALL {
        let mut s = State::new(Lang::Nb);
        let none = |g| Action::Answer(AnswerValue::Flags(g, FlagAnswer::NoneOfThese));
        for action in [
            Action::Next,
            Action::Answer(AnswerValue::Location(location)),
            Action::Next,
            none(RedFlagGroup::A),
            Action::Next,
            none(RedFlagGroup::B),
            Action::Next,
            none(RedFlagGroup::C),
            Action::Next,
            Action::Answer(AnswerValue::Radiating(Radiating::WorseOrSpreading)),
            Action::Next,
        ] {
            s = s.reduce(action);
        }
        assert_eq!(s.step, Step::Urgent(RedFlagGroup::B), "{location:?}");
        assert!(s.is_consistent(), "{location:?}");
        assert_eq!(
            s.outcome().map(|o| o.headline()),
            Some(Headline::LegevaktToday)
        );
        assert_eq!(
            s.reduce(Action::Back),
            s,
            "no way back from an urgent screen"
        );
    }
}
