//! A message with its arguments, before it has a language.

use super::{render_args, Arg, Lang, Msg, MAX_ARGS};

/// A message and the values of its placeholders, not yet in a language: the
/// same `Text` renders in any language (the screen in one, a print in two).
/// Made by the generated constructors, one per message with placeholders,
/// named after the id and taking the placeholders as declared in `nb`:
/// `progress = Spørsmål { $step } av { $total }` gives
/// `Text::progress(step: i64, total: i64)`. Messages without placeholders
/// are plain [`Msg`] values.
///
/// Text arguments are `&'static str`: every value a text shows today is a
/// constant (dates, versions, keys), and it keeps `Text` `Copy`.
///
/// A missing argument, a wrong type or a message that has no placeholders
/// does not build:
///
/// ```compile_fail
/// ryggsjekk_core::i18n::Text::progress(2);
/// ```
/// ```compile_fail
/// ryggsjekk_core::i18n::Text::progress(2, "9");
/// ```
/// ```compile_fail
/// ryggsjekk_core::i18n::Text::app_name();
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Text {
    msg: Msg,
    /// By position, as declared; unused trailing slots are `Arg::Str("")`.
    args: [Arg<'static>; MAX_ARGS],
}

impl Text {
    pub(super) const fn new(msg: Msg, args: [Arg<'static>; MAX_ARGS]) -> Text {
        Text { msg, args }
    }

    pub fn msg(&self) -> Msg {
        self.msg
    }

    /// The arguments, in the order of [`Msg::vars`].
    pub fn args(&self) -> &[Arg<'static>] {
        let n = self.msg.vars().len();
        self.args.get(..n).unwrap_or(&self.args)
    }

    /// The text in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let mut by_position = [None; MAX_ARGS];
        for (slot, arg) in by_position.iter_mut().zip(self.args) {
            *slot = Some(arg);
        }
        render_args(lang, self.msg, &by_position)
    }
}
