//! The clinical review documents, `docs/clinical-review.nb.md` and
//! `docs/clinical-review.nn.md`, generated from the code and the texts: the
//! changes of this content version with their sources, the questions, the
//! red flags, the rules with their sources, the first screen's actions and
//! why-sentence, the questions for the fastlege, the full advice text for the
//! main outcomes (rendered from `result_view`, as the patient reads it, each
//! text with its category), the evidence-based options, the texts by
//! category, the citation list and an empty sign-off table for the clinic.
//!
//! `xtask/tests/review.rs` regenerates the documents in memory and fails when
//! the committed files differ, so reviewers can trust them.

use std::path::PathBuf;

use ryggsjekk_core::assessment::*;
use ryggsjekk_core::i18n::{self, Lang, Msg};

use crate::Generated;

mod catalogue;
mod changes;
mod outcomes;
mod sections;

/// The languages of the review document (clinicians read bokmål or nynorsk).
pub const LANGS: [Lang; 2] = [Lang::Nb, Lang::Nn];

/// The command that regenerates the documents.
pub const REGENERATE: &str = "cargo xtask review --write";

/// Where the document of a language lives.
pub fn path(lang: Lang) -> PathBuf {
    crate::workspace_root().join(format!("docs/clinical-review.{}.md", lang.code()))
}

/// Both documents, bokmål first.
pub fn generate() -> Vec<Generated> {
    LANGS
        .into_iter()
        .map(|lang| Generated {
            path: path(lang),
            content: render(lang),
        })
        .collect()
}

/// The whole review document in one language.
pub fn render(lang: Lang) -> String {
    let doc = Doc { lang };
    let mut out = String::new();
    doc.header(&mut out);
    doc.changes(&mut out);
    doc.questions(&mut out);
    doc.red_flags(&mut out);
    doc.rules(&mut out);
    doc.first_screen(&mut out);
    doc.gp_questions(&mut out);
    doc.outcomes(&mut out);
    doc.options(&mut out);
    doc.categories(&mut out);
    doc.citations(&mut out);
    doc.invariants(&mut out);
    doc.sign_off(&mut out);
    out
}

/// One document being written; its parts are in `sections` and `outcomes`.
struct Doc {
    lang: Lang,
}

impl Doc {
    fn t(&self, m: Msg) -> String {
        i18n::text(self.lang, m)
    }
}

fn group_action(g: RedFlagGroup) -> Msg {
    match g {
        RedFlagGroup::A => Msg::ReviewGroupA,
        RedFlagGroup::B => Msg::ReviewGroupB,
        RedFlagGroup::C => Msg::ReviewGroupC,
    }
}

/// Short names with their number in the citation list: "NHI [12], Pengel 2003 [17]".
fn sources(list: &[SourceId]) -> String {
    list.iter()
        .map(|s| format!("{} [{}]", s.short(), s.number()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The number of combinations of answers the tests enumerate, from the
/// questionnaire's table: per location, every screen's options (each thought
/// agreed, disagreed or skipped).
fn combinations() -> usize {
    Location::ALL
        .into_iter()
        .map(|l| {
            Question::ORDER
                .into_iter()
                .map(|q| match q {
                    Question::Location => 1,
                    Question::Thoughts => (Agreement::ALL.len() + 1).pow(Thought::ALL.len() as u32),
                    q => q.options(Some(l)).len(),
                })
                .product::<usize>()
        })
        .sum()
}

/// How `combinations` multiplies up, screen by screen: "4 × A × B × C × 5 × … × 3⁵".
fn combinations_formula() -> String {
    let mut factors = vec![Location::ALL.len().to_string()];
    for q in Question::ORDER {
        match q {
            Question::Location => {}
            Question::RedFlags(g) => factors.push(format!("{g:?}")),
            Question::Thoughts => factors.push(format!(
                "{}{}",
                Agreement::ALL.len() + 1,
                superscript(Thought::ALL.len())
            )),
            q => factors.push(q.options(None).len().to_string()),
        }
    }
    factors.join(" × ")
}

fn superscript(n: usize) -> String {
    const DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    n.to_string()
        .bytes()
        .map(|b| DIGITS[usize::from(b - b'0')])
        .collect()
}

fn group_thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out
}
