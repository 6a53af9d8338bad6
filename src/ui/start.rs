use super::{on, tn, ScreenProps};
use crate::assessment::Action;
use crate::dom::{el, Ev, Html};
use crate::i18n::Msg;

pub fn start_screen(p: &ScreenProps) -> Html {
    let lang = p.state.lang;
    let li = |m| el("li").child(tn(lang, m));
    el("div")
        .key("start")
        .class("rs-screen rs-start")
        .child(
            el("h2")
                .class("rs-title")
                .attr("tabindex", "-1")
                .node_ref(&p.heading)
                .child(tn(lang, Msg::StartTitle)),
        )
        .child(el("p").class("rs-lead").child(tn(lang, Msg::StartIntro)))
        .child(
            el("ul")
                .class("rs-facts")
                .child(li(Msg::StartTime))
                .child(li(Msg::Disclaimer))
                .child(li(Msg::Privacy))
                .child(li(Msg::StartAdults)),
        )
        // The clinic's own words (plain HTML in the element, styled by the host page).
        .child(slot("about"))
        .child(el("p").class("rs-alert").child(tn(lang, Msg::StartAcute)))
        .child(slot("contact"))
        .child(p.kiosk.then(|| {
            el("p")
                .class("rs-attract")
                .child(tn(lang, Msg::KioskAttract))
        }))
        .child(
            el("div").class("rs-nav").child(
                el("button")
                    .attr("type", "button")
                    .class("rs-button rs-primary")
                    .on(Ev::Click, on(p.dispatch, Action::Next))
                    .child(tn(lang, Msg::NavStart)),
            ),
        )
        .into()
}

/// A named slot for the host page's own content, in its wrapper.
pub fn slot(name: &'static str) -> Html {
    el("div")
        .class("rs-slot")
        .child(el("slot").attr("name", name))
        .into()
}
