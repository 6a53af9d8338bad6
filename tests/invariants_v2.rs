//! Content spec v2, the parts that need no walk over every combination:
//! the warning-sign lines of invariant 8 and the flow side of invariant 7.
//! The exhaustive halves are in `tests/exhaustive/invariants_v2.rs`.

#[path = "languages/expect.rs"]
mod expect;

use ryggsjekk::assessment::result::EMERGENCY_LINES;
use ryggsjekk::assessment::*;
use ryggsjekk::i18n::{text, Lang};

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
