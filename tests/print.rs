//! The print summary for the fastlege, checked natively from the core
//! (`ResultView::print_summary`): the browser only turns it into DOM
//! (`src/ui/print.rs`; tests/e2e/print.spec.mjs checks that it does).
//!
//! Expectations come from the content spec (section 6: which sections apply)
//! and from the answers given, not from the code under test.

use ryggsjekk::assessment::result::Block;
use ryggsjekk::assessment::*;
use ryggsjekk::i18n::Msg;

fn answers(
    location: Location,
    radiating: Radiating,
    duration: Duration,
    activity: Activity,
    work: Work,
) -> Answers {
    Answers {
        location: Some(location),
        flags_a: Some(FlagAnswer::NoneOfThese),
        flags_b: Some(FlagAnswer::NoneOfThese),
        flags_c: Some(FlagAnswer::NoneOfThese),
        radiating: Some(radiating),
        duration: Some(duration),
        activity: Some(activity),
        work: Some(work),
        // Thoughts skipped, and any question a test does not name unanswered.
        ..Answers::default()
    }
}

fn view(a: &Answers) -> ResultView {
    result_view(&advise(a).expect("complete answers give an outcome"), a)
}

fn printed(a: &Answers) -> PrintSummary {
    view(a)
        .print_summary()
        .expect("a full advice result can be printed")
}

fn names(p: &PrintSummary) -> Vec<SectionName> {
    p.sections.iter().map(|s| s.name).collect()
}

fn section(p: &PrintSummary, name: SectionName) -> &result::ViewSection {
    p.sections
        .iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("{name:?} is printed"))
}

fn section_messages(p: &PrintSummary, name: SectionName) -> Vec<Msg> {
    let mut out = Vec::new();
    section(p, name).messages(&mut out);
    out
}

/// The (question, answer) pairs under «Your answers».
fn printed_answers(p: &PrintSummary) -> Vec<(Msg, Msg)> {
    section(p, SectionName::Why)
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Answers(qa) => Some(qa.clone()),
            _ => None,
        })
        .expect("the answers are printed")
}

/// On paper: no phone links, no phone script, no kiosk note, no citation list.
fn assert_only_paper_blocks(p: &PrintSummary) {
    let blocks = p.sections.iter().flat_map(|s| &s.blocks).chain(&p.footer);
    for b in blocks {
        assert!(
            !matches!(
                b,
                Block::Phone(_) | Block::Say { .. } | Block::KioskOnly(_) | Block::Citations(_)
            ),
            "{b:?} does not belong on paper"
        );
    }
}

/// The footer: where the advice comes from, its version, and what it is not.
fn assert_footer(p: &PrintSummary) {
    let mut footer = Vec::new();
    p.footer.iter().for_each(|b| b.messages(&mut footer));
    for m in [
        Msg::SourcesGuideline,
        Msg::SourcesUpdated,
        Msg::ContentVersion,
    ] {
        assert!(footer.contains(&m), "{m:?} in the footer");
    }
    // v2: the purpose (not a diagnosis; nothing stored or sent) stands right
    // under the headline (content spec section 1), on paper too.
    assert_eq!(
        section_messages(p, SectionName::Purpose),
        [Msg::Disclaimer, Msg::Privacy]
    );
}

#[test]
fn urgent_results_have_no_printout() {
    // A and B screens carry only their action (content spec section 4): the
    // patient is to call now, not print.
    for location in Location::ALL {
        for group in [RedFlagGroup::A, RedFlagGroup::B] {
            for flag in group.flags(location) {
                let mut a = answers(
                    location,
                    Radiating::No,
                    Duration::UnderTwoWeeks,
                    Activity::AsBefore,
                    Work::Working,
                );
                *a.flags_mut(group) = Some(FlagAnswer::Flag(flag));
                let v = view(&a);
                assert!(v.urgent.is_some(), "{flag:?} gives an urgent screen");
                assert_eq!(v.print_summary(), None, "{location:?} {flag:?}");
            }
        }
    }
}

