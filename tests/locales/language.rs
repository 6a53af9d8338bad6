//! No English left in Norwegian, no bokmål forms in nynorsk, emergency
//! numbers written exactly, and the result never called a diagnosis.

use crate::helpers::*;
use ryggsjekk::i18n::{parts, Lang, Msg};

/// Common English words that are not also Norwegian words (so no «at», «be»,
/// «is», «time», «over», «hand», «arm», «start», «for», «to», «so»).
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "you",
    "your",
    "pain",
    "back",
    "neck",
    "with",
    "not",
    "if",
    "call",
    "now",
    "are",
    "this",
    "that",
    "what",
    "when",
    "where",
    "which",
    "will",
    "would",
    "should",
    "have",
    "has",
    "been",
    "they",
    "their",
    "there",
    "about",
    "more",
    "than",
    "from",
    "without",
    "into",
    "please",
    "yes",
    "help",
    "doctor",
    "week",
    "weeks",
    "days",
    "answer",
    "question",
    "next",
    "continue",
    "choose",
    "print",
    "advice",
    "sources",
    "staff",
    "leave",
    "work",
    "sick",
    "get",
    "gets",
    "better",
    "worse",
    "only",
    "also",
    "it",
    "of",
    "or",
    "on",
    "legs",
    "arms",
    "head",
    "fever",
    "feel",
    "feeling",
    "tell",
    "go",
    "see",
    "stiff",
    "weakness",
    "numbness",
    "chest",
    "breathing",
    "emergency",
    "urgent",
    "again",
    "still",
    "here",
];

/// Bokmål forms that are wrong in nynorsk (see ../shared/docs/glossary.md).
/// «nå» is also the nynorsk verb «å nå», which these texts do not need.
const BOKMAL: &[&str] = &[
    "ikke",
    "jeg",
    "hva",
    "hvem",
    "hvor",
    "hvordan",
    "hvorfor",
    "hvis",
    "noe",
    "noen",
    "nå",
    "mye",
    "bare",
    "uke",
    "uker",
    "dager",
    "måneder",
    "hverdagen",
    "fra",
    "mer",
    "uten",
    "bedre",
    "være",
    "vært",
    "gjøre",
    "gjør",
    "smerter",
    "sykmeldt",
    "sykmelding",
    "henvisning",
    "henvise",
    "dem",
    "deres",
    "hjem",
    "hjemme",
    "hele",
    "selv",
    "flere",
    "egen",
    "følelse",
    "følelser",
    "tanker",
    "syk",
    "sykdom",
    "sykehus",
    "hodepine",
    "blek",
    "hvile",
    "undersøkelse",
    "lammelse",
    "hver",
    "kilder",
    "anbefale",
    "anbefaler",
    "veileder",
    "veilederen",
    "sier",
    "søke",
    "mens",
];

/// Proper names quoted in nynorsk texts as they are spelt (the guideline's title).
const PROPER_NAMES: &[&str] = &["«Fysikalsk medisin og rehabilitering – veileder: Plager i nakke og rygg – Tverrfaglig nakke- og ryggbehandling»"];

fn is_bokmal(word: &str) -> bool {
    BOKMAL.contains(&word)
        || word.ends_with("het")
        || word.ends_with("heten")
        || word.ends_with("lig")
        || word.ends_with("lige")
        || word.contains("sykmeld")
        || word.contains("henvis")
        || word.contains("tjeneste")
}

#[test]
fn no_english_left_in_norwegian() {
    let mut found = Vec::new();
    for lang in NORWEGIAN {
        for &msg in Msg::ALL {
            let text = all_text(parts(lang, msg)).to_lowercase();
            for w in words(&text).filter(|w| ENGLISH.contains(w)) {
                found.push(format!("{}: `{}`: «{w}»", lang.code(), msg.id()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "English words in Norwegian texts:\n{}",
        found.join("\n")
    );
}

#[test]
fn no_bokmal_forms_in_nynorsk() {
    let mut found = Vec::new();
    for &msg in Msg::ALL {
        let mut text = all_text(parts(Lang::Nn, msg));
        for name in PROPER_NAMES {
            text = text.replace(name, " ");
        }
        for w in words(&text.to_lowercase()).filter(|w| is_bokmal(w)) {
            found.push(format!("nn/{}.ftl: `{}`: «{w}»", msg.file(), msg.id()));
        }
    }
    assert!(
        found.is_empty(),
        "bokmål forms in nynorsk:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_bokmal_check_would_catch_the_usual_slips() {
    for w in [
        "ikke",
        "svakhet",
        "svakheten",
        "vanlig",
        "vanlige",
        "sykmeldt",
        "henvisningen",
        "spesialisthelsetjenesten",
    ] {
        assert!(is_bokmal(w), "{w}");
    }
    for w in [
        "ikkje",
        "svakheit",
        "vanleg",
        "sjukmeld",
        "tilvising",
        "spesialisthelsetenesta",
        "nakken",
    ] {
        assert!(!is_bokmal(w), "{w}");
    }
}

#[test]
fn emergency_numbers_are_written_exactly() {
    for lang in Lang::ALL {
        for &msg in Msg::ALL {
            let text = all_text(parts(lang, msg));
            let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            let at = format!("{}: `{}`: «{text}»", lang.code(), msg.id());
            assert!(
                !compact.contains("116") || text.contains("116 117") || text.contains("116 123"),
                "{at}"
            );
            for wrong in [
                "116117",
                "116123",
                "116-117",
                "116-123",
                "116\u{a0}117",
                "116\u{a0}123",
                "1-1-3",
            ] {
                assert!(!text.contains(wrong), "{at}");
            }
            for (i, _) in text.match_indices("116") {
                let rest = &text[i..];
                assert!(
                    rest.starts_with("116 117") || rest.starts_with("116 123"),
                    "{at}"
                );
            }
        }
    }
}

#[test]
fn the_result_is_never_called_a_diagnosis_or_risk_score() {
    let banned = [
        "diagnose",
        "diagnosis",
        "risikoskår",
        "risikoscore",
        "risk score",
        "risikovurdering",
    ];
    for lang in Lang::ALL {
        for msg in messages_in("main").chain(messages_in("fallback")) {
            let text = all_text(parts(lang, msg)).to_lowercase();
            for b in banned {
                assert!(
                    !text.contains(b),
                    "{}: `{}` says «{b}»",
                    lang.code(),
                    msg.id()
                );
            }
        }
    }
}
