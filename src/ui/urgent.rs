//! A or B: only the action, the number, what to say, and «Start på nytt».
//! No self-care text here (content spec section 4).

use yew::prelude::*;

use super::blocks::section;
use super::{on, tn, ScreenProps};
use crate::assessment::{result_view, Action};
use crate::i18n::Msg;

pub fn urgent_screen(p: &ScreenProps) -> Html {
    let s = p.state;
    let lang = s.lang;
    let Some(outcome) = s.outcome() else {
        return html! {};
    };
    let view = result_view(&outcome, &s.answers);
    html! {
        <div key="urgent" class="rs-screen rs-urgent">
            <h2 class="rs-title rs-headline rs-headline-urgent" tabindex="-1" ref={p.heading.clone()}>
                { tn(lang, view.headline_text) }
            </h2>
            { for view.sections.iter().map(|sec| section(lang, sec, p.kiosk)) }
            <div class="rs-nav">
                <button type="button" class="rs-button rs-secondary" onclick={on(&p.dispatch, Action::Restart)}>
                    { tn(lang, Msg::NavRestart) }
                </button>
            </div>
        </div>
    }
}
