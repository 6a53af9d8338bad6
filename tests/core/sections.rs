//! The sections of a non-urgent result and when each is shown (content spec
//! section 6).

use crate::helpers::*;
use ryggsjekk::assessment::result::Block;
use ryggsjekk::assessment::*;
use ryggsjekk::i18n::{Msg, Text};

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
        assert_eq!(
            view(&a).has_section(SectionName::Radiating),
            expected,
            "{radiating:?}"
        );
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
        assert_eq!(
            view(&a).has_section(SectionName::Work),
            expected,
            "{work:?}"
        );
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
    assert!(!view(&none).has_section(SectionName::Thoughts));
    assert!(!view(&one).has_section(SectionName::Thoughts));
    let v = view(&two);
    assert!(v.has_section(SectionName::Thoughts));
    for m in [Msg::ThoughtsAffect, Msg::ThoughtsHelp, Msg::ThoughtsGp] {
        assert!(shows(&v, m), "{}", m.id());
    }
}

#[test]
fn skipped_thoughts_give_no_thoughts_section() {
    assert!(!view(&lower_back()).has_section(SectionName::Thoughts));
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
            view(&calm(location)).has_section(SectionName::Neck),
            expected,
            "{location:?}"
        );
    }
}

#[test]
fn self_care_and_options_on_every_non_urgent_result() {
    let v = view(&lower_back());
    assert!(v.has_section(SectionName::SelfCare));
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
        .filter(|s| s.name == SectionName::Sources)
        .flat_map(|s| &s.blocks)
        .collect();
    assert!(blocks.contains(&&Block::ParaWith(Text::sources_updated("15.09.2021"))));
    assert!(blocks.contains(&&Block::ParaWith(Text::content_version(CONTENT_VERSION))));
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
