//! Categories, not id prefixes (issue 13): the A and B screens show only
//! messages whose declared category (`# category: …` in
//! `locales/nb/main.ftl`) is on the allowlist, over every combination of
//! answers. A new self-care message can never reach an urgent screen, however
//! its id is spelt.
//!
//! The check is one function over one result view (`outside_allowlist`), so
//! it can move into a shared walk of all combinations.

mod enumerate;
use enumerate::{par_jobs, walk_job, Violations};

use ryggsjekk::assessment::result::Block;
use ryggsjekk::assessment::*;
use ryggsjekk::i18n::{Category, Msg};

/// What an A or B screen may show: its own action and phone script
/// (urgent), the widget's frame (purpose, kiosk line) and the emergency
/// lines (safety-net). Content spec section 4: "No self-care text on this
/// screen"; section 6, rule 1: "no other advice".
pub const URGENT_ALLOWLIST: [Category; 3] =
    [Category::Urgent, Category::Frame, Category::SafetyNet];

/// The messages of `view` that it may not show: on an A or B screen, those
/// outside [`URGENT_ALLOWLIST`]; on any other result, none.
pub fn outside_allowlist(view: &ResultView) -> Vec<Msg> {
    if view.urgent.is_none() {
        return Vec::new();
    }
    view.messages()
        .into_iter()
        .filter(|m| !URGENT_ALLOWLIST.contains(&m.category()))
        .collect()
}

#[derive(Default)]
struct Report {
    combinations: u64,
    a_screens: u64,
    b_screens: u64,
    violations: Violations,
}

fn check(answers: &Answers, report: &mut Report) {
    report.combinations += 1;
    let Some(outcome) = advise(answers) else {
        report
            .violations
            .record(|| format!("no outcome for {answers:?}"));
        return;
    };
    // Only an urgent outcome can break the rule; other views need not be built.
    let Outcome::Urgent { group, .. } = outcome else {
        return;
    };
    match group {
        RedFlagGroup::A => report.a_screens += 1,
        _ => report.b_screens += 1,
    }
    let view = result_view(&outcome, answers);
    let bad = outside_allowlist(&view);
    if !bad.is_empty() {
        report.violations.record(|| {
            let shown: Vec<String> = bad
                .iter()
                .map(|m| format!("`{}` ({})", m.id(), m.category().name()))
                .collect();
            format!(
                "{group:?} screen for {answers:?} shows {}",
                shown.join(", ")
            )
        });
    }
}

#[test]
fn a_and_b_screens_show_only_urgent_frame_and_safety_net_messages() {
    let started = std::time::Instant::now();
    let mut total = Report::default();
    for r in par_jobs(|location, a| {
        let mut report = Report::default();
        walk_job(location, a, &mut |answers| check(answers, &mut report));
        report
    }) {
        total.combinations += r.combinations;
        total.a_screens += r.a_screens;
        total.b_screens += r.b_screens;
        total.violations.merge(r.violations);
    }
    eprintln!(
        "checked {} combinations ({} A screens, {} B screens) in {:.1?}",
        total.combinations,
        total.a_screens,
        total.b_screens,
        started.elapsed()
    );
    // The walk is the full set (4 locations × their flag screens × 5 × 5 × 3 × 4 × 3⁵).
    assert_eq!(total.combinations, 144_633_600, "the walk is not complete");
    assert!(
        total.a_screens > 0 && total.b_screens > 0,
        "the walk reached no A or no B screen"
    );
    total.violations.assert_none(
        "an A or B screen shows a message outside the categories urgent, frame and safety-net",
    );
}

/// The check itself catches a message of another category on an urgent
/// screen, and leaves non-urgent results alone.
#[test]
fn the_allowlist_check_catches_self_care_on_an_a_screen() {
    let answers = Answers {
        location: Some(Location::LowerBack),
        flags_a: Some(FlagAnswer::Flag(RedFlag::ChestPainOrBreathing)),
        ..Answers::default()
    };
    let outcome = advise(&answers).expect("an A sign is enough");
    let mut view = result_view(&outcome, &answers);
    assert_eq!(outside_allowlist(&view), Vec::<Msg>::new());
    view.sections[0]
        .blocks
        .push(Block::Para(Msg::SelfcareActive));
    assert_eq!(outside_allowlist(&view), vec![Msg::SelfcareActive]);

    view.urgent = None;
    assert_eq!(outside_allowlist(&view), Vec::<Msg>::new());
}

/// A few categories as the content spec's sections name them, so a
/// declaration that drifts into another category is noticed.
#[test]
fn categories_follow_the_result_sections_of_the_spec() {
    for (msg, want) in [
        (Msg::UrgentATitle, Category::Urgent),
        (Msg::UrgentBCall, Category::Urgent),
        (Msg::FlagBSaddleNumbness, Category::Urgent),
        (Msg::Safety113, Category::SafetyNet),
        (Msg::Safety116, Category::SafetyNet),
        (Msg::MoodSafety, Category::SafetyNet),
        (Msg::Disclaimer, Category::Frame),
        (Msg::SelfcareActive, Category::SelfCare),
        (Msg::ReferralWhat, Category::Referral),
        (Msg::WorkFollowUpPlan, Category::Work),
        (Msg::WorkFull, Category::Question),
        (Msg::ThoughtsAffect, Category::Thoughts),
        (Msg::OptionExercise, Category::Evidence),
        (Msg::GpQuestionActive, Category::GpQuestions),
        (Msg::FallbackA, Category::Fallback),
        (Msg::ReviewTitle, Category::Review),
    ] {
        assert_eq!(msg.category(), want, "`{}`", msg.id());
    }
}
