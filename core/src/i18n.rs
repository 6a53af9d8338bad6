//! Typed access to the texts in `locales/` (plain Rust, no `yew`, no `web_sys`).
//!
//! `core/build.rs` parses the Fluent files at build time and generates `Msg`
//! (one value per message), `Var`, and for each message with placeholders a
//! typed constructor on [`Text`]; a missing text or placeholder in any
//! language, or a call with a wrong argument, does not build. At run time
//! there is no parsing, no map, only a `match` and array indexing.
//!
//! ```
//! use ryggsjekk_core::i18n::{text, Lang, Msg, Text};
//! assert_eq!(text(Lang::Nb, Msg::AppName), "Ryggsjekk");
//! let progress = Text::progress(2, 9); // `progress = Question { $step } of { $total }`
//! assert_eq!(progress.render(Lang::En), "Question 2 of 9");
//! ```
//!
//! [`format`] with `(Var, Arg)` pairs is the untyped layer below `Text`.
//!
//! The `review.ftl` texts (the clinical review document) are only compiled
//! into native builds; in the wasm they render as empty text.
//!
//! Size: the texts are stored compactly, one string per language with the
//! messages back to back (placeholders as control bytes, see
//! `core/build/encode.rs`) plus a `u16` offset per message, and rendered
//! without `core::fmt`; `Msg` and `Text` only hold indices into that table.
//! The `Part` tables behind [`parts`] exist for the checks and tests; the
//! wasm never links them. In the wasm, «116 117» and «116 123» come with a
//! no-break space already, so they never break across lines.
//!
//! The wasm carries only bokmål ([`Lang::BUILTIN`]); every other language is
//! an asset the loader fetches and hands over with [`asset::add_language`].
//! Until then that language renders in bokmål ([`asset::is_loaded`]).

pub mod asset;
mod plural;
mod render;
#[cfg(not(target_arch = "wasm32"))]
pub mod status;
#[cfg(test)]
mod tests;
mod text;

pub use plural::{Plural, PluralRule};
pub use render::push_num;
pub use text::Text;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// Who has checked a language's texts (`review` in `locales/languages.toml`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Review {
    /// The source text (bokmål), written by the team from the content spec.
    Reference,
    /// Translated and checked by the project team, not by a qualified health
    /// translator.
    Team,
    /// A machine-assisted draft nobody qualified has checked yet.
    Unreviewed,
    /// Checked by a qualified health translator.
    Reviewed,
}

impl Lang {
    /// A draft: the patient sees a one-line notice with a switch to bokmål,
    /// and the widget uses it only when the element or the patient asks for
    /// it by name, never because the page is in that language.
    pub fn is_unreviewed(self) -> bool {
        self.review() == Review::Unreviewed
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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

/// The message in `lang` with its placeholders filled in (the untyped way:
/// prefer the `Text` constructors, which check the arguments at compile time).
///
/// Never panics: a placeholder without an argument renders as empty text,
/// and a select without one takes its default variant.
pub fn format(lang: Lang, msg: Msg, args: &[(Var, Arg<'_>)]) -> String {
    let mut by_position = [None; MAX_ARGS];
    for (slot, var) in by_position.iter_mut().zip(msg.vars()) {
        *slot = args.iter().find(|(v, _)| v == var).map(|(_, a)| *a);
    }
    render_args(lang, msg, &by_position)
}

/// The message in `lang`, for messages without placeholders.
pub fn text(lang: Lang, msg: Msg) -> String {
    render_args(lang, msg, &[])
}

/// The message in `lang` as a `&'static str`, without allocating: `Some`
/// for messages without placeholders (most of them), `None` otherwise (use
/// [`Text`]). For the UI: `AttrValue::Static(..)` needs no `String` and no
/// `Rc<str>` per text on every render.
pub fn static_text(lang: Lang, msg: Msg) -> Option<&'static str> {
    let c = code(lang, msg);
    (!c.bytes().any(|b| b < 0x20)).then_some(c)
}

/// Renders an encoded message as the build wrote it, for the tests of the
/// build's encoder (`core/build/encode.rs`); `args` by position.
#[doc(hidden)]
pub fn render_encoded(lang: Lang, code: &str, args: &[Option<Arg<'_>>]) -> String {
    let mut out = String::new();
    render::render(code, lang.plural_rule(), args, &mut out);
    out
}

fn render_args(lang: Lang, msg: Msg, args: &[Option<Arg<'_>>]) -> String {
    render_encoded(lang, code(lang, msg), args)
}

/// The encoded message (see `core/build/encode.rs`); empty for the review
/// texts in the wasm.
fn code(lang: Lang, msg: Msg) -> &'static str {
    let (code, offsets) = code_tables(lang);
    let i = msg as usize;
    message(code, offsets, i)
}

/// Message `i` of a table: each message is followed by a separator
/// (`core/build/encode.rs`), which is not part of it.
fn message<'a>(code: &'a str, offsets: &[u16], i: usize) -> &'a str {
    match (offsets.get(i), offsets.get(i + 1)) {
        (Some(&a), Some(&b)) => code
            .get(usize::from(a)..usize::from(b).saturating_sub(1))
            .unwrap_or(""),
        _ => "",
    }
}
