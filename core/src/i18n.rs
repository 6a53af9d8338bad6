//! Typed access to the texts in `locales/` (plain Rust, no `yew`, no `web_sys`).
//!
//! `build.rs` parses the Fluent files at build time and generates `Msg`,
//! `Var` and one static table per language; a missing text or placeholder in
//! any language is a build error. At run time there is no parsing, no map,
//! only a `match` and array indexing.
//!
//! ```
//! use ryggsjekk_core::i18n::{format, text, Arg, Lang, Msg, Var};
//! assert_eq!(text(Lang::Nb, Msg::AppName), "Ryggsjekk");
//! let line = format(Lang::En, Msg::Progress, &[(Var::Step, Arg::Num(2)), (Var::Total, Arg::Num(9))]);
//! assert!(line.contains('2') && line.contains('9'));
//! ```
//!
//! The `review.ftl` texts (the clinical review document) are only compiled
//! into native builds; in the wasm they render as empty text.
//!
//! Size: the texts are stored compactly, one string per language with the
//! messages back to back (placeholders as control bytes, see `encode` in
//! build.rs) plus a `u16` offset per message, and rendered without
//! `core::fmt`. The `Part` tables behind [`parts`] exist for the checks and
//! tests; the wasm never links them. In the wasm, «116 117» and «116 123»
//! come with a no-break space already, so they never break across lines.

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
    render(code(lang, msg), args, &mut out);
    out
}

/// The message in `lang`, for messages without placeholders.
pub fn text(lang: Lang, msg: Msg) -> String {
    format(lang, msg, &[])
}

/// The message in `lang` as a `&'static str`, without allocating: `Some`
/// for messages without placeholders (most of them), `None` otherwise (use
/// [`format`]). For the UI: `AttrValue::Static(..)` needs no `String` and no
/// `Rc<str>` per text on every render.
pub fn static_text(lang: Lang, msg: Msg) -> Option<&'static str> {
    let c = code(lang, msg);
    (!c.bytes().any(|b| b < 0x20)).then_some(c)
}

/// The encoded message (see `encode` in build.rs); empty for the review
/// texts in the wasm.
fn code(lang: Lang, msg: Msg) -> &'static str {
    let (code, offsets) = code_tables(lang);
    let i = msg as usize;
    match (offsets.get(i), offsets.get(i + 1)) {
        (Some(&a), Some(&b)) => code.get(a as usize..b as usize).unwrap_or(""),
        _ => "",
    }
}

fn arg<'a>(args: &[(Var, Arg<'a>)], var: u8) -> Option<Arg<'a>> {
    args.iter()
        .find(|(v, _)| *v as usize == usize::from(var.wrapping_sub(b'a')))
        .map(|(_, a)| *a)
}

/// Renders an encoded message. A hand-written decoder instead of
/// `core::fmt`: the wasm carries no formatting machinery for the texts.
fn render(code: &str, args: &[(Var, Arg<'_>)], out: &mut String) {
    let b = code.as_bytes();
    let (mut i, mut text) = (0, 0);
    while i < b.len() {
        match b[i] {
            1 => {
                out.push_str(code.get(text..i).unwrap_or(""));
                match arg(args, b.get(i + 1).copied().unwrap_or(0)) {
                    Some(Arg::Num(n)) => push_num(out, n),
                    Some(Arg::Str(s)) => out.push_str(s),
                    None => {}
                }
                i += 2;
                text = i;
            }
            2 => {
                out.push_str(code.get(text..i).unwrap_or(""));
                let value = arg(args, b.get(i + 1).copied().unwrap_or(0));
                let default = usize::from(b.get(i + 2).copied().unwrap_or(b'0').wrapping_sub(b'0'));
                i += 3;
                // The variants: `key \x03 body \x04`, until the closing `\x05`.
                let mut variants: [(&str, &str); 8] = [("", ""); 8];
                let mut n = 0;
                while i < b.len() && b[i] != 5 {
                    let key_start = i;
                    while i < b.len() && b[i] != 3 {
                        i += 1;
                    }
                    let key = code.get(key_start..i).unwrap_or("");
                    i += 1;
                    let body_start = i;
                    let mut depth = 0;
                    while i < b.len() && !(depth == 0 && b[i] == 4) {
                        match b[i] {
                            2 => depth += 1,
                            5 => depth -= 1,
                            _ => {}
                        }
                        i += 1;
                    }
                    if n < variants.len() {
                        variants[n] = (key, code.get(body_start..i).unwrap_or(""));
                        n += 1;
                    }
                    i += 1;
                }
                i += 1;
                let keys = variants[..n].iter().map(|v| v.0);
                if let Some(&(_, body)) = variants.get(choose(keys, default, value)) {
                    render(body, args, out);
                }
                text = i.min(b.len());
            }
            _ => i += 1,
        }
    }
    out.push_str(code.get(text..).unwrap_or(""));
}

/// A whole number in decimal, without `core::fmt`.
fn push_num(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    let mut digits = [0u8; 20];
    let mut v = n.unsigned_abs();
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    for &d in &digits[i..] {
        out.push(char::from(d));
    }
}

/// Which variant a select shows: for a number an exact key (`[0]`) first,
/// then its plural category (`one` for 1, else `other`; the same rule in
/// nb, nn and en); for a string the key equal to it; else the default.
fn choose<'k>(
    keys: impl Iterator<Item = &'k str> + Clone,
    default: usize,
    value: Option<Arg<'_>>,
) -> usize {
    let find = |key: &str| keys.clone().position(|k| k == key);
    let found = match value {
        Some(Arg::Num(n)) => {
            let mut s = String::new();
            push_num(&mut s, n);
            find(&s).or_else(|| find(if n == 1 { "one" } else { "other" }))
        }
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
        let keys = variants.iter().map(|v| v.0);
        assert_eq!(choose(keys.clone(), 2, Some(Arg::Num(0))), 0);
        assert_eq!(choose(keys.clone(), 2, Some(Arg::Num(1))), 1);
        assert_eq!(choose(keys.clone(), 2, Some(Arg::Num(5))), 2);
        assert_eq!(choose(keys.clone(), 0, Some(Arg::Str("one"))), 1);
        assert_eq!(choose(keys.clone(), 0, Some(Arg::Str("nope"))), 0);
        assert_eq!(choose(keys, 1, None), 1);
    }

    /// The straightforward renderer over `parts()`: the reference the compact
    /// encoding must match.
    fn render_parts(parts: &[Part], args: &[(Var, Arg<'_>)], out: &mut String) {
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
                    let chosen = choose(variants.iter().map(|v| v.0), default, value);
                    render_parts(variants[chosen].1, args, out);
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
                    render_parts(parts(lang, msg), &args, &mut expected);
                    assert_eq!(
                        format(lang, msg, &args),
                        expected,
                        "{} {}",
                        lang.code(),
                        msg.id()
                    );
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
}
