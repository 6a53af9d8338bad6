//! Every message in every language, ids and placeholders that line up, the
//! README's list of ids, and the languages themselves.

use crate::expect;
use crate::helpers::*;
use ryggsjekk::i18n::{parts, text, Lang, Msg, Part, Var};

#[test]
fn every_message_has_text_in_every_language() {
    assert!(Msg::ALL.len() > 100, "only {} messages", Msg::ALL.len());
    for lang in Lang::ALL {
        for &msg in Msg::ALL {
            let text = plain(parts(lang, msg));
            assert!(
                text.chars().any(char::is_alphanumeric),
                "{}/{}.ftl: `{}` is empty",
                lang.code(),
                msg.file(),
                msg.id()
            );
        }
    }
    eprintln!(
        "{} messages in each of {} languages",
        Msg::ALL.len(),
        Lang::ALL.len()
    );
}

#[test]
fn ids_files_and_placeholders_line_up() {
    let mut ids: Vec<&str> = Msg::ALL.iter().map(|m| m.id()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), Msg::ALL.len(), "duplicate ids");
    for &msg in Msg::ALL {
        assert!(
            matches!(msg.file(), "main" | "fallback" | "review"),
            "{}",
            msg.id()
        );
        assert_eq!(
            msg.id().starts_with("review-"),
            msg.file() == "review",
            "{}",
            msg.id()
        );
        for lang in Lang::ALL {
            let mut used = Vec::new();
            collect_vars(parts(lang, msg), &mut used);
            for v in msg.vars() {
                assert!(
                    used.contains(v),
                    "{}: `{}` does not use ${}",
                    lang.code(),
                    msg.id(),
                    v.name()
                );
            }
            for v in &used {
                assert!(
                    msg.vars().contains(v),
                    "{}: `{}` uses ${} not in vars()",
                    lang.code(),
                    msg.id(),
                    v.name()
                );
            }
        }
    }
    assert_eq!(Msg::Progress.vars(), &[Var::Step, Var::Total]);
    assert_eq!(Var::Seconds.name(), "seconds");
    assert_eq!(Msg::FlagAChestBreathing.id(), "flag-a-chest-breathing");
}

fn collect_vars(parts: &[Part], out: &mut Vec<Var>) {
    for part in parts {
        match part {
            Part::Text(_) => {}
            Part::Var(v) => out.push(*v),
            Part::Select { var, variants, .. } => {
                out.push(*var);
                for (_, v) in *variants {
                    collect_vars(v, out);
                }
            }
        }
    }
}

/// Every id the README lists exists, and every message is listed there
/// (`say-…` ids through the `say-<flag>` rule).
#[test]
fn readme_lists_every_message() {
    let readme = include_str!("../../locales/README.md");
    let listed: Vec<&str> = readme
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|t| {
            !t.is_empty()
                && !t.ends_with('-')
                && t.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                && t.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        .collect();
    let known: Vec<&str> = Msg::ALL.iter().map(|m| m.id()).collect();
    for id in &listed {
        assert!(
            known.contains(id),
            "locales/README.md lists `{id}`, which no .ftl file has"
        );
    }
    for id in &known {
        let via_flag = id.strip_prefix("say-").map(|f| format!("flag-{f}"));
        assert!(
            listed.contains(id) || via_flag.is_some_and(|f| listed.contains(&f.as_str())),
            "`{id}` is not described in locales/README.md"
        );
    }
}

#[test]
fn languages_have_codes_names_and_directions() {
    for lang in Lang::ALL {
        let e = expect::expect(lang);
        assert_eq!(
            (
                lang.code(),
                lang.endonym(),
                lang.dir(),
                lang.is_unreviewed()
            ),
            (e.code, e.name, e.dir, e.unreviewed)
        );
        // The brand stays the same in every language.
        assert_eq!(text(lang, Msg::AppName), "Ryggsjekk", "{}", lang.code());
    }
    assert_eq!(
        Lang::ALL.len(),
        expect::EXPECT.len(),
        "tests/languages/expect.rs lists a language the table lacks"
    );
    assert_eq!(Lang::BUILTIN.code(), "nb");
}
