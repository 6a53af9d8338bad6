//! What surrounds every screen: the language switch, the progress, and the
//! always-visible line on how to get acute help.

use yew::prelude::*;

use super::{t, tn};
use crate::assessment::Action;
use crate::i18n::{Lang, Msg, Text};

/// `tools`: «Les opp», text size and contrast (`display::tools`), in the same
/// wrapping row, so a kiosk's start screen still fits its default frame height.
pub fn header(lang: Lang, dispatch: &Callback<Action>, tools: Html) -> Html {
    html! {
        <>
        { unreviewed_notice(lang, dispatch) }
        <header class="rs-header">
            <p class="rs-brand">{ tn(lang, Msg::AppName) }</p>
            <div class="rs-langs" role="group" aria-label={t(lang, Msg::LangSwitchLabel)}>
                { for Lang::ALL.iter().map(|&l| {
                    let d = dispatch.clone();
                    html! {
                        <button type="button" class="rs-lang" lang={l.code()} dir={l.dir()}
                            aria-pressed={if l == lang { "true" } else { "false" }}
                            onclick={Callback::from(move |_| d.emit(Action::SetLang(l)))}>
                            { l.endonym() }
                        </button>
                    }
                }) }
            </div>
            { tools }
        </header>
        </>
    }
}

/// One line at the very top in a draft language: nobody qualified has checked
/// this translation, and one tap shows the same screen, answers kept, in
/// bokmål, the reference text.
fn unreviewed_notice(lang: Lang, dispatch: &Callback<Action>) -> Html {
    if !lang.is_unreviewed() {
        return html! {};
    }
    let d = dispatch.clone();
    html! {
        <p class="rs-lang-draft" role="note">
            { tn(lang, Msg::LangUnreviewed) }
            { " " }
            <button type="button" class="rs-link"
                onclick={Callback::from(move |_| d.emit(Action::SetLang(Lang::BUILTIN)))}>
                { tn(lang, Msg::LangUnreviewedSwitch) }
            </button>
        </p>
    }
}

/// Progress as text (read by screen readers) and as a bar (decoration).
pub fn progress(lang: Lang, step: usize, total: usize) -> Html {
    let text = Text::progress(step as i64, total as i64).render(lang);
    html! {
        <div class="rs-progress">
            <p class="rs-progress-text">{ text }</p>
            <progress max={total.to_string()} value={step.to_string()} aria-hidden="true"></progress>
        </div>
    }
}

pub fn footer(lang: Lang) -> Html {
    html! {
        <footer class="rs-footer">
            <p class="rs-acute">{ tn(lang, Msg::HelpAcute) }</p>
        </footer>
    }
}
