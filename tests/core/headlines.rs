//! Headline order and the definitions behind it (content spec section 6):
//! «four weeks or more», «not back», and no advice before every required answer.

use crate::helpers::*;
use ryggsjekk::assessment::rules::{not_back, referral};
use ryggsjekk::assessment::*;
use ryggsjekk::i18n::Msg;

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
    use SectionName as S;
    for section in [S::Why, S::SelfCare, S::Options, S::SafetyNet, S::Sources] {
        assert!(v.has_section(section), "{section:?}");
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
    assert!(!view(&a).has_section(SectionName::Referral));
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
            view(&a).has_section(SectionName::Referral),
            four_or_more,
            "{duration:?}"
        );
    }
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
