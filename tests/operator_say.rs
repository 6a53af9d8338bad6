//! The phone script in bokmål for the operator (113 / 116 117 answer in
//! Norwegian): on every A and B screen with a script, in every language
//! but bokmål and nynorsk, the same script again in bokmål under a label in
//! the patient's language. Never on a non-urgent result.

#[path = "core/helpers.rs"]
#[allow(dead_code)]
mod helpers;

use helpers::{calm, lower_back_with, view};
use ryggsjekk::assessment::result::Block;
use ryggsjekk::assessment::*;
use ryggsjekk::i18n::{self, Category, Lang, Msg, Text};

/// The operator reads Norwegian; English is not assumed (the brief).
const GETS_COPY: [&str; 4] = ["en", "pl", "uk", "ar"];
const NO_COPY: [&str; 2] = ["nb", "nn"];

/// Every urgent outcome with a phone script: each A and B statement of each
/// location, and radiating pain getting worse (a B sign).
fn urgent_answers() -> Vec<Answers> {
    let mut out = Vec::new();
    for location in Location::ALL {
        for flag in RedFlagGroup::A.flags(location) {
            out.push(Answers {
                flags_a: Some(FlagAnswer::Flag(flag)),
                ..calm(location)
            });
        }
        for flag in RedFlagGroup::B.flags(location) {
            out.push(Answers {
                flags_b: Some(FlagAnswer::Flag(flag)),
                ..calm(location)
            });
        }
        out.push(Answers {
            radiating: Some(Radiating::WorseOrSpreading),
            ..calm(location)
        });
    }
    out
}

fn script(v: &ResultView) -> (&'static str, Msg) {
    let found = v
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .find_map(|b| match *b {
            Block::Say {
                location_key,
                statement,
            } => Some((location_key, statement)),
            _ => None,
        });
    found.expect("an urgent screen with a phone script")
}

#[test]
fn every_language_is_decided() {
    let mut codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    let mut expected: Vec<&str> = GETS_COPY.iter().chain(&NO_COPY).copied().collect();
    codes.sort_unstable();
    expected.sort_unstable();
    assert_eq!(
        codes, expected,
        "a new language: decide whether the operator reads it"
    );
}

#[test]
fn a_and_b_screens_repeat_the_script_in_bokmal_unless_the_patient_reads_norwegian() {
    let all = urgent_answers();
    assert!(all.len() > 20, "{} urgent answers", all.len());
    for a in &all {
        let v = view(a);
        assert!(v.urgent.is_some(), "{a:?}");
        let (where_key, statement) = script(&v);
        for lang in Lang::ALL {
            let copy = v.operator_say(lang);
            if NO_COPY.contains(&lang.code()) {
                assert_eq!(copy, None, "{} {a:?}", lang.code());
                continue;
            }
            assert!(GETS_COPY.contains(&lang.code()), "{}", lang.code());
            let c = copy.unwrap_or_else(|| panic!("no bokmål copy in {} for {a:?}", lang.code()));
            assert_eq!(c.lang.code(), "nb");
            assert_eq!(
                (c.location_key, c.statement),
                (where_key, statement),
                "{a:?}"
            );
            // The same sentences the bokmål screen shows.
            let nb = Lang::ALL[0];
            assert_eq!(nb.code(), "nb");
            let said = Text::urgent_say_where(c.location_key).render(c.lang)
                + &i18n::text(c.lang, c.statement);
            let on_nb_screen =
                Text::urgent_say_where(where_key).render(nb) + &i18n::text(nb, statement);
            assert_eq!(said, on_nb_screen);
            assert!(said.contains("Jeg "), "first person bokmål: {said}");
            assert_eq!(c.label, Msg::UrgentSayNorwegian);
        }
    }
}

#[test]
fn the_label_is_urgent_text_in_every_language() {
    assert_eq!(Msg::UrgentSayNorwegian.category(), Category::Urgent);
    let nb = i18n::text(Lang::ALL[0], Msg::UrgentSayNorwegian);
    assert_eq!(nb, "Si dette på norsk:");
    for lang in Lang::ALL {
        let label = i18n::text(lang, Msg::UrgentSayNorwegian);
        assert!(label.trim_end().ends_with(':'), "{}: {label}", lang.code());
        if lang.code() != "nb" {
            assert_ne!(label, nb, "{} has its own label", lang.code());
        }
    }
}

#[test]
fn never_on_a_non_urgent_result() {
    let answers = [
        calm(Location::Neck),
        lower_back_with(
            Duration::SixWeeksToThreeMonths,
            Activity::MostlyNot,
            Work::FullSickLeave,
        ),
        lower_back_with(Duration::OverThreeMonths, Activity::Partly, Work::Working),
    ];
    for a in &answers {
        let v = view(a);
        assert!(v.urgent.is_none());
        for lang in Lang::ALL {
            assert_eq!(v.operator_say(lang), None, "{} {a:?}", lang.code());
        }
    }
}
