//! Red flags (content spec section 4): A and B stop with the right number,
//! the statements shown per location, C named in the result.

use crate::helpers::*;
use ryggsjekk::assessment::result::Block;
use ryggsjekk::assessment::*;
use ryggsjekk::i18n::Msg;

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
            .find(|s| s.name == SectionName::Why)
            .expect("why section");
        let named = why.blocks.iter().any(
            |b| matches!(b, Block::Answers(qa) if qa.contains(&(Msg::SummaryFlagsC, flag.label()))),
        );
        assert!(named, "{flag:?} is named under «why»");
    }
}
