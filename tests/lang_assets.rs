//! The language assets (every language but bokmål ships as its own file,
//! `texts.<lang>.<hash>.bin`): what the build writes decodes to the very
//! texts the language has, and the validating decoder refuses, without
//! panicking, anything else — another language's or another build's asset,
//! cut-off, lengthened or altered text, random bytes.

use proptest::prelude::*;
use ryggsjekk::i18n::asset::{add_language, decode, AssetError};
use ryggsjekk::i18n::{asset_text, format, render_encoded, Arg, Lang, Msg};

/// The languages that ship as assets.
fn asset_langs() -> impl Iterator<Item = Lang> {
    Lang::ALL.into_iter().filter(|&l| l != Lang::BUILTIN)
}

fn asset(lang: Lang) -> &'static str {
    asset_text(lang).unwrap_or_else(|| panic!("no asset for {lang:?}"))
}

/// The patient texts (main.ftl): what the wasm and the assets carry.
fn patient_messages() -> impl Iterator<Item = Msg> {
    Msg::ALL.iter().copied().filter(|m| m.file() == "main")
}

/// The widget's emergency numbers never break across lines (build/encode.rs glues them).
fn glued(s: &str) -> String {
    s.replace("116 117", "116\u{a0}117")
        .replace("116 123", "116\u{a0}123")
}

/// The asset with its header (up to the first separator) replaced.
fn with_header(lang: Lang, header: &str) -> String {
    let text = asset(lang);
    let body = &text[text.find('\u{6}').unwrap()..];
    format!("{header}{body}")
}

fn header(lang: Lang) -> &'static str {
    let text = asset(lang);
    &text[..text.find('\u{6}').unwrap()]
}

#[test]
fn bokmal_is_built_in_and_every_other_language_has_an_asset() {
    assert_eq!(asset_text(Lang::BUILTIN), None);
    assert_eq!(
        Lang::BUILTIN,
        Lang::Nb,
        "bokmål is the reference and the fallback"
    );
    for lang in asset_langs() {
        assert!(
            asset(lang).len() > 1000,
            "{lang:?}: an asset with texts in it"
        );
        assert!(
            header(lang).starts_with("RSTX1 "),
            "{lang:?}: {}",
            header(lang)
        );
        assert!(
            header(lang).ends_with(&format!(" {}", lang.code())),
            "{}",
            header(lang)
        );
    }
}

#[test]
fn every_patient_text_round_trips_through_the_decoder() {
    for lang in asset_langs() {
        let texts = decode(lang, asset(lang)).unwrap_or_else(|e| panic!("{lang:?}: {e:?}"));
        let mut count = 0;
        for msg in patient_messages() {
            // With no arguments (selects take their default) and with each
            // placeholder given 1 (a number select takes [one] or [1]).
            let ones: Vec<_> = msg.vars().iter().map(|&v| (v, Arg::Num(1))).collect();
            for args in [vec![], ones] {
                let by_position: Vec<_> = msg
                    .vars()
                    .iter()
                    .map(|v| args.iter().find(|(w, _)| w == v).map(|(_, a)| *a))
                    .collect();
                let from_asset = render_encoded(lang, texts.encoded(msg), &by_position);
                let compiled_in = glued(&format(lang, msg, &args));
                assert_eq!(from_asset, compiled_in, "{lang:?} {}", msg.id());
            }
            count += 1;
        }
        assert!(count > 100, "{lang:?}: only {count} messages");
    }
}

#[test]
fn the_asset_of_another_language_is_refused() {
    assert_eq!(decode(Lang::En, asset(Lang::Nn)), Err(AssetError::Lang));
    assert_eq!(decode(Lang::Nn, asset(Lang::En)), Err(AssetError::Lang));
    assert_eq!(
        add_language(Lang::En, asset(Lang::Nn).to_string()),
        Err(AssetError::Lang)
    );
    assert_eq!(add_language(Lang::Nn, asset(Lang::Nn).to_string()), Ok(()));
}

