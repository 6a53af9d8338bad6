//! Messages as plain text and words, for the language and readability checks.

use ryggsjekk::i18n::{Lang, Msg, Part};

pub const NORWEGIAN: [Lang; 2] = [Lang::Nb, Lang::Nn];

/// The message as plain text for the language checks: placeholders left out,
/// a select as its default variant.
pub fn plain(parts: &[Part]) -> String {
    let mut out = String::new();
    for part in parts {
        match part {
            Part::Text(t) => out.push_str(t),
            Part::Var(_) => out.push(' '),
            Part::Select {
                variants, default, ..
            } => out.push_str(&plain(variants[*default].1)),
        }
    }
    out
}

/// Every variant of every select too, for word checks.
pub fn all_text(parts: &[Part]) -> String {
    let mut out = String::new();
    for part in parts {
        match part {
            Part::Text(t) => out.push_str(t),
            Part::Var(_) => out.push(' '),
            Part::Select { variants, .. } => {
                for (_, v) in *variants {
                    out.push(' ');
                    out.push_str(&all_text(v));
                }
            }
        }
    }
    out
}

/// Words are runs of letters (numbers are not words).
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
}

pub fn messages_in(file: &str) -> impl Iterator<Item = Msg> + '_ {
    Msg::ALL.iter().copied().filter(move |m| m.file() == file)
}
