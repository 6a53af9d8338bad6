use yew::prelude::*;

use super::{on, tn, ScreenProps};
use crate::assessment::Action;
use crate::i18n::Msg;

pub fn start_screen(p: &ScreenProps) -> Html {
    let lang = p.state.lang;
    html! {
        <div key="start" class="rs-screen rs-start">
            <h2 class="rs-title" tabindex="-1" ref={p.heading.clone()}>{ tn(lang, Msg::StartTitle) }</h2>
            <p class="rs-lead">{ tn(lang, Msg::StartIntro) }</p>
            <ul class="rs-facts">
                <li>{ tn(lang, Msg::StartTime) }</li>
                <li>{ tn(lang, Msg::Disclaimer) }</li>
                <li>{ tn(lang, Msg::Privacy) }</li>
                <li>{ tn(lang, Msg::StartAdults) }</li>
            </ul>
            // The clinic's own words (plain HTML in the element, styled by the host page).
            <div class="rs-slot"><slot name="about"></slot></div>
            <p class="rs-alert">{ tn(lang, Msg::StartAcute) }</p>
            <div class="rs-slot"><slot name="contact"></slot></div>
            if p.kiosk {
                <p class="rs-attract">{ tn(lang, Msg::KioskAttract) }</p>
            }
            <div class="rs-nav">
                <button type="button" class="rs-button rs-primary" onclick={on(&p.dispatch, Action::Next)}>
                    { tn(lang, Msg::NavStart) }
                </button>
            </div>
        </div>
    }
}