#[test]
fn short_episode_prints_stay_active_answers_and_safety_net() {
    let a = answers(
        Location::LowerBack,
        Radiating::No,
        Duration::UnderTwoWeeks,
        Activity::AsBefore,
        Work::Working,
    );
    let p = printed(&a);
    assert_eq!(p.headline, Msg::HeadlineStayActive);
    // The 4–6 weeks rule under the headline, the answers, the safety net; no
    // referral, radiating, work or thoughts section applies.
    use SectionName as S;
    assert_eq!(
        names(&p),
        [
            S::Purpose,
            S::HeadlineDetail,
            S::Why,
            S::GpQuestions,
            S::SafetyNet
        ]
    );
    assert_eq!(section_messages(&p, S::HeadlineDetail), [Msg::StayActiveGp]);
    assert_eq!(section(&p, S::Why).heading, Some(Msg::PrintAnswers));
    assert_eq!(
        printed_answers(&p),
        [
            (Msg::QLocation, Msg::LocationLower),
            (Msg::SummaryFlagsA, Msg::FlagNone),
            (Msg::SummaryFlagsB, Msg::FlagNone),
            (Msg::SummaryFlagsC, Msg::FlagNone),
            (Msg::QRadiating, Msg::RadiatingNo),
            (Msg::QDuration, Msg::DurationUnder2),
            (Msg::QActivity, Msg::ActivityYes),
            (Msg::QWork, Msg::WorkWorking),
        ]
    );
    let safety = section_messages(&p, S::SafetyNet);
    for m in [Msg::Safety113, Msg::Safety116, Msg::SafetyWorse] {
        assert!(safety.contains(&m), "{m:?}");
    }
    assert_footer(&p);
    assert_only_paper_blocks(&p);
}

#[test]
fn referral_prints_the_referral_work_and_mood_safety_but_not_the_self_care() {
    // The journey of tests/e2e/print.spec.mjs: neck, 6–12 weeks, mostly not
    // back to activities, full sick leave, «feeling down» agreed.
    let mut a = answers(
        Location::Neck,
        Radiating::No,
        Duration::SixWeeksToThreeMonths,
        Activity::MostlyNot,
        Work::FullSickLeave,
    );
    a.thoughts[Thought::FeelingDown.index()] = Some(Agreement::Agree);
    let p = printed(&a);
    assert_eq!(p.headline, Msg::HeadlineReferral);
    use SectionName as S;
    // Self-care, the options, the neck note and the citations stay on screen.
    assert_eq!(
        names(&p),
        [
            S::Purpose,
            S::Why,
            S::Referral,
            S::Work,
            S::Thoughts,
            S::GpQuestions,
            S::SafetyNet
        ]
    );

    let answered = printed_answers(&p);
    for pair in [
        (Msg::QLocation, Msg::LocationNeck),
        (Msg::QDuration, Msg::Duration6Weeks3Months),
        (Msg::QActivity, Msg::ActivityNo),
        (Msg::QWork, Msg::WorkFull),
        (Msg::ThoughtDown, Msg::AnswerAgree),
    ] {
        assert!(answered.contains(&pair), "{pair:?} printed");
    }
    // Skipped statements are left out rather than printed as «disagree».
    assert!(!answered.iter().any(|(q, _)| *q == Msg::ThoughtWorry));

    let referral = section_messages(&p, S::Referral);
    assert!(
        referral.contains(&Msg::ReferralFirm),
        "from 6 weeks: firmly"
    );
    assert!(!referral.contains(&Msg::ReferralNow));
    assert!(
        section_messages(&p, S::Work).contains(&Msg::WorkPlanReturn),
        "over 4 weeks on sick leave: plan the way back"
    );
    let thoughts = section_messages(&p, S::Thoughts);
    assert!(thoughts.contains(&Msg::MoodSafety), "always with «down»");
    assert!(!thoughts.contains(&Msg::ThoughtsAffect), "only one agreed");

    let all = p.messages();
    for m in [
        Msg::SelfcareActive,
        Msg::NeckNote,
        Msg::OptionsNotUsefulTitle,
    ] {
        assert!(!all.contains(&m), "{m:?} stays off the paper");
    }
    assert_footer(&p);
    assert_only_paper_blocks(&p);
}

