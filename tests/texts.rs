//! Typed texts: the `Text` constructors, selects with any number of variants
//! (through the build's real encoder and the runtime's decoder), plural
//! categories, and the build checks for placeholder types and plural keys.

use ryggsjekk::i18n::{format, render_encoded, text, Arg, Lang, Msg, Text, Var};

// The build's own files: the checker, and the encoder the wasm's texts come from.
#[allow(dead_code)]
#[path = "../core/build/check.rs"]
mod check;
#[allow(dead_code)]
#[path = "../core/build/codegen.rs"]
mod codegen;
#[allow(dead_code)]
#[path = "../core/build/encode.rs"]
mod encode;

use check::{Kind, Node};

fn t(s: &str) -> Node {
    Node::Text(s.into())
}

fn select(var: &str, keys: &[&str], default: usize) -> Node {
    Node::Select {
        var: var.into(),
        variants: keys
            .iter()
            .map(|k| (k.to_string(), vec![t(&format!("<{k}>"))]))
            .collect(),
        default,
    }
}

/// Encodes `nodes` as the build does and renders them as the wasm does.
fn render(lang: Lang, nodes: &[Node], params: &[&str], args: &[Option<Arg>]) -> String {
    let mut code = String::new();
    encode::encode(nodes, params, true, &mut code);
    render_encoded(lang, &code, args)
}

// ------------------------------------------------------------ typed constructors

#[test]
fn constructors_render_like_the_untyped_format_in_every_language() {
    for lang in Lang::ALL {
        let progress = format(
            lang,
            Msg::Progress,
            &[(Var::Step, Arg::Num(3)), (Var::Total, Arg::Num(11))],
        );
        assert_eq!(Text::progress(3, 11).render(lang), progress);
        assert!(progress.find('3') < progress.find("11"), "{progress}");
        let idle = Text::kiosk_idle_body(1).render(lang);
        assert!(idle.contains('1') && !idle.contains("{"), "{idle}");
        assert_eq!(
            Text::urgent_say_where("neck").render(lang),
            format(lang, Msg::UrgentSayWhere, &[(Var::Where, Arg::Str("neck"))])
        );
        let updated = Text::sources_updated("15.09.2021").render(lang);
        assert!(updated.contains("15.09.2021"), "{updated}");
    }
    // One value, rendered later in whichever language is asked for.
    let t = Text::progress(2, 9);
    assert_eq!(t.render(Lang::En), "Question 2 of 9");
    assert_eq!(t.render(Lang::Nb), "Spørsmål 2 av 9");
    assert_eq!(t.msg(), Msg::Progress);
    assert_eq!(t.args(), [Arg::Num(2), Arg::Num(9)]);
    assert_eq!(Text::content_version("x").args(), [Arg::Str("x")]);
}

#[test]
fn counts_choose_their_plural_variant() {
    assert_eq!(
        Text::kiosk_idle_body(1).render(Lang::En),
        "Your answers will be deleted in 1 second."
    );
    assert_eq!(
        Text::kiosk_idle_body(30).render(Lang::En),
        "Your answers will be deleted in 30 seconds."
    );
    assert_eq!(
        Text::kiosk_idle_body(0).render(Lang::Nb),
        "Svarene dine blir slettet om 0 sekunder."
    );
    assert_eq!(
        Text::kiosk_idle_body(1).render(Lang::Nb),
        "Svarene dine blir slettet om 1 sekund."
    );
}

// ------------------------------------------------------------ any number of variants

#[test]
fn a_select_with_twelve_exact_number_variants_renders_each() {
    let keys = [
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "other",
    ];
    let nodes = [t("n="), select("n", &keys, 11), t(".")];
    for (n, key) in keys.iter().enumerate() {
        let out = render(Lang::Nb, &nodes, &["n"], &[Some(Arg::Num(n as i64))]);
        let want = if *key == "other" {
            "n=<other>."
        } else {
            &format!("n=<{n}>.")
        };
        assert_eq!(out, *want);
    }
    assert_eq!(
        render(Lang::Nb, &nodes, &["n"], &[Some(Arg::Num(99))]),
        "n=<other>."
    );
}

