//! The loader's static fallback (content spec section 9, [v2]): shown when the
//! widget cannot start, in the patient's language, with 113 and 116 117 and
//! the A and B signs in short; and the module scripts/build inlines into the
//! loader, which must carry exactly the core's language table and these texts.

use ryggsjekk::embed::{DEFAULT_LANG, LANG_TAGS};
use ryggsjekk::i18n::{text, Lang, Msg};
use ryggsjekk_core::loader::{fallback, module};

#[test]
fn every_language_has_a_fallback_with_both_numbers() {
    for lang in Lang::ALL {
        let f = fallback(lang).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(f.emergency[1], "113", "{}", lang.code());
        assert_eq!(f.legevakt[1], "116 117", "{}", lang.code());
        assert_eq!(f.emergency.concat(), text(lang, Msg::FallbackA));
        assert_eq!(f.legevakt.concat(), text(lang, Msg::FallbackB));
    }
}

/// Words a patient would recognise from each group of signs (section 4), as
/// the spec names them; one missing means the short list lost a sign.
#[test]
fn the_fallback_names_the_a_and_b_signs_not_only_the_numbers() {
    let signs: [(Lang, &[&str], &[&str]); 3] = [
        (
            Lang::Nb,
            &[
                "ulykke",
                "kraftig fall",
                "rivende",
                "brystet",
                "pust",
                "ansikt",
                "snakke",
            ],
            &["nummen", "tisse", "urin", "avføring", "svakhet", "feber"],
        ),
        (
            Lang::Nn,
            &[
                "ulukke",
                "kraftig fall",
                "rivande",
                "brystet",
                "pust",
                "andlet",
                "snakke",
            ],
            &["nummen", "tisse", "urin", "avføring", "svakheit", "feber"],
        ),
        (
            Lang::En,
            &[
                "accident",
                "hard fall",
                "tearing",
                "chest",
                "breathing",
                "face",
                "speaking",
            ],
            &[
                "numbness", "genitals", "urine", "stool", "weakness", "fever",
            ],
        ),
    ];
    for (lang, a, b) in signs {
        let f = fallback(lang).expect("fallback");
        let (a_line, b_line) = (f.emergency.concat(), f.legevakt.concat());
        for w in a {
            assert!(
                a_line.contains(w),
                "{}: the 113 line lacks «{w}»: {a_line}",
                lang.code()
            );
        }
        for w in b {
            assert!(
                b_line.contains(w),
                "{}: the 116 117 line lacks «{w}»: {b_line}",
                lang.code()
            );
        }
    }
}

#[test]
fn english_never_says_seat_or_saddle() {
    let all = [Msg::FallbackA, Msg::FallbackB].map(|m| text(Lang::En, m).to_lowercase());
    for t in all {
        assert!(!t.contains("seat") && !t.contains("saddle"), "{t}");
    }
}

#[test]
fn the_loader_module_carries_every_tag_and_every_fallback_text() {
    let m = module().expect("module");
    for (tag, lang) in LANG_TAGS {
        assert!(
            m.contains(&format!("\"{tag}\": \"{}\"", lang.code())),
            "{tag}"
        );
    }
    assert!(m.contains(&format!("DEFAULT_LANG = \"{}\"", DEFAULT_LANG.code())));
    for lang in Lang::ALL {
        assert!(
            m.contains(&format!("\n  {}: {{", lang.code())),
            "{}",
            lang.code()
        );
        for msg in [
            Msg::FallbackTitle,
            Msg::FallbackGp,
            Msg::FallbackKioskStaff,
            Msg::FallbackReload,
        ] {
            let t = text(lang, msg);
            assert!(
                m.contains(&format!("\"{t}\"")),
                "{} {}: {t}",
                lang.code(),
                msg.id()
            );
        }
    }
    // Nothing that could end the module's string literals early.
    assert_eq!(m.matches('"').count() % 2, 0);
}

#[test]
fn every_fallback_message_lives_in_fallback_ftl() {
    let ids: Vec<&str> = Msg::ALL
        .iter()
        .filter(|m| m.file() == "fallback")
        .map(|m| m.id())
        .collect();
    assert!(ids.len() >= 6, "{ids:?}");
    assert!(ids.iter().all(|id| id.starts_with("fallback-")), "{ids:?}");
}
