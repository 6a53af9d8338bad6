//! Typed access to the texts in `locales/` (plain Rust, no `yew`, no `web_sys`).
//!
//! `build.rs` parses the Fluent files at build time and generates `Msg`,
//! `Var` and one static table per language; a missing text or placeholder in
//! any language is a build error. At run time there is no parsing, no map,
//! only a `match` and array indexing.
//!
//! ```
//! use ryggsjekk::i18n::{format, text, Arg, Lang, Msg, Var};
//! assert_eq!(text(Lang::Nb, Msg::AppName), "Ryggsjekk");
//! let line = format(Lang::En, Msg::Progress, &[(Var::Step, Arg::Num(2)), (Var::Total, Arg::Num(9))]);
//! assert!(line.contains('2') && line.contains('9'));
//! ```
//!
//! The `review.ftl` texts (the clinical review document) are only compiled
//! into native builds; in the wasm they render as empty text.

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// A language of the widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// Norwegian bokmål (the reference language of the texts).
    Nb,
    /// Norwegian nynorsk.
    Nn,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Nb, Lang::Nn, Lang::En];

    /// `"nb"`, `"nn"` or `"en"`: the folder in `locales/` and the HTML `lang` value.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::En => "en",
        }
    }

    /// The language's name for itself, for the language switch.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Nb => "Bokmål",
            Lang::Nn => "Nynorsk",
            Lang::En => "English",
        }
    }
}

/// A piece of a message, as written in the `.ftl` file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Text(&'static str),
    /// `{ $name }`
    Var(Var),
    /// `{ $var -> [key] … *[other] … }`; `default` indexes `variants`.
    Select {
        var: Var,
        variants: &'static [(&'static str, &'static [Part])],
        default: usize,
    },
}

/// A value for a placeholder.
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    Num(i64),
    Str(&'a str),
}

/// The message as written in the `.ftl` file of `lang`.
pub fn parts(lang: Lang, msg: Msg) -> &'static [Part] {
    let (main, review) = tables(lang);
    let i = msg as usize;
    if i < MAIN_COUNT {
        main[i]
    } else {
        review.get(i - MAIN_COUNT).copied().unwrap_or(&[])
    }
}

/// The message in `lang` with its placeholders filled in.
///
/// Never panics: a placeholder without an argument renders as empty text,
/// and a select without one takes its default variant.
pub fn format(lang: Lang, msg: Msg, args: &[(Var, Arg<'_>)]) -> String {
    let mut out = String::new();
    render(parts(lang, msg), args, &mut out);
    out
}

/// The message in `lang`, for messages without placeholders.
pub fn text(lang: Lang, msg: Msg) -> String {
    format(lang, msg, &[])
}

fn arg<'a>(args: &[(Var, Arg<'a>)], var: Var) -> Option<Arg<'a>> {
    args.iter().find(|(v, _)| *v == var).map(|(_, a)| *a)
}

fn render(parts: &[Part], args: &[(Var, Arg<'_>)], out: &mut String) {
    for part in parts {
        match *part {
            Part::Text(t) => out.push_str(t),
            Part::Var(var) => match arg(args, var) {
                Some(Arg::Num(n)) => out.push_str(&n.to_string()),
                Some(Arg::Str(s)) => out.push_str(s),
                None => {}
            },
            Part::Select {
                var,
                variants,
                default,
            } => {
                let chosen = choose(variants, default, arg(args, var));
                if let Some((_, parts)) = variants.get(chosen) {
                    render(parts, args, out);
                }
            }
        }
    }
}

/// Which variant a select shows: for a number an exact key (`[0]`) first,
/// then its plural category (`one` for 1, else `other`; the same rule in
/// nb, nn and en); for a string the key equal to it; else the default.
fn choose(variants: &[(&str, &[Part])], default: usize, value: Option<Arg<'_>>) -> usize {
    let find = |key: &str| variants.iter().position(|(k, _)| *k == key);
    let found = match value {
        Some(Arg::Num(n)) => variants
            .iter()
            .position(|(k, _)| k.parse::<i64>() == Ok(n))
            .or_else(|| find(if n == 1 { "one" } else { "other" })),
        Some(Arg::Str(s)) => find(s),
        None => None,
    };
    found.unwrap_or(default)
}

#[cfg(test)]
mod tests {
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
    fn selects_choose_exact_then_plural_then_default() {
        static ZERO: [Part; 1] = [Part::Text("zero")];
        static ONE: [Part; 1] = [Part::Text("one")];
        static OTHER: [Part; 1] = [Part::Text("other")];
        let variants: &[(&str, &[Part])] = &[("0", &ZERO), ("one", &ONE), ("other", &OTHER)];
        assert_eq!(choose(variants, 2, Some(Arg::Num(0))), 0);
        assert_eq!(choose(variants, 2, Some(Arg::Num(1))), 1);
        assert_eq!(choose(variants, 2, Some(Arg::Num(5))), 2);
        assert_eq!(choose(variants, 0, Some(Arg::Str("one"))), 1);
        assert_eq!(choose(variants, 0, Some(Arg::Str("nope"))), 0);
        assert_eq!(choose(variants, 1, None), 1);
    }
}
