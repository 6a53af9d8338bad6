//! The six invariants of content spec section 6, over every combination of
//! answers (enumerated once, in `enumeration`).

use crate::enumeration::{expected_combinations, report};
use ryggsjekk::assessment::*;
use ryggsjekk::i18n::{self, Arg, Lang, Msg, Var};

#[test]
fn enumerates_every_combination_counted_from_the_spec() {
    let r = report();
    eprintln!("combinations enumerated: {}", r.combinations);
    assert_eq!(r.combinations, expected_combinations());
}

#[test]
fn invariant_1_a_gives_113_and_b_gives_legevakt_with_no_self_care_text() {
    report().broken[0].assert_none("1 (A → 113, B → 116 117, no self-care text)");
}

#[test]
fn invariant_2_c_never_lowers_a_or_b_and_never_hides_the_referral() {
    report().broken[1].assert_none("2 (C never lowers A/B, never hides the referral)");
}

#[test]
fn invariant_3_referral_stays_for_every_longer_duration() {
    report().broken[2].assert_none("3 (referral monotone in duration)");
}

#[test]
fn invariant_4_safety_net_on_every_non_urgent_result_only() {
    report().broken[3].assert_none("4 (safety net on every non-urgent result, not on urgent ones)");
}

#[test]
fn invariant_5_every_shown_message_has_text_in_every_language() {
    let r = report();
    let shown: Vec<Msg> = Msg::ALL
        .iter()
        .copied()
        .filter(|m| r.seen[*m as usize])
        .collect();
    assert!(
        shown.len() > 50,
        "the views show the whole advice text; only {} messages seen",
        shown.len()
    );
    let mut empty = Vec::new();
    for lang in Lang::ALL {
        for &m in &shown {
            if i18n::text(lang, m).trim().is_empty() {
                empty.push(format!("{}: {}", lang.code(), m.id()));
            }
        }
        for &key in &r.say_keys {
            let line = i18n::format(lang, Msg::UrgentSayWhere, &[(Var::Where, Arg::Str(key))]);
            if line.trim().is_empty() {
                empty.push(format!("{}: urgent-say-where [{key}]", lang.code()));
            }
        }
        for text in &r.filled {
            let line = text.render(lang);
            for arg in text.args() {
                let shown = match *arg {
                    Arg::Str(value) => line.contains(value),
                    Arg::Num(n) => line.contains(&n.to_string()),
                };
                if !shown {
                    empty.push(format!(
                        "{}: {} does not show {arg:?}",
                        lang.code(),
                        text.msg().id()
                    ));
                }
            }
        }
    }
    assert!(
        empty.is_empty(),
        "messages without text:\n{}",
        empty.join("\n")
    );
}

#[test]
fn invariant_6_every_evidence_option_names_a_source() {
    report().broken[5].assert_none("6 (every option names a source)");
    for option in rules::OPTIONS {
        assert!(
            !option.sources.is_empty(),
            "{} names no source",
            option.text.id()
        );
    }
}