#[test]
fn a_select_with_ten_string_variants_and_the_default_first_renders_each() {
    let keys = ["back", "neck", "a", "b", "c", "d", "e", "f", "g", "h"];
    let nodes = [select("where", &keys, 0)];
    for key in keys {
        let out = render(Lang::En, &nodes, &["where"], &[Some(Arg::Str(key))]);
        assert_eq!(out, format!("<{key}>"));
    }
    assert_eq!(
        render(Lang::En, &nodes, &["where"], &[Some(Arg::Str("zz"))]),
        "<back>"
    );
    assert_eq!(render(Lang::En, &nodes, &["where"], &[None]), "<back>");
}

#[test]
fn exact_numbers_win_over_categories_and_selects_nest() {
    // { $n -> [one] … [0] … *[other] { $m -> [one] … *[other] … } } by the second placeholder.
    let inner = select("m", &["one", "other"], 1);
    let nodes = [Node::Select {
        var: "n".into(),
        variants: vec![
            ("one".into(), vec![t("one")]),
            ("0".into(), vec![t("zero")]),
            ("other".into(), vec![t("many/"), inner]),
        ],
        default: 2,
    }];
    let r = |n, m| {
        render(
            Lang::En,
            &nodes,
            &["n", "m"],
            &[Some(Arg::Num(n)), Some(Arg::Num(m))],
        )
    };
    assert_eq!(r(0, 1), "zero");
    assert_eq!(r(1, 1), "one");
    assert_eq!(r(5, 1), "many/<one>");
    assert_eq!(r(5, 7), "many/<other>");
}

// ------------------------------------------------------------ build checks

fn message(id: &str, nodes: Vec<Node>, params: &[(&str, Kind)]) -> check::Message {
    check::Message {
        id: id.into(),
        file: "main".into(),
        nodes,
        params: params.iter().map(|(n, k)| (n.to_string(), *k)).collect(),
        category: None,
    }
}

fn locale(lang: &str, messages: Vec<check::Message>) -> check::Locale {
    check::Locale {
        lang: lang.into(),
        messages,
    }
}

/// The errors for a select on `$n` with `keys` in `lang`, beside an `nb`
/// with `nb_keys` that declares `$n` as `kind`.
fn errors_for(lang: &str, nb_keys: &[&str], keys: &[&str], kind: Kind) -> String {
    let nb = message(
        "idle",
        vec![select("n", nb_keys, nb_keys.len() - 1)],
        &[("n", kind)],
    );
    let other = message("idle", vec![select("n", keys, keys.len() - 1)], &[]);
    check::check(&[locale("nb", vec![nb]), locale(lang, vec![other])]).join("\n")
}

#[test]
fn numeric_select_keys_must_be_plural_categories_of_the_language() {
    assert_eq!(
        errors_for(
            "en",
            &["one", "other"],
            &["0", "one", "other"],
            Kind::Number
        ),
        ""
    );
    let en = errors_for(
        "en",
        &["one", "other"],
        &["one", "few", "other"],
        Kind::Number,
    );
    assert!(
        en.contains("locales/en/main.ftl: message `idle`: [few] is not a plural category"),
        "{en}"
    );
    assert!(en.contains("use one, other"), "{en}");
    assert!(!en.contains("locales/nb"), "{en}");
    assert_eq!(
        errors_for(
            "pl",
            &["one", "other"],
            &["one", "few", "many", "other"],
            Kind::Number
        ),
        ""
    );
    assert!(errors_for(
        "pl",
        &["one", "other"],
        &["one", "two", "other"],
        Kind::Number
    )
    .contains("[two] is not"));
    // As the reference, a language is checked with its own declarations.
    let pl = locale(
        "pl",
        vec![message(
            "idle",
            vec![select("n", &["one", "few", "many", "other"], 3)],
            &[("n", Kind::Number)],
        )],
    );
    assert_eq!(check::check(&[pl]), Vec::<String>::new());
    let ar = locale(
        "ar",
        vec![message(
            "idle",
            vec![select("n", &["zero", "two", "other"], 2)],
            &[("n", Kind::Number)],
        )],
    );
    assert_eq!(check::check(&[ar]), Vec::<String>::new());
    // A text selector takes any key.
    assert_eq!(
        errors_for(
            "en",
            &["neck", "few", "other"],
            &["neck", "few", "other"],
            Kind::String
        ),
        ""
    );
    assert!(check::check(&[locale("xx", vec![])])
        .join("\n")
        .contains("no plural rule"));
}

