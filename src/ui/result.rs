//! The full advice: headline, the sections that apply, print and restart.

use yew::prelude::*;

use super::blocks::section;
use super::{on, print, t, ScreenProps};
use crate::assessment::{result_view, Action};
use crate::i18n::Msg;

#[function_component]
pub fn ResultScreen(p: &ScreenProps) -> Html {
    let s = &p.state.0;
    let lang = s.lang;
    let Some(outcome) = s.outcome() else {
        return html! {};
    };
    let view = result_view(&outcome, &s.answers);
    let root = use_node_ref();
    let on_print = {
        let root = root.clone();
        let view = view.clone();
        Callback::from(move |_| print::print_summary(&root, lang, &view))
    };
    html! {
        <div class="rs-screen rs-result" ref={root}>
            <p class="rs-kicker">{ t(lang, Msg::ResultTitle) }</p>
            <h2 class="rs-title rs-headline" tabindex="-1" ref={p.heading.clone()}>{ t(lang, view.headline_text) }</h2>
            { for view.sections.iter().map(|sec| section(lang, sec, p.kiosk)) }
            <div class="rs-slot"><slot name="contact"></slot></div>
            if p.kiosk {
                <p class="rs-note">{ t(lang, Msg::KioskNoPrint) }</p>
            }
            <div class="rs-nav">
                <button type="button" class="rs-button rs-secondary" onclick={on(&p.dispatch, Action::Back)}>
                    { t(lang, Msg::NavBack) }
                </button>
                if !p.kiosk {
                    <button type="button" class="rs-button rs-secondary" onclick={on_print}>
                        { t(lang, Msg::PrintButton) }
                    </button>
                }
                <button type="button" class="rs-button rs-primary" onclick={on(&p.dispatch, Action::Restart)}>
                    { t(lang, Msg::NavRestart) }
                </button>
            </div>
        </div>
    }
}
