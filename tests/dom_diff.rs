//! The patcher's decisions that need no browser (src/dom/diff.rs): which
//! attributes are set and removed, and when an element is kept.

use std::borrow::Cow;

use ryggsjekk::dom::diff::{diff_attrs, reuses, Attr};

fn a(name: &'static str, value: &'static str) -> Attr {
    (name, Cow::Borrowed(value))
}

fn changes(old: &[Attr], new: &[Attr]) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    diff_attrs(old, new, |n, v| {
        out.push((n.to_string(), v.map(str::to_string)))
    });
    out
}

#[test]
fn identical_attributes_change_nothing() {
    let attrs = [a("class", "rs-lang"), a("aria-pressed", "true")];
    assert!(changes(&attrs, &attrs).is_empty());
}

#[test]
fn a_changed_value_is_set_and_nothing_else() {
    let old = [a("class", "rs-lang"), a("aria-pressed", "false")];
    let new = [a("class", "rs-lang"), a("aria-pressed", "true")];
    assert_eq!(
        changes(&old, &new),
        vec![("aria-pressed".into(), Some("true".into()))]
    );
}

#[test]
fn an_attribute_the_view_dropped_is_removed() {
    let old = [a("id", "rs-error"), a("data-empty", "")];
    let new = [a("id", "rs-error")];
    assert_eq!(changes(&old, &new), vec![("data-empty".into(), None)]);
}

#[test]
fn a_new_attribute_is_set_even_when_empty() {
    let old = [a("class", "rs")];
    let new = [a("class", "rs"), a("data-kiosk", "")];
    assert_eq!(
        changes(&old, &new),
        vec![("data-kiosk".into(), Some(String::new()))]
    );
}

#[test]
fn only_attributes_the_view_gave_are_touched() {
    // The browser's `open` on a <details> is in neither list: never removed.
    let old = [a("class", "rs-details")];
    let new = [a("class", "rs-details")];
    assert!(changes(&old, &new).iter().all(|(n, _)| n != "open"));
    assert!(changes(&old, &new).is_empty());
}

#[test]
fn owned_and_static_values_compare_by_text() {
    let old: [Attr; 1] = [("lang", Cow::Owned("nb".to_string()))];
    assert!(changes(&old, &[a("lang", "nb")]).is_empty());
}

#[test]
fn an_element_is_kept_only_for_the_same_tag_and_key() {
    assert!(reuses(
        ("form", Some("question")),
        ("form", Some("question"))
    ));
    assert!(reuses(("p", None), ("p", None)));
    assert!(!reuses(
        ("form", Some("question")),
        ("form", Some("thoughts"))
    ));
    assert!(!reuses(("div", Some("start")), ("form", Some("start"))));
    // A kiosk reset: the session's new generation replaces the whole section.
    assert!(!reuses(("section", Some("0")), ("section", Some("1"))));
    assert!(!reuses(("section", None), ("section", Some("1"))));
}
