//! Embed attributes (content spec section 9, and the embedding rules): bad input
//! never blanks the widget; it falls back and warns exactly once.

use ryggsjekk::embed::{self, Mode, IDLE_DEFAULT, IDLE_MAX, IDLE_MIN};
use ryggsjekk::i18n::Lang;

#[path = "languages/expect.rs"]
mod expect;

fn lang(attr: Option<&str>, page: Option<&str>) -> (Lang, Vec<String>) {
    let mut w = Vec::new();
    (embed::parse_lang(attr, page, &mut w), w)
}

fn mode(attr: Option<&str>) -> (Mode, Vec<String>) {
    let mut w = Vec::new();
    (embed::parse_mode(attr, &mut w), w)
}

fn idle(attr: Option<&str>) -> (u32, Vec<String>) {
    let mut w = Vec::new();
    (embed::parse_idle_seconds(attr, &mut w), w)
}

// --- lang ---------------------------------------------------------------------

#[test]
fn every_languages_tags_give_it_in_any_case() {
    for l in Lang::ALL {
        for tag in expect::expect(l).tags {
            assert_eq!(lang(Some(tag), None), (l, vec![]), "{tag}");
        }
    }
}

#[test]
fn a_reviewed_language_follows_the_page_but_a_draft_only_its_attribute() {
    for l in Lang::ALL {
        let e = expect::expect(l);
        for tag in e.tags {
            let from_page = if e.unreviewed { Lang::Nb } else { l };
            // Silently: the page did nothing wrong.
            assert_eq!(lang(None, Some(tag)), (from_page, vec![]), "page {tag}");
            assert_eq!(lang(Some(tag), Some("nn")), (l, vec![]), "attribute {tag}");
        }
    }
    // A bad attribute falls back to the page, but not to a draft.
    let (l, w) = lang(Some("zz"), Some("pl-PL"));
    assert_eq!((l, w.len()), (Lang::Nb, 1));
}

/// The table the loader gets (scripts/build inlines it) is the one the wasm
/// parses with; every entry works with a region, an underscore and in any case.
#[test]
fn every_tag_in_the_table_is_understood_in_every_spelling() {
    for (tag, expected) in embed::LANG_TAGS {
        assert_eq!(tag, tag.to_ascii_lowercase(), "tags are lower case");
        for spelling in [
            tag.to_string(),
            tag.to_ascii_uppercase(),
            format!("{tag}-NO"),
            format!("{tag}_no"),
            format!("  {tag} "),
        ] {
            assert_eq!(
                embed::lang_from_tag(&spelling),
                Some(expected),
                "{spelling:?}"
            );
        }
    }
}

#[test]
fn every_language_is_reached_by_its_own_code_and_tags_are_unique() {
    for l in Lang::ALL {
        assert_eq!(embed::lang_from_tag(l.code()), Some(l));
    }
    let mut tags: Vec<&str> = embed::LANG_TAGS.iter().map(|(t, _)| *t).collect();
    tags.sort_unstable();
    tags.dedup();
    assert_eq!(tags.len(), embed::LANG_TAGS.len());
}

#[test]
fn only_the_primary_subtag_counts() {
    for tag in ["de", "de-NO", "sv-nb", "nbx", "n", "", "-nb", "nb.NO"] {
        assert_eq!(embed::lang_from_tag(tag), None, "{tag:?}");
    }
    assert_eq!(embed::lang_from_tag("no-NO"), Some(Lang::Nb));
}

#[test]
fn the_default_language_is_bokmal() {
    assert_eq!(embed::DEFAULT_LANG, Lang::Nb);
}

#[test]
fn the_attribute_wins_over_the_page_language() {
    assert_eq!(lang(Some("nn"), Some("en")), (Lang::Nn, vec![]));
}

#[test]
fn without_the_attribute_the_page_language_is_used_without_warning() {
    assert_eq!(lang(None, Some("nn-NO")), (Lang::Nn, vec![]));
    assert_eq!(lang(None, Some("en")), (Lang::En, vec![]));
}

