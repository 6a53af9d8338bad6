//! The full advice: headline, the sections that apply, print and restart.

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use super::blocks::section;
use super::{on, print, tn, ScreenProps};
use crate::assessment::{result_view, Action};
use crate::i18n::Msg;

pub fn result_screen(p: &ScreenProps) -> Html {
    let s = p.state;
    let lang = s.lang;
    let Some(outcome) = s.outcome() else {
        return html! {};
    };
    let view = result_view(&outcome, &s.answers);
    let on_print = {
        let view = view.clone();
        // The screen's element, from the button (no NodeRef: a plain function has no hooks).
        Callback::from(move |e: MouseEvent| {
            let screen = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|b| b.closest(".rs-result").ok().flatten());
            if let (Some(screen), Some(summary)) = (screen, view.print_summary()) {
                print::print_summary(&screen, lang, &summary);
            }
        })
    };
    html! {
        <div key="result" class="rs-screen rs-result">
            <p class="rs-kicker">{ tn(lang, Msg::ResultTitle) }</p>
            <h2 class="rs-title rs-headline" tabindex="-1" ref={p.heading.clone()}>{ tn(lang, view.headline_text) }</h2>
            { for view.sections.iter().map(|sec| section(lang, sec, p.kiosk)) }
            <div class="rs-slot"><slot name="contact"></slot></div>
            if p.kiosk {
                <p class="rs-note">{ tn(lang, Msg::KioskNoPrint) }</p>
            }
            <div class="rs-nav">
                <button type="button" class="rs-button rs-secondary" onclick={on(&p.dispatch, Action::Back)}>
                    { tn(lang, Msg::NavBack) }
                </button>
                if !p.kiosk {
                    <button type="button" class="rs-button rs-secondary" onclick={on_print}>
                        { tn(lang, Msg::PrintButton) }
                    </button>
                }
                <button type="button" class="rs-button rs-primary" onclick={on(&p.dispatch, Action::Restart)}>
                    { tn(lang, Msg::NavRestart) }
                </button>
            </div>
        </div>
    }
}
