//! The kiosk idle warning: an alert dialog with a countdown and one large
//! «Fortsett» button, shown before the widget forgets the patient.

use yew::prelude::*;

use super::tn;
use crate::i18n::{Lang, Msg, Text};

/// The dialog. `button` is its «Fortsett» button: the app moves focus there
/// when the dialog appears and back when it goes (`App::rendered`).
pub fn idle_dialog(lang: Lang, seconds: u32, on_continue: &Callback<()>, button: &NodeRef) -> Html {
    let body = Text::kiosk_idle_body(i64::from(seconds)).render(lang);
    let cont = on_continue.clone();
    // Modal for the keyboard too: the button is the only stop, so Tab stays on
    // it (focus must not wander behind the backdrop); Escape also continues.
    let onkeydown = {
        let cont = on_continue.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Tab" => e.prevent_default(),
            "Escape" => {
                e.prevent_default();
                cont.emit(());
            }
            _ => {}
        })
    };
    html! {
        <div class="rs-backdrop" lang={lang.code()}>
            <div class="rs-dialog" role="alertdialog" aria-modal="true" {onkeydown}
                aria-labelledby="rs-idle-title" aria-describedby="rs-idle-body">
                <h2 id="rs-idle-title">{ tn(lang, Msg::KioskIdleTitle) }</h2>
                <p id="rs-idle-body">{ body }</p>
                <button type="button" class="rs-button rs-primary rs-big" ref={button.clone()}
                    onclick={Callback::from(move |_| cont.emit(()))}>
                    { tn(lang, Msg::KioskContinue) }
                </button>
            </div>
        </div>
    }
}
