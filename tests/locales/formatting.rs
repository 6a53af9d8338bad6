//! The formatter: placeholders, plural and string selects, missing
//! arguments, continuation lines.

use crate::helpers::plain;
use ryggsjekk::i18n::{format, parts, text, Arg, Lang, Msg, Part, Var};

#[test]
fn format_fills_placeholders() {
    for lang in Lang::ALL {
        let line = format(
            lang,
            Msg::Progress,
            &[(Var::Step, Arg::Num(3)), (Var::Total, Arg::Num(11))],
        );
        assert!(
            line.contains('3') && line.contains("11"),
            "{}: {line}",
            lang.code()
        );
        assert!(
            !line.contains('{') && !line.contains('$'),
            "{}: {line}",
            lang.code()
        );
        // The order of the arguments does not matter.
        let swapped = format(
            lang,
            Msg::Progress,
            &[(Var::Total, Arg::Num(11)), (Var::Step, Arg::Num(3))],
        );
        assert_eq!(line, swapped);
        assert!(
            line.find('3') < line.find("11"),
            "{}: step before total: {line}",
            lang.code()
        );

        let updated = format(
            lang,
            Msg::SourcesUpdated,
            &[(Var::Date, Arg::Str("15.09.2021"))],
        );
        assert!(updated.contains("15.09.2021"), "{}: {updated}", lang.code());
        let version = format(
            lang,
            Msg::ContentVersion,
            &[(Var::Version, Arg::Str("2026.1"))],
        );
        assert!(version.contains("2026.1"), "{}: {version}", lang.code());
    }
}

/// The text of the variant `key` of the first select on `var` in `parts`.
fn variant_text(parts: &[Part], var: Var, key: &str) -> String {
    for part in parts {
        if let Part::Select {
            var: v, variants, ..
        } = part
        {
            if *v == var {
                let (_, p) = variants.iter().find(|(k, _)| *k == key).expect("variant");
                return plain(p);
            }
        }
    }
    panic!("no select on ${}", var.name());
}

#[test]
fn plural_selection_follows_the_count() {
    // CLDR's example numbers per category (tests/languages/expect.rs): each
    // picks its category's variant, or the default where a text has none.
    for lang in Lang::ALL {
        let p = parts(lang, Msg::KioskIdleBody);
        let variant = |key: &str| {
            let has = |k: &str| {
                p.iter().any(|part| matches!(part, Part::Select { variants, .. } if variants.iter().any(|(v, _)| *v == k)))
            };
            variant_text(p, Var::Seconds, if has(key) { key } else { "other" })
        };
        for (category, numbers) in crate::expect::expect(lang).plural {
            for &n in *numbers {
                let said = format(lang, Msg::KioskIdleBody, &[(Var::Seconds, Arg::Num(n))]);
                assert!(
                    said.contains(&n.to_string()) && said.contains(&variant(category)),
                    "{} {n} ({category}): {said}",
                    lang.code()
                );
            }
        }
        let say = |n| format(lang, Msg::KioskIdleBody, &[(Var::Seconds, Arg::Num(n))]);
        assert_ne!(say(1), say(2));
    }
    // English and bokmål have a distinct singular (nynorsk «sekund» does not).
    for lang in [Lang::Nb, Lang::En] {
        let p = parts(lang, Msg::KioskIdleBody);
        assert_ne!(
            variant_text(p, Var::Seconds, "one"),
            variant_text(p, Var::Seconds, "other")
        );
    }
}

#[test]
fn string_selection_picks_the_key_or_the_default() {
    for lang in Lang::ALL {
        let say = |w: Option<&str>| match w {
            Some(w) => format(lang, Msg::UrgentSayWhere, &[(Var::Where, Arg::Str(w))]),
            None => text(lang, Msg::UrgentSayWhere),
        };
        let (neck, several, back) = (say(Some("neck")), say(Some("several")), say(Some("back")));
        assert!(
            neck != several && several != back && neck != back,
            "{}",
            lang.code()
        );
        assert_eq!(
            say(Some("somewhere else")),
            back,
            "{}: unknown key → default",
            lang.code()
        );
        assert_eq!(say(None), back, "{}: no argument → default", lang.code());
    }
}

#[test]
fn missing_arguments_render_as_empty_text() {
    for lang in Lang::ALL {
        for &msg in Msg::ALL {
            let out = text(lang, msg);
            assert!(
                !out.contains('{') && !out.contains('$'),
                "{}: `{}`: {out}",
                lang.code(),
                msg.id()
            );
        }
        let line = text(lang, Msg::Progress);
        assert!(!line.chars().any(|c| c.is_ascii_digit()), "{line}");
    }
}

#[test]
fn multiline_texts_are_joined_with_single_spaces() {
    for lang in Lang::ALL {
        for &msg in Msg::ALL {
            let mut pieces = Vec::new();
            text_parts(parts(lang, msg), &mut pieces);
            for piece in pieces {
                assert!(
                    !piece.contains(['\n', '\r', '\t']) && !piece.contains("  "),
                    "{}: `{}`: {piece:?}",
                    lang.code(),
                    msg.id()
                );
            }
            let args: Vec<(Var, Arg)> = msg.vars().iter().map(|&v| (v, Arg::Str("X"))).collect();
            let t = format(lang, msg, &args);
            assert_eq!(
                t.trim(),
                t,
                "{}: `{}` has leading or trailing space",
                lang.code(),
                msg.id()
            );
        }
    }
}

fn text_parts(parts: &[Part], out: &mut Vec<&'static str>) {
    for part in parts {
        match part {
            Part::Text(t) => out.push(t),
            Part::Var(_) => {}
            Part::Select { variants, .. } => variants.iter().for_each(|(_, v)| text_parts(v, out)),
        }
    }
}