#[test]
fn text_selects_need_the_same_keys_in_every_language() {
    let keys = ["neck", "several", "back"];
    assert_eq!(errors_for("nn", &keys, &keys, Kind::String), "");
    let missing = errors_for("nn", &keys, &["neck", "back"], Kind::String);
    assert!(
        missing.contains("locales/nn/main.ftl: message `idle`: the select on $n has the keys"),
        "{missing}"
    );
    assert_eq!(
        errors_for("nn", &keys, &["back", "neck", "several"], Kind::String),
        ""
    );
}

#[test]
fn every_placeholder_needs_one_declared_type() {
    let nodes = vec![
        t("Spørsmål "),
        Node::Var("step".into()),
        t(" av "),
        Node::Var("total".into()),
    ];
    let undeclared = check::check(&[locale(
        "nb",
        vec![message(
            "progress",
            nodes.clone(),
            &[("step", Kind::Number)],
        )],
    )])
    .join("\n");
    assert!(
        undeclared.contains("message `progress`: $total has no type"),
        "{undeclared}"
    );
    let params = [
        ("step", Kind::Number),
        ("total", Kind::Number),
        ("step", Kind::Number),
        ("x", Kind::String),
    ];
    let wrong = check::check(&[locale("nb", vec![message("progress", nodes, &params)])]).join("\n");
    assert!(wrong.contains("$step is declared twice"), "{wrong}");
    assert!(wrong.contains("$x is declared but not used"), "{wrong}");
    let taken = check::check(&[locale(
        "nb",
        vec![message(
            "render",
            vec![Node::Var("n".into())],
            &[("n", Kind::Number)],
        )],
    )]);
    assert!(
        taken
            .join("\n")
            .contains("the Rust name `render`, which is taken"),
        "{taken:?}"
    );
}

#[test]
fn declarations_are_read_from_the_comment() {
    let mut errors = Vec::new();
    let comment = [
        "Shown while counting down.",
        "$seconds (Number) - seconds left",
        "  $where (String)",
        "$bad (Text)",
    ];
    let params = check::params::parse_params(&comment, "at", &mut errors);
    assert_eq!(
        params,
        [
            ("seconds".to_string(), Kind::Number),
            ("where".to_string(), Kind::String)
        ]
    );
    assert_eq!(
        errors,
        ["at: the comment line `$bad (Text)` must read `$name (Number)` or `$name (String)`"]
    );
}

#[test]
fn a_missing_message_or_placeholder_in_a_language_is_still_an_error() {
    let nb = locale(
        "nb",
        vec![
            message("a", vec![Node::Var("n".into())], &[("n", Kind::Number)]),
            message("b", vec![t("B")], &[]),
        ],
    );
    let nn = locale("nn", vec![message("a", vec![t("A")], &[])]);
    let errors = check::check(&[nb, nn]).join("\n");
    assert!(
        errors.contains("locales/nn/main.ftl: message `b` is missing"),
        "{errors}"
    );
    assert!(
        errors.contains("locales/nn/main.ftl: message `a` uses the placeholders"),
        "{errors}"
    );
}

#[test]
fn messages_without_placeholders_stay_plain() {
    for lang in Lang::ALL {
        assert!(Msg::AppName.vars().is_empty());
        assert_eq!(text(lang, Msg::AppName), "Ryggsjekk");
    }
}
