//! Content spec v2 over every combination of answers (walked once, in
//! `pass`): invariants 7 and 8 of section 6, the questions for the fastlege
//! (section 11) and where the purpose sentence stands (section 1). Expected
//! values are written from the spec, not read from the code's output.

use crate::enumerate::Violations;
use crate::pass::{pass, Seen};
use ryggsjekk::assessment::result::{Block, EMERGENCY_LINES};
use ryggsjekk::assessment::*;
use ryggsjekk::i18n::Msg;

pub const INVARIANT_7: &str = "invariant 7";
pub const INVARIANT_8: &str = "invariant 8";
pub const QUESTIONS: &str = "questions for the fastlege";
pub const PURPOSE: &str = "purpose sentence";

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

fn is_urgent(a: &Answers) -> bool {
    a.flag(RedFlagGroup::A).is_some()
        || a.flag(RedFlagGroup::B).is_some()
        || a.radiating == Some(Radiating::WorseOrSpreading)
}

/// A B sign reached through the radiating-pain question (not behind an A sign).
pub fn reaches_radiating_b(s: &Seen) -> bool {
    s.answers.flag(RedFlagGroup::A).is_none()
        && s.answers.radiating == Some(Radiating::WorseOrSpreading)
}

/// Invariant 7: a B sign reached through the radiating-pain question gives
/// the same headline as the B screen, with the same action.
pub fn invariant_7(s: &Seen, broken: &mut Violations) {
    if !reaches_radiating_b(s) {
        return;
    }
    let (answers, view) = (s.answers, s.view);
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
        || action(view).is_none()
        || action(view) != action(&b_view)
    {
        broken.record(|| {
            format!(
                "{answers:?}: {:?} / {:?}, on the B screen {:?}",
                view.headline, view.urgent, b_view.headline
            )
        });
    }
}

/// Invariant 8: every non-urgent result shows the fallback's warning-sign
/// lines (113 and 116 117 with the A and B signs in short) in its safety net.
pub fn invariant_8(s: &Seen, broken: &mut Violations) {
    if is_urgent(s.answers) {
        return;
    }
    let safety = messages_of(s.view, "safety-net");
    for line in EMERGENCY_LINES {
        if !safety.contains(&line) {
            broken.record(|| format!("{:?}: safety net without {}", s.answers, line.id()));
        }
    }
}

/// Section 11: the questions the spec's rules give, in order, and none on A or B.
pub fn gp_questions(s: &Seen, broken: &mut Violations) {
    let answers = s.answers;
    if is_urgent(answers) {
        if let Some(q) = s.view.messages().iter().find(|m| is_gp_question(**m)) {
            broken.record(|| format!("{answers:?}: {} on an urgent screen", q.id()));
        }
        return;
    }
    let questions = messages_of(s.view, "gp-questions");
    let expected = expected_questions(answers);
    if questions != expected {
        broken.record(|| {
            let ids = |v: &[Msg]| v.iter().map(|m| m.id()).collect::<Vec<_>>().join(", ");
            format!(
                "{answers:?}: [{}], expected [{}]",
                ids(&questions),
                ids(&expected)
            )
        });
    }
}

/// Section 1: the purpose directly under the headline; on urgent screens
/// after the action and the phone script.
pub fn purpose(s: &Seen, broken: &mut Violations) {
    let (answers, view) = (s.answers, s.view);
    if is_urgent(answers) {
        let (action, say, purpose) = (
            position(view, "action"),
            position(view, "say").or(position(view, "action")),
            position(view, "purpose"),
        );
        let before_action = view.sections[..action.unwrap_or(0)]
            .iter()
            .any(|s| s.name.slug() == "purpose");
        if purpose.is_none() || purpose < say || purpose < action || before_action {
            broken.record(|| {
                format!("{answers:?}: purpose at {purpose:?}, action {action:?}, say {say:?}")
            });
        }
        return;
    }
    let first = view.sections.first();
    if first.map(|s| s.name.slug()) != Some("purpose")
        || messages_of(view, "purpose") != [Msg::Disclaimer, Msg::Privacy]
    {
        broken.record(|| format!("{answers:?}: first section {:?}", first.map(|s| s.name)));
    }
}

#[test]
fn the_enumeration_reaches_the_radiating_b_sign() {
    let r = pass();
    assert!(
        r.combinations > 100_000_000,
        "{} combinations",
        r.combinations
    );
    assert!(r.radiating_b > 0);
}

#[test]
fn invariant_7_a_b_sign_through_the_radiating_question_gives_the_b_result() {
    pass().assert_none(INVARIANT_7);
}

#[test]
fn invariant_8_no_non_urgent_result_says_less_than_the_fallback() {
    pass().assert_none(INVARIANT_8);
}

#[test]
fn questions_for_the_fastlege_follow_section_11_and_never_reach_a_or_b() {
    pass().assert_none(QUESTIONS);
}

#[test]
fn purpose_under_the_headline_and_after_the_action_on_urgent_screens() {
    pass().assert_none(PURPOSE);
}