#[test]
fn without_attribute_or_known_page_language_it_is_nb_without_warning() {
    assert_eq!(lang(None, None), (Lang::Nb, vec![]));
    assert_eq!(lang(None, Some("de")), (Lang::Nb, vec![]));
}

#[test]
fn an_unknown_attribute_falls_back_to_the_page_language_with_one_warning() {
    let (l, w) = lang(Some("de"), Some("nn"));
    assert_eq!(l, Lang::Nn);
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(
        w[0].contains("lang"),
        "the warning names the attribute: {}",
        w[0]
    );
}

#[test]
fn an_unknown_attribute_without_page_language_falls_back_to_nb_with_one_warning() {
    for page in [None, Some("fr")] {
        let (l, w) = lang(Some("klingon"), page);
        assert_eq!(l, Lang::Nb, "{page:?}");
        assert_eq!(w.len(), 1, "{w:?}");
    }
}

#[test]
fn an_empty_attribute_falls_back_with_one_warning() {
    for attr in ["", "  "] {
        let (l, w) = lang(Some(attr), Some("en"));
        assert_eq!(l, Lang::En, "{attr:?}");
        assert_eq!(w.len(), 1, "{attr:?}: {w:?}");
    }
    let (l, w) = lang(Some(""), None);
    assert_eq!((l, w.len()), (Lang::Nb, 1));
}

// --- mode ---------------------------------------------------------------------

#[test]
fn mode_defaults_to_embedded_without_warning() {
    assert_eq!(mode(None), (Mode::Embedded, vec![]));
}

#[test]
fn mode_embedded_and_kiosk_are_read_in_any_case() {
    assert_eq!(mode(Some("embedded")), (Mode::Embedded, vec![]));
    assert_eq!(mode(Some("kiosk")), (Mode::Kiosk, vec![]));
    assert_eq!(mode(Some("KIOSK")), (Mode::Kiosk, vec![]));
    assert_eq!(mode(Some(" Kiosk ")), (Mode::Kiosk, vec![]));
}

#[test]
fn an_unknown_mode_is_embedded_with_one_warning() {
    let (m, w) = mode(Some("banana"));
    assert_eq!(m, Mode::Embedded);
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].contains("mode"), "{}", w[0]);
}

#[test]
fn an_empty_mode_is_embedded_with_one_warning() {
    let (m, w) = mode(Some(""));
    assert_eq!((m, w.len()), (Mode::Embedded, 1), "{w:?}");
}

// --- idle-seconds -------------------------------------------------------------

#[test]
fn idle_seconds_limits_are_90_default_30_min_3600_max() {
    assert_eq!((IDLE_DEFAULT, IDLE_MIN, IDLE_MAX), (90, 30, 3600));
}

#[test]
fn idle_seconds_defaults_to_90_without_warning() {
    assert_eq!(idle(None), (90, vec![]));
}

#[test]
fn idle_seconds_in_range_are_used_as_given() {
    for (raw, expected) in [("30", 30), ("120", 120), ("3600", 3600), (" 45 ", 45)] {
        assert_eq!(idle(Some(raw)), (expected, vec![]), "{raw:?}");
    }
}

#[test]
fn idle_seconds_below_the_minimum_use_30_with_one_warning() {
    for raw in ["29", "1", "0", "-5", "-0"] {
        let (s, w) = idle(Some(raw));
        assert_eq!(s, 30, "{raw:?}");
        assert_eq!(w.len(), 1, "{raw:?}: {w:?}");
        assert!(w[0].contains("idle-seconds"), "{}", w[0]);
    }
}

#[test]
fn idle_seconds_above_the_maximum_use_3600_with_one_warning() {
    for raw in ["3601", "86400", "99999999999999999999999999"] {
        let (s, w) = idle(Some(raw));
        assert_eq!(s, 3600, "{raw:?}");
        assert_eq!(w.len(), 1, "{raw:?}: {w:?}");
    }
}

#[test]
fn hugely_negative_idle_seconds_use_30_with_one_warning() {
    let (s, w) = idle(Some("-99999999999999999999999999"));
    assert_eq!((s, w.len()), (30, 1), "{w:?}");
}

