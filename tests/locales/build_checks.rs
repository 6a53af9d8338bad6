//! The build-time checker (`core/build/check.rs`, shared with `core/build.rs`):
//! what it accepts and what it reports.

use crate::check;

/// A message whose placeholders are all declared numbers.
fn message(id: &str, file: &str, nodes: Vec<check::Node>) -> check::Message {
    let params = check::vars_of(&nodes)
        .into_iter()
        .map(|v| (v, check::Kind::Number))
        .collect();
    check::Message {
        id: id.into(),
        file: file.into(),
        nodes,
        params,
        category: None,
    }
}

fn t(s: &str) -> check::Node {
    check::Node::Text(s.into())
}

fn v(s: &str) -> check::Node {
    check::Node::Var(s.into())
}

fn locale(lang: &str, messages: Vec<check::Message>) -> check::Locale {
    check::Locale {
        lang: lang.into(),
        messages,
    }
}

#[test]
fn checker_accepts_matching_languages() {
    let nb = locale(
        "nb",
        vec![message("progress", "main", vec![t("Spørsmål "), v("step")])],
    );
    let nn = locale(
        "nn",
        vec![message("progress", "main", vec![t("Spørsmål "), v("step")])],
    );
    assert_eq!(check::check(&[nb, nn]), Vec::<String>::new());
}

#[test]
fn checker_reports_missing_extra_and_placeholders() {
    let nb = locale(
        "nb",
        vec![
            message(
                "progress",
                "main",
                vec![t("Spørsmål "), v("step"), t(" av "), v("total")],
            ),
            message("a", "main", vec![t("A")]),
        ],
    );
    let nn = locale(
        "nn",
        vec![
            message("progress", "main", vec![t("Spørsmål "), v("step")]),
            message("b", "main", vec![t("B")]),
        ],
    );
    let errors = check::check(&[nb, nn]).join("\n");
    assert!(
        errors.contains("nn/main.ftl: message `a` is missing"),
        "{errors}"
    );
    assert!(
        errors.contains("nn/main.ftl: message `b` is extra"),
        "{errors}"
    );
    assert!(
        errors.contains("`progress` uses the placeholders"),
        "{errors}"
    );
}

#[test]
fn checker_reports_duplicates_files_defaults_and_review_ids() {
    let select = check::Node::Select {
        var: "n".into(),
        variants: vec![("one".into(), vec![t("x")])],
        default: 5,
    };
    let nb = locale(
        "nb",
        vec![
            message("a", "main", vec![t("A")]),
            message("a", "main", vec![t("A igjen")]),
            message("b", "review", vec![t("B")]),
            message("c", "main", vec![select]),
            message("d", "main", vec![t("  ")]),
        ],
    );
    let nn = locale("nn", vec![message("a", "review", vec![t("A")])]);
    let errors = check::check(&[nb, nn]).join("\n");
    assert!(
        errors.contains("nb/main.ftl: message `a` is defined more than once"),
        "{errors}"
    );
    assert!(errors.contains("must start with `review-`"), "{errors}");
    assert!(errors.contains("has no default variant"), "{errors}");
    assert!(errors.contains("message `d` is empty"), "{errors}");
    assert!(
        errors.contains("nn/review.ftl: message `a` belongs in main.ftl"),
        "{errors}"
    );
}

#[test]
fn checker_names_rust_identifiers_and_placeholders() {
    assert_eq!(
        check::camel_case("flag-a-chest-breathing"),
        "FlagAChestBreathing"
    );
    assert_eq!(check::camel_case("duration-4-6"), "Duration46");
    assert_eq!(check::camel_case("my_var"), "MyVar");
    let select = check::Node::Select {
        var: "n".into(),
        variants: vec![("one".into(), vec![v("x")]), ("other".into(), vec![v("n")])],
        default: 1,
    };
    assert_eq!(check::vars_of(&[v("a"), select, v("a")]), ["a", "n", "x"]);
    let nb = locale(
        "nb",
        vec![
            message("duration-4-6", "main", vec![t("x")]),
            message("duration-46", "main", vec![t("y")]),
        ],
    );
    assert!(check::check(&[nb])
        .join("\n")
        .contains("gives the Rust name `Duration46`"));
}
