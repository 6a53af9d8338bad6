//! What surrounds every screen: the language switch, the progress, and the
//! always-visible line on how to get acute help.

use yew::prelude::*;

use super::t;
use crate::assessment::Action;
use crate::i18n::{self, Arg, Lang, Msg, Var};

#[derive(Clone, PartialEq, Properties)]
pub struct HeaderProps {
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn Header(p: &HeaderProps) -> Html {
    html! {
        <header class="rs-header">
            <p class="rs-brand">{ t(p.lang, Msg::AppName) }</p>
            <div class="rs-langs" role="group" aria-label={t(p.lang, Msg::LangSwitchLabel)}>
                { for Lang::ALL.iter().map(|&l| {
                    let d = p.dispatch.clone();
                    html! {
                        <button type="button" class="rs-lang" lang={l.code()}
                            aria-pressed={if l == p.lang { "true" } else { "false" }}
                            onclick={Callback::from(move |_| d.emit(Action::SetLang(l)))}>
                            { l.endonym() }
                        </button>
                    }
                }) }
            </div>
        </header>
    }
}

#[derive(Clone, PartialEq, Properties)]
pub struct ProgressProps {
    pub lang: Lang,
    pub step: usize,
    pub total: usize,
}

/// Progress as text (read by screen readers) and as a bar (decoration).
#[function_component]
pub fn Progress(p: &ProgressProps) -> Html {
    let text = i18n::format(
        p.lang,
        Msg::Progress,
        &[
            (Var::Step, Arg::Num(p.step as i64)),
            (Var::Total, Arg::Num(p.total as i64)),
        ],
    );
    html! {
        <div class="rs-progress">
            <p class="rs-progress-text">{ text }</p>
            <progress max={p.total.to_string()} value={p.step.to_string()} aria-hidden="true"></progress>
        </div>
    }
}

#[derive(Clone, PartialEq, Properties)]
pub struct FooterProps {
    pub lang: Lang,
}

#[function_component]
pub fn Footer(p: &FooterProps) -> Html {
    html! {
        <footer class="rs-footer">
            <p class="rs-acute">{ t(p.lang, Msg::HelpAcute) }</p>
        </footer>
    }
}