#[test]
fn non_numeric_idle_seconds_use_the_default_with_one_warning() {
    for raw in ["", "abc", "90s", "12.5", "1e3", "ninety"] {
        let (s, w) = idle(Some(raw));
        assert_eq!(s, 90, "{raw:?}");
        assert_eq!(w.len(), 1, "{raw:?}: {w:?}");
    }
}

// --- all attributes at once -----------------------------------------------------

#[test]
fn good_attributes_give_the_settings_and_no_warnings() {
    let (settings, warnings) = embed::parse(
        Some("nn-NO"),
        Some("en"),
        Some("kiosk"),
        Some("120"),
        None,
        None,
    );
    assert_eq!(
        (settings.lang, settings.mode, settings.idle_seconds),
        (Lang::Nn, Mode::Kiosk, 120)
    );
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn no_attributes_give_the_defaults_and_no_warnings() {
    let (settings, warnings) = embed::parse(None, None, None, None, None, None);
    assert_eq!(
        (settings.lang, settings.mode, settings.idle_seconds),
        (Lang::Nb, Mode::Embedded, 90)
    );
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn each_bad_attribute_warns_exactly_once() {
    let (settings, warnings) = embed::parse(
        Some("xx"),
        Some("nb"),
        Some("banana"),
        Some("-1"),
        None,
        None,
    );
    assert_eq!(
        (settings.lang, settings.mode, settings.idle_seconds),
        (Lang::Nb, Mode::Embedded, 30)
    );
    assert_eq!(warnings.len(), 3, "{warnings:?}");
}

// The warnings word for word: the wasm builds them without `format!`.
#[test]
fn every_warning_reads_as_written() {
    let mut w = Vec::new();
    embed::parse_read_aloud(Some(" Loud "), Mode::Kiosk, &mut w);
    embed::parse_handoff_url(Some("http://example.no/h"), &mut w);
    let (_, unknown) = lang(Some("sv"), None);
    let (_, low) = idle(Some("29"));
    let (_, nan) = idle(Some("x"));
    w.extend(unknown.into_iter().chain(low).chain(nan));
    assert_eq!(
        w,
        [
            "ryggsjekk: unknown read-aloud=\"loud\"; use on or off. Using off.",
            "ryggsjekk: handoff-url=\"http://example.no/h\" is not an https address without #; the phone button stays off.",
            "ryggsjekk: unsupported lang=\"sv\"; use nb, nn, en, pl, uk, ar. Falling back to the page language or nb.",
            "ryggsjekk: idle-seconds=\"29\" is outside 30–3600; using 30.",
            "ryggsjekk: idle-seconds=\"x\" is not a whole number; using 90.",
        ]
    );
}

// The wasm reads idle-seconds by hand; std's i64 parser is the reference.
#[test]
fn idle_seconds_read_as_std_parses_whole_numbers() {
    use std::num::IntErrorKind::{NegOverflow, PosOverflow};
    let reference = |raw: &str| match raw.trim().parse::<i64>() {
        Ok(n) => n.clamp(IDLE_MIN.into(), IDLE_MAX.into()) as u32,
        Err(e) if *e.kind() == PosOverflow => IDLE_MAX,
        Err(e) if *e.kind() == NegOverflow => IDLE_MIN,
        Err(_) => IDLE_DEFAULT,
    };
    let inputs = [
        "",
        " ",
        "+",
        "-",
        "+-5",
        "--5",
        "-+5",
        "++5",
        "0",
        "-0",
        "+0",
        "45",
        "+45",
        "0045",
        " 60 ",
        "29",
        "30",
        "3600",
        "3601",
        "-5",
        "1e3",
        "1_000",
        "12.0",
        "٣٠",
        "60s",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775808",
        "-9223372036854775809",
        "99999999999999999999999999",
        "-99999999999999999999999999",
        "1000000000000",
        "1000000000001",
        "\u{a0}60",
    ];
    for raw in inputs {
        let (value, warnings) = idle(Some(raw));
        assert_eq!(value, reference(raw), "{raw:?}");
        let in_range = raw
            .trim()
            .parse::<i64>()
            .is_ok_and(|n| (30..=3600).contains(&n));
        assert_eq!(warnings.len(), usize::from(!in_range), "{raw:?}");
    }
}
