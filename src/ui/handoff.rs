//! «Ta med på mobilen» (issue 17): the button and the panel the QR code goes
//! into. The panel is rendered hidden; the loader shows it, fetches the QR
//! module (with SRI, only now) and draws the code of `handoff-url#fragment`,
//! the fragment made there from the taps on the button, so the wasm that
//! every patient downloads holds neither the QR encoder nor the link format. The loader
//! also hides it again after ~60 s; the kiosk's idle reset removes the whole
//! result screen, panel and code with it.

use yew::prelude::*;

use super::{t, tn};
use crate::assessment::State;
use crate::i18n::{Lang, Msg};

pub fn handoff(lang: Lang, state: &State) -> Html {
    // None on urgent screens and unfinished journeys: the core decides. The
    // link itself is made in qr.wasm (handoff-qr.js), from these taps.
    let Some(taps) = ryggsjekk_core::handoff::taps(state) else {
        return html! {};
    };
    html! {
        <div class="rs-handoff">
            <button type="button" class="rs-button rs-secondary rs-handoff-open" aria-expanded="false" data-handoff={format!("{} {taps}", lang.code())}>
                { tn(lang, Msg::HandoffButton) }
            </button>
            <section class="rs-handoff-panel" hidden=true aria-labelledby="rs-handoff-title">
                <h3 id="rs-handoff-title">{ tn(lang, Msg::HandoffTitle) }</h3>
                <div class="rs-qr" role="img" aria-label={t(lang, Msg::HandoffQr)}></div>
                <p>{ tn(lang, Msg::HandoffNote) }</p>
                <button type="button" class="rs-button rs-secondary rs-handoff-close">
                    { tn(lang, Msg::HandoffClose) }
                </button>
            </section>
        </div>
    }
}
