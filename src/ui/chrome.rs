//! What surrounds every screen: the language switch, the progress, and the
//! always-visible line on how to get acute help.

use crate::dom::{el, Callback, Ev, Html};

use super::{num, t, tn};
use crate::assessment::Action;
use crate::i18n::{Lang, Msg, Text};

/// `tools`: «Les opp», text size and contrast (`display::tools`), in the same
/// wrapping row, so a kiosk's start screen still fits its default frame height.
pub fn header(lang: Lang, dispatch: &Callback<Action>, tools: Html) -> Html {
    let langs = Lang::ALL.iter().map(|&l| {
        let d = dispatch.clone();
        el("button")
            .attr("type", "button")
            .class("rs-lang")
            .attr("lang", l.code())
            .attr("dir", l.dir())
            .attr("aria-pressed", if l == lang { "true" } else { "false" })
            .on(Ev::Click, move |_| d.emit(Action::SetLang(l)))
            .child(l.endonym())
    });
    Html::List(vec![
        unreviewed_notice(lang, dispatch),
        el("header")
            .class("rs-header")
            .child(el("p").class("rs-brand").child(tn(lang, Msg::AppName)))
            .child(
                el("div")
                    .class("rs-langs")
                    .attr("role", "group")
                    .attr("aria-label", t(lang, Msg::LangSwitchLabel))
                    .children(langs),
            )
            .child(tools)
            .into(),
    ])
}

/// One line at the very top in a draft language: nobody qualified has checked
/// this translation, and one tap shows the same screen, answers kept, in
/// bokmål, the reference text.
fn unreviewed_notice(lang: Lang, dispatch: &Callback<Action>) -> Html {
    if !lang.is_unreviewed() {
        return Html::Empty;
    }
    let d = dispatch.clone();
    el("p")
        .class("rs-lang-draft")
        .attr("role", "note")
        .child(tn(lang, Msg::LangUnreviewed))
        .child(" ")
        .child(
            el("button")
                .attr("type", "button")
                .class("rs-link")
                .on(Ev::Click, move |_| d.emit(Action::SetLang(Lang::BUILTIN)))
                .child(tn(lang, Msg::LangUnreviewedSwitch)),
        )
        .into()
}

/// Progress as text (read by screen readers) and as a bar (decoration).
pub fn progress(lang: Lang, step: usize, total: usize) -> Html {
    let text = Text::progress(step as i64, total as i64).render(lang);
    el("div")
        .class("rs-progress")
        .child(el("p").class("rs-progress-text").child(text))
        .child(
            el("progress")
                .attr("max", num(total as i64))
                .attr("value", num(step as i64))
                .attr("aria-hidden", "true"),
        )
        .into()
}

pub fn footer(lang: Lang) -> Html {
    el("footer")
        .class("rs-footer")
        .child(el("p").class("rs-acute").child(tn(lang, Msg::HelpAcute)))
        .into()
}