#[test]
fn each_header_field_is_checked() {
    let good = header(Lang::Nn); // "RSTX1 <schema> nn"
    let schema = &good[6..14];
    let other_schema = if schema == "00000000" {
        "00000001"
    } else {
        "00000000"
    };
    for (bad, expected) in [
        (format!("RSTX2 {schema} nn"), AssetError::Format),
        (String::new(), AssetError::Format),
        (format!("RSTX1 {other_schema} nn"), AssetError::Schema),
        (format!("RSTX1 {schema} en"), AssetError::Lang),
        (format!("RSTX1 {schema} nnn"), AssetError::Lang),
        (format!("RSTX1 {schema}"), AssetError::Lang),
    ] {
        assert_eq!(
            decode(Lang::Nn, &with_header(Lang::Nn, &bad)),
            Err(expected),
            "{bad:?}"
        );
    }
    assert!(decode(Lang::Nn, &with_header(Lang::Nn, good)).is_ok());
    assert_eq!(
        decode(Lang::Nn, "RSTX1 no separator at all"),
        Err(AssetError::Format)
    );
}

#[test]
fn a_message_more_or_less_is_refused() {
    let good = asset(Lang::Nn);
    assert!(
        good.ends_with('\u{6}'),
        "every message ends with the separator"
    );
    let without_last = &good[..good[..good.len() - 1].rfind('\u{6}').unwrap() + 1];
    assert_eq!(
        decode(Lang::Nn, without_last),
        Err(AssetError::Schema),
        "one message less"
    );
    assert_eq!(
        decode(Lang::Nn, &format!("{good}extra\u{6}")),
        Err(AssetError::Schema)
    );
    assert_eq!(
        decode(Lang::Nn, &format!("{good}extra")),
        Err(AssetError::Truncated)
    );
    // Cut anywhere, even within the last message: refused, never a panic.
    for (cut, _) in good.char_indices() {
        assert!(decode(Lang::Nn, &good[..cut]).is_err(), "cut at {cut}");
    }
}

#[test]
fn control_characters_the_encoding_never_uses_are_refused() {
    for bad in ['\u{0}', '\u{7}', '\u{1f}'] {
        let text = format!("{}{bad}\u{6}", asset(Lang::Nn));
        assert_eq!(decode(Lang::Nn, &text), Err(AssetError::Text), "{bad:?}");
    }
}

#[test]
fn a_text_too_long_for_the_offsets_is_refused() {
    let long = format!(
        "{}{}\u{6}",
        asset(Lang::Nn),
        "x".repeat(usize::from(u16::MAX))
    );
    assert_eq!(decode(Lang::Nn, &long), Err(AssetError::Text));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// The loader passes only UTF-8 (TextDecoder, fatal); any bytes that
    /// decode, and any string, are refused or read without a panic.
    #[test]
    fn proptest_random_bytes_never_panic(b in proptest::collection::vec(any::<u8>(), 0..4_000)) {
        let text = String::from_utf8_lossy(&b);
        for lang in Lang::ALL {
            let _ = decode(lang, &text);
            let _ = decode(lang, &format!("{}{text}", header(Lang::Nn)));
        }
    }

    /// Valid header, random damage after it: refused or, if it still reads,
    /// every message renders without a panic.
    #[test]
    fn proptest_damaged_assets_never_panic(
        cuts in proptest::collection::vec((0usize..20_000, any::<char>()), 1..8)
    ) {
        let mut chars: Vec<char> = asset(Lang::Nn).chars().collect();
        for (at, c) in cuts {
            let at = at % chars.len();
            chars[at] = c;
        }
        let text: String = chars.into_iter().collect();
        if let Ok(texts) = decode(Lang::Nn, &text) {
            for msg in patient_messages() {
                let _ = render_encoded(Lang::Nn, texts.encoded(msg), &[Some(Arg::Num(3)), None]);
            }
        }
    }
}
