//! «Ta med på mobilen» (issue 17): the button and the panel the QR code goes
//! into. The panel is rendered hidden; the loader shows it, fetches the QR
//! module (with SRI, only now) and draws the code of `handoff-url#fragment`,
//! the fragment made there from the taps on the button, so the wasm that
//! every patient downloads holds neither the QR encoder nor the link format. The loader
//! also hides it again after ~60 s; the kiosk's idle reset removes the whole
//! result screen, panel and code with it.

use crate::dom::{el, Html};

use super::{concat, t, tn};
use crate::assessment::State;
use crate::i18n::{Lang, Msg};

pub fn handoff(lang: Lang, state: &State) -> Html {
    // None on urgent screens and unfinished journeys: the core decides. The
    // link itself is made in qr.wasm (handoff-qr.js), from these taps.
    let Some(taps) = ryggsjekk_core::handoff::taps(state) else {
        return Html::Empty;
    };
    el("div")
        .class("rs-handoff")
        .child(
            el("button")
                .attr("type", "button")
                .class("rs-button rs-secondary rs-handoff-open")
                .attr("aria-expanded", "false")
                .attr("data-handoff", concat(&[lang.code(), " ", &taps]))
                .child(tn(lang, Msg::HandoffButton)),
        )
        .child(
            el("section")
                .class("rs-handoff-panel")
                .attr("hidden", "hidden")
                .attr("aria-labelledby", "rs-handoff-title")
                .child(
                    el("h3")
                        .attr("id", "rs-handoff-title")
                        .child(tn(lang, Msg::HandoffTitle)),
                )
                .child(
                    el("div")
                        .class("rs-qr")
                        .attr("role", "img")
                        .attr("aria-label", t(lang, Msg::HandoffQr)),
                )
                .child(el("p").child(tn(lang, Msg::HandoffNote)))
                .child(
                    el("button")
                        .attr("type", "button")
                        .class("rs-button rs-secondary rs-handoff-close")
                        .child(tn(lang, Msg::HandoffClose)),
                ),
        )
        .into()
}