#[test]
fn c_sign_prints_the_c_headline_and_still_the_referral() {
    let mut a = answers(
        Location::LowerBack,
        Radiating::PainOnly,
        Duration::FourToFiveWeeks,
        Activity::Partly,
        Work::GradedSickLeave,
    );
    let c = RedFlagGroup::C.flags(Location::LowerBack).next().unwrap();
    a.flags_c = Some(FlagAnswer::Flag(c));
    let p = printed(&a);
    assert_eq!(p.headline, Msg::HeadlineSeeGpDays);
    use SectionName as S;
    assert_eq!(
        names(&p),
        [
            S::Purpose,
            S::Why,
            S::Referral,
            S::Radiating,
            S::Work,
            S::GpQuestions,
            S::SafetyNet
        ]
    );
    assert!(
        printed_answers(&p).contains(&(Msg::SummaryFlagsC, c.label())),
        "the C sign is named for the fastlege"
    );
    let referral = section_messages(&p, S::Referral);
    for m in [Msg::ReferralNow, Msg::ReferralCFirst] {
        assert!(referral.contains(&m), "4–6 weeks under a C headline: {m:?}");
    }
    assert!(
        section_messages(&p, S::Work).contains(&Msg::WorkPlanReturn),
        "4 weeks or more on sick leave: plan the way back"
    );
    assert_only_paper_blocks(&p);
}

#[test]
fn every_calm_result_prints_the_safety_net_and_nothing_the_screen_lacks() {
    for location in Location::ALL {
        // Radiating pain getting worse is a B sign (v2): no printout.
        for radiating in Radiating::ALL
            .into_iter()
            .filter(|r| r.sign() != Some(RedFlagGroup::B))
        {
            for duration in Duration::ALL {
                for activity in Activity::ALL {
                    for work in Work::ALL {
                        let a = answers(location, radiating, duration, activity, work);
                        let v = view(&a);
                        let p = v.print_summary().expect("printable");
                        let ctx = format!("{a:?}");
                        assert_eq!(p.headline, v.headline_text, "{ctx}");
                        assert!(names(&p).contains(&SectionName::SafetyNet), "{ctx}");
                        // Only the «Your answers» heading is the print's own.
                        let screen = v.messages();
                        for m in p.messages() {
                            assert!(m == Msg::PrintAnswers || screen.contains(&m), "{m:?} {ctx}");
                        }
                        assert_footer(&p);
                        assert_only_paper_blocks(&p);
                    }
                }
            }
        }
    }
}

#[test]
fn prints_in_a_foreign_language_carry_the_bokmal_summary_after_it() {
    use ryggsjekk::i18n::Lang;
    // Issue 17: the fastlege reads Norwegian. English first (the patient's),
    // then bokmål; Norwegian prints stay one language.
    assert_eq!(PrintSummary::languages(Lang::En), [Lang::En, Lang::Nb]);
    assert_eq!(PrintSummary::languages(Lang::Nb), [Lang::Nb]);
    assert_eq!(PrintSummary::languages(Lang::Nn), [Lang::Nn]);
    // Whatever the language, the copy is the one summary, so both halves list
    // the same questions for the fastlege under their own heading.
    let mut a = answers(
        Location::LowerBack,
        Radiating::PainOnly,
        Duration::SixWeeksToThreeMonths,
        Activity::MostlyNot,
        Work::GradedSickLeave,
    );
    a.thoughts[Thought::FeelingDown.index()] = Some(Agreement::Agree);
    a.thoughts[Thought::WorryALot.index()] = Some(Agreement::Agree);
    let p = printed(&a);
    let gp = section(&p, SectionName::GpQuestions);
    assert_eq!(gp.heading, Some(Msg::SectionGpQuestions));
    let mut qs = Vec::new();
    gp.messages(&mut qs);
    // Spec section 11: always, referral, sick leave, two agreed, radiating pain only.
    for m in [
        Msg::GpQuestionActive,
        Msg::GpQuestionReferral,
        Msg::GpQuestionWork,
        Msg::GpQuestionWorries,
        Msg::GpQuestionRadiating,
    ] {
        assert!(qs.contains(&m), "{m:?} printed");
    }
    assert!(!qs.contains(&Msg::GpQuestionSigns), "no C sign given");
}
