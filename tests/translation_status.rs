//! Translation status per message (`locales/<lang>/status.txt`): the build's
//! digests and stale detection, and the rule that a language claimed as
//! reviewed by a qualified health translator has no stale message.

#[allow(dead_code)]
#[path = "../core/build/check.rs"]
mod check;
#[allow(dead_code)]
#[path = "../core/build/status.rs"]
mod status;

use ryggsjekk::i18n::status::stale;
use ryggsjekk::i18n::{Lang, Review};

fn locale(texts: &[(&str, &str)]) -> check::Locale {
    check::Locale {
        lang: "nb".into(),
        messages: texts
            .iter()
            .map(|(id, t)| check::Message {
                id: id.to_string(),
                file: "main".into(),
                nodes: vec![check::Node::Text(t.to_string())],
                params: vec![],
                category: None,
            })
            .collect(),
    }
}

#[test]
fn a_message_is_stale_when_its_bokmal_changed_or_it_has_no_line() {
    let before = locale(&[("a", "Ring 113."), ("b", "Neste")]);
    let d = |t: &str| status::digest(&status::source(&[check::Node::Text(t.into())]));
    let (records, errors) = status::parse(
        &format!(
            "# comment\na translated {}\nb reviewed {}\n",
            d("Ring 113."),
            d("Neste")
        ),
        "test",
    );
    assert!(errors.is_empty(), "{errors:?}");
    assert!(status::stale(&before, &records).is_empty());
    let after = locale(&[("a", "Ring 113 straks."), ("b", "Neste"), ("c", "Ny")]);
    assert_eq!(status::stale(&after, &records), ["a", "c"]);
    assert_ne!(d("Ring 113."), d("Ring 113 straks."));
    assert_eq!(d("Neste").len(), 8);
}

#[test]
fn a_bad_status_line_is_reported_with_its_line() {
    let (_, errors) = status::parse("a translated 1234abcd\nb checked 1234abcd\nc\n", "x.txt");
    assert_eq!(errors.len(), 2);
    assert!(errors[0].starts_with("x.txt:2:"), "{errors:?}");
}

#[test]
fn languages_claimed_reviewed_have_no_stale_message() {
    let mut failures = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::BUILTIN) {
        let ids: Vec<&str> = stale(lang).iter().map(|m| m.id()).collect();
        eprintln!(
            "{} ({:?}): {} stale: {}",
            lang.code(),
            lang.review(),
            ids.len(),
            ids.join(", ")
        );
        if lang.review() == Review::Reviewed && !ids.is_empty() {
            failures.push(format!("{}: {}", lang.code(), ids.join(", ")));
        }
    }
    assert!(
        failures.is_empty(),
        "reviewed languages with messages whose bokmål changed since the review \
         (have them reviewed again, then `cargo xtask translator-sheet --stamp <lang> reviewed <id …>`):\n{}",
        failures.join("\n")
    );
}
