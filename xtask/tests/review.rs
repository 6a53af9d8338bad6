//! The committed clinical review documents are what the code and texts
//! generate today, so a clinician reviewing them reviews the real thing.

use ryggsjekk_core::i18n::Lang;
use xtask::review;

fn assert_up_to_date(lang: Lang) {
    let path = review::path(lang);
    let expected = review::render(lang);
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != expected {
        let line = committed
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .map_or_else(
                || committed.lines().count().min(expected.lines().count()) + 1,
                |i| i + 1,
            );
        panic!(
            "{} is out of date (first difference at line {line}).\nRegenerate it with:\n\n    {}\n",
            path.display(),
            review::REGENERATE
        );
    }
}

#[test]
fn bokmal_review_document_is_up_to_date() {
    assert_up_to_date(Lang::Nb);
}

#[test]
fn nynorsk_review_document_is_up_to_date() {
    assert_up_to_date(Lang::Nn);
}

#[test]
fn review_document_names_every_rule_statement_and_citation() {
    use ryggsjekk_core::assessment::{rules::RULES, RedFlag, SourceId};
    use ryggsjekk_core::i18n::text;
    for lang in review::LANGS {
        let doc = review::render(lang);
        for rule in RULES {
            assert!(
                doc.contains(&format!("**{}**", rule.id)),
                "rule {} in {}",
                rule.id,
                lang.code()
            );
        }
        for flag in RedFlag::ALL {
            assert!(
                doc.contains(&text(lang, flag.label())),
                "{flag:?} in {}",
                lang.code()
            );
        }
        for s in SourceId::ALL {
            assert!(doc.contains(s.citation()), "{s:?} in {}", lang.code());
        }
    }
}
