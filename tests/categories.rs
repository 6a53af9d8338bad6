//! The build's category check (`core/build/category.rs`): a patient message
//! without a category, or with one that is not on the list, stops the build
//! with a message that names the id and the allowed categories.

#[allow(dead_code)]
#[path = "../core/build/check.rs"]
mod check;

use check::category;
use check::{Locale, Message, Node};

fn message(id: &str, file: &str, category: Option<&str>) -> Message {
    Message {
        id: id.into(),
        file: file.into(),
        nodes: vec![Node::Text("Tekst".into())],
        params: Vec::new(),
        category: category.map(Into::into),
    }
}

fn locale(lang: &str, messages: Vec<Message>) -> Locale {
    Locale {
        lang: lang.into(),
        messages,
    }
}

fn errors(nb: Vec<Message>, nn: Vec<Message>) -> String {
    category::check(&[locale("nb", nb), locale("nn", nn)]).join("\n")
}

#[test]
fn declared_categories_pass() {
    let nb = vec![
        message("urgent-a-title", "main", Some("urgent")),
        message("selfcare-move", "main", Some("self-care")),
        message("fallback-title", "fallback", None),
        message("review-title", "review", None),
    ];
    let nn = vec![
        message("urgent-a-title", "main", None),
        message("selfcare-move", "main", Some("self-care")),
    ];
    assert_eq!(errors(nb, nn), "");
}

#[test]
fn a_missing_category_names_the_id_and_the_allowed_ones() {
    let e = errors(vec![message("selfcare-new", "main", None)], vec![]);
    assert!(
        e.contains("locales/nb/main.ftl: message `selfcare-new` has no category"),
        "{e}"
    );
    assert!(e.contains("# category: <name>"), "{e}");
    for name in [
        "urgent",
        "frame",
        "safety-net",
        "self-care",
        "referral",
        "sources",
    ] {
        assert!(e.contains(name), "`{name}` not offered in: {e}");
    }
}

#[test]
fn an_unknown_category_is_an_error() {
    let e = errors(
        vec![message("selfcare-new", "main", Some("selfcare"))],
        vec![],
    );
    assert!(
        e.contains("`selfcare-new` has the unknown category `selfcare`"),
        "{e}"
    );
    assert!(e.contains("self-care"), "{e}");
}

#[test]
fn the_file_implied_categories_cannot_be_declared() {
    let e = errors(
        vec![message("fallback-title", "fallback", Some("frame"))],
        vec![],
    );
    assert!(e.contains("take their category from the file"), "{e}");
    // Nor can a writer declare the file-implied ones in main.ftl.
    let e = errors(vec![message("nav-next", "main", Some("review"))], vec![]);
    assert!(e.contains("unknown category `review`"), "{e}");
}

#[test]
fn a_translation_that_repeats_a_category_must_agree() {
    let e = errors(
        vec![message("selfcare-move", "main", Some("self-care"))],
        vec![message("selfcare-move", "main", Some("urgent"))],
    );
    assert!(e.contains("locales/nn/main.ftl: message `selfcare-move` declares the category `urgent`, but nb declares `self-care`"), "{e}");
}

#[test]
fn the_comment_line_is_read_and_a_second_one_is_an_error() {
    let mut errs = Vec::new();
    let got = category::parse(
        &["$step (Number) - x", " category: advice"],
        "at",
        &mut errs,
    );
    assert_eq!(got.as_deref(), Some("advice"));
    assert!(errs.is_empty());
    category::parse(&["category: advice", "category: work"], "at", &mut errs);
    assert_eq!(errs.len(), 1, "{errs:?}");
}
