use super::render::{fit, push_num};
use super::*;

#[test]
fn ids_and_tables_line_up() {
    for (i, msg) in Msg::ALL.iter().enumerate() {
        assert_eq!(*msg as usize, i, "{}", msg.id());
    }
    for lang in Lang::ALL {
        assert_eq!(tables(lang).0.len(), MAIN_COUNT, "{}", lang.code());
    }
}

#[test]
fn selects_fit_exact_then_plural_category_then_nothing() {
    let one_other = PluralRule::OneOther;
    assert_eq!(fit("0", Some(Arg::Num(0)), one_other), 2);
    assert_eq!(fit("-12", Some(Arg::Num(-12)), one_other), 2);
    assert_eq!(fit("one", Some(Arg::Num(1)), one_other), 1);
    assert_eq!(fit("other", Some(Arg::Num(5)), one_other), 1);
    assert_eq!(fit("one", Some(Arg::Num(5)), one_other), 0);
    assert_eq!(fit("few", Some(Arg::Num(3)), PluralRule::Polish), 1);
    assert_eq!(fit("few", Some(Arg::Num(3)), one_other), 0);
    assert_eq!(fit("neck", Some(Arg::Str("neck")), one_other), 2);
    assert_eq!(fit("one", Some(Arg::Str("1")), one_other), 0);
    assert_eq!(fit("other", None, one_other), 0);
}

/// The straightforward renderer over `parts()`: the reference the compact
/// encoding must match.
fn render_parts(parts: &[Part], lang: Lang, args: &[(Var, Arg<'_>)], out: &mut String) {
    for part in parts {
        match *part {
            Part::Text(t) => out.push_str(t),
            Part::Var(var) => match args.iter().find(|(v, _)| *v == var).map(|a| a.1) {
                Some(Arg::Num(n)) => out.push_str(&n.to_string()),
                Some(Arg::Str(s)) => out.push_str(s),
                None => {}
            },
            Part::Select {
                var,
                variants,
                default,
            } => {
                let value = args.iter().find(|(v, _)| *v == var).map(|a| a.1);
                let fits = variants.iter().map(|v| fit(v.0, value, lang.plural_rule()));
                let (best, f) = fits
                    .enumerate()
                    .max_by_key(|&(i, f)| (f, usize::MAX - i))
                    .unwrap();
                render_parts(
                    variants[if f > 0 { best } else { default }].1,
                    lang,
                    args,
                    out,
                );
            }
        }
    }
}

#[test]
fn compact_texts_render_like_the_parts() {
    let values = [
        Arg::Num(0),
        Arg::Num(1),
        Arg::Num(7),
        Arg::Num(-12),
        Arg::Str("neck"),
        Arg::Str("several"),
        Arg::Str("back"),
        Arg::Str("x"),
    ];
    for lang in Lang::ALL {
        for &msg in Msg::ALL {
            let vars = msg.vars();
            let mut cases: Vec<Vec<(Var, Arg<'_>)>> = vec![Vec::new()];
            for value in values {
                cases.push(vars.iter().map(|&v| (v, value)).collect());
            }
            for args in cases {
                let mut expected = String::new();
                render_parts(parts(lang, msg), lang, &args, &mut expected);
                let got = format(lang, msg, &args);
                assert_eq!(got, expected, "{} {}", lang.code(), msg.id());
            }
        }
    }
}

#[test]
fn static_text_is_the_text_when_there_are_no_placeholders() {
    for lang in Lang::ALL {
        for &msg in Msg::ALL {
            match static_text(lang, msg) {
                Some(t) => assert_eq!(t, text(lang, msg), "{} {}", lang.code(), msg.id()),
                None => assert!(!msg.vars().is_empty(), "{} {}", lang.code(), msg.id()),
            }
        }
    }
}

#[test]
fn numbers_without_fmt() {
    for n in [0, 1, 9, 10, 90, 12345, -1, -30, i64::MAX, i64::MIN] {
        let mut s = String::new();
        push_num(&mut s, n);
        assert_eq!(s, n.to_string());
    }
}

#[test]
fn every_language_has_the_plural_rule_of_its_code() {
    for lang in Lang::ALL {
        assert_eq!(PluralRule::for_code(lang.code()), Some(lang.plural_rule()));
    }
}

/// CLDR's `@integer` sample numbers of each category (plurals.xml), with the
/// `~` ranges written out.
fn check_samples(rule: PluralRule, samples: &[(Plural, &[i64])]) {
    for &(category, numbers) in samples {
        assert!(
            rule.categories().contains(&category),
            "{rule:?} {category:?}"
        );
        for &n in numbers {
            assert_eq!(rule.select(n), category, "{rule:?}: {n}");
            assert_eq!(rule.select(-n), category, "{rule:?}: -{n}");
        }
    }
}

fn range(from: i64, to: i64) -> Vec<i64> {
    (from..=to).collect()
}

#[test]
fn cldr_samples_one_other() {
    check_samples(
        PluralRule::OneOther,
        &[
            (Plural::One, &[1]),
            (
                Plural::Other,
                &[0, 2, 3, 4, 5, 16, 100, 1000, 10000, 100000, 1000000],
            ),
        ],
    );
}

#[test]
fn cldr_samples_polish() {
    let few = [
        range(2, 4),
        range(22, 24),
        range(32, 34),
        range(42, 44),
        range(52, 54),
        vec![62, 102, 1002],
    ]
    .concat();
    let many = [
        vec![0],
        range(5, 19),
        vec![100, 1000, 10000, 100000, 1000000],
    ]
    .concat();
    check_samples(
        PluralRule::Polish,
        &[
            (Plural::One, &[1]),
            (Plural::Few, &few),
            (Plural::Many, &many),
        ],
    );
}

#[test]
fn cldr_samples_ukrainian() {
    let one = [1, 21, 31, 41, 51, 61, 71, 81, 101, 1001];
    let few = [
        range(2, 4),
        range(22, 24),
        range(32, 34),
        range(42, 44),
        range(52, 54),
        vec![62, 102, 1002],
    ]
    .concat();
    let many = [
        vec![0],
        range(5, 19),
        vec![100, 1000, 10000, 100000, 1000000],
    ]
    .concat();
    check_samples(
        PluralRule::Ukrainian,
        &[
            (Plural::One, &one),
            (Plural::Few, &few),
            (Plural::Many, &many),
        ],
    );
}

#[test]
fn cldr_samples_arabic() {
    let few = [range(3, 10), range(103, 110), vec![1003]].concat();
    let many = [range(11, 26), vec![111, 1011]].concat();
    let other = [
        range(100, 102),
        range(200, 202),
        range(300, 302),
        range(400, 402),
        range(500, 502),
        vec![600, 1000, 10000, 100000, 1000000],
    ]
    .concat();
    check_samples(
        PluralRule::Arabic,
        &[
            (Plural::Zero, &[0]),
            (Plural::One, &[1]),
            (Plural::Two, &[2]),
            (Plural::Few, &few),
            (Plural::Many, &many),
            (Plural::Other, &other),
        ],
    );
}

#[test]
fn every_number_falls_in_a_category_of_its_rule() {
    for rule in [
        PluralRule::OneOther,
        PluralRule::Polish,
        PluralRule::Ukrainian,
        PluralRule::Arabic,
    ] {
        for n in 0..=2000 {
            assert!(rule.categories().contains(&rule.select(n)), "{rule:?}: {n}");
        }
    }
}
