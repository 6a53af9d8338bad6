//! Referral strength by duration (content spec section 6, rule 3).

use crate::helpers::*;
use ryggsjekk::assessment::result::Block;
use ryggsjekk::assessment::rules::{referral, ReferralStrength};
use ryggsjekk::assessment::*;
use ryggsjekk::i18n::Msg;

fn referral_text(duration: Duration) -> Vec<Msg> {
    let v = view(&lower_back_with(
        duration,
        Activity::MostlyNot,
        Work::FullSickLeave,
    ));
    let section = v
        .sections
        .iter()
        .find(|s| s.name == SectionName::Referral)
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
    assert!(v.has_section(SectionName::Referral));
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
