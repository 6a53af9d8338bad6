//! The language assets (every language but bokmål ships as its own file,
//! `texts.<lang>.<hash>.bin`): what the build writes decodes to the very
//! texts the language has, and the validating decoder refuses, without
//! panicking, anything else — another language's or another build's asset,
//! cut-off or altered bytes, random bytes.

use proptest::prelude::*;
use ryggsjekk::i18n::asset::{add_language, decode, AssetError};
use ryggsjekk::i18n::{asset_bytes, format, render_encoded, Arg, Lang, Msg};

/// The languages that ship as assets.
fn asset_langs() -> impl Iterator<Item = Lang> {
    Lang::ALL.into_iter().filter(|&l| l != Lang::BUILTIN)
}

fn bytes(lang: Lang) -> &'static [u8] {
    asset_bytes(lang).unwrap_or_else(|| panic!("no asset for {lang:?}"))
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

#[test]
fn bokmal_is_built_in_and_every_other_language_has_an_asset() {
    assert_eq!(asset_bytes(Lang::BUILTIN), None);
    assert_eq!(
        Lang::BUILTIN,
        Lang::Nb,
        "bokmål is the reference and the fallback"
    );
    for lang in asset_langs() {
        assert!(
            bytes(lang).len() > 1000,
            "{lang:?}: an asset with texts in it"
        );
    }
}

#[test]
fn every_patient_text_round_trips_through_the_decoder() {
    for lang in asset_langs() {
        let texts = decode(lang, bytes(lang)).unwrap_or_else(|e| panic!("{lang:?}: {e:?}"));
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
    assert_eq!(decode(Lang::En, bytes(Lang::Nn)), Err(AssetError::Lang));
    assert_eq!(decode(Lang::Nn, bytes(Lang::En)), Err(AssetError::Lang));
    assert_eq!(
        add_language(Lang::En, bytes(Lang::Nn)),
        Err(AssetError::Lang)
    );
    assert_eq!(add_language(Lang::Nn, bytes(Lang::Nn)), Ok(()));
}

/// The header's fields, by offset: magic 0–3, format 4, code length 5,
/// code 6–7, schema 8–11, count 12–13, offsets from 14.
#[test]
fn each_header_field_is_checked() {
    let good = bytes(Lang::Nn);
    let altered = |at: usize| {
        let mut b = good.to_vec();
        b[at] ^= 0x40;
        decode(Lang::Nn, &b)
    };
    assert_eq!(altered(0), Err(AssetError::Format), "magic");
    assert_eq!(altered(4), Err(AssetError::Format), "format version");
    assert_eq!(altered(7), Err(AssetError::Lang), "language code");
    assert_eq!(
        altered(9),
        Err(AssetError::Schema),
        "another build's messages"
    );
    assert_eq!(altered(12), Err(AssetError::Schema), "message count");
    assert_eq!(
        altered(14),
        Err(AssetError::Offsets),
        "the first offset is not 0"
    );
}

#[test]
fn a_cut_off_or_lengthened_asset_is_refused() {
    let good = bytes(Lang::Nn);
    for len in 0..good.len() {
        assert!(
            decode(Lang::Nn, &good[..len]).is_err(),
            "cut at {len} of {}",
            good.len()
        );
    }
    let mut longer = good.to_vec();
    longer.push(b'x');
    assert_eq!(decode(Lang::Nn, &longer), Err(AssetError::Offsets));
}

#[test]
fn offsets_out_of_order_or_inside_a_character_are_refused() {
    let good = bytes(Lang::Nn);
    let texts_at = 14 + 2 * (patient_messages().count() + 1);
    let text = &good[texts_at..];
    // The first multi-byte character (å, ø, æ or a dash), and the offset
    // that ends at or after it: moved one byte into the character.
    let inside = text
        .iter()
        .position(|&b| b >= 0x80)
        .expect("nynorsk has å, ø or æ")
        + 1;
    let offset =
        |b: &[u8], i: usize| usize::from(u16::from_le_bytes([b[14 + 2 * i], b[15 + 2 * i]]));
    let i = (1..).find(|&i| offset(good, i) >= inside).unwrap();
    let mut split = good.to_vec();
    split[14 + 2 * i..16 + 2 * i].copy_from_slice(&(inside as u16).to_le_bytes());
    assert!(offset(good, i - 1) <= inside, "still in order");
    assert_eq!(decode(Lang::Nn, &split), Err(AssetError::Offsets));

    let mut swapped = good.to_vec();
    swapped[16..18].copy_from_slice(&u16::MAX.to_le_bytes());
    assert_eq!(decode(Lang::Nn, &swapped), Err(AssetError::Offsets));
}

#[test]
fn control_bytes_the_encoding_never_uses_are_refused() {
    let good = bytes(Lang::Nn);
    for bad in [0u8, 6, 0x1f] {
        let mut b = good.to_vec();
        *b.last_mut().unwrap() = bad;
        assert_eq!(decode(Lang::Nn, &b), Err(AssetError::Text), "byte {bad}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn proptest_random_bytes_never_panic(b in proptest::collection::vec(any::<u8>(), 0..4_000)) {
        for lang in Lang::ALL {
            let _ = decode(lang, &b);
        }
    }

    /// Valid header, random damage after it: refused or, if it still reads,
    /// every message renders without a panic.
    #[test]
    fn proptest_damaged_assets_never_panic(
        cuts in proptest::collection::vec((14usize..20_000, any::<u8>()), 1..8)
    ) {
        let mut b = bytes(Lang::Nn).to_vec();
        for (at, value) in cuts {
            let at = at % b.len();
            b[at] = value;
        }
        if let Ok(texts) = decode(Lang::Nn, &b) {
            for msg in patient_messages() {
                let _ = render_encoded(Lang::Nn, texts.encoded(msg), &[Some(Arg::Num(3)), None]);
            }
        }
    }
}
