//! The kiosk idle warning: an alert dialog with a countdown and one large
//! «Fortsett» button, shown before the widget forgets the patient.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ShadowRoot};
use yew::prelude::*;

use super::tn;
use crate::i18n::{self, Arg, Lang, Msg, Var};

/// The dialog. `button` is its «Fortsett» button: the app moves focus there
/// when the dialog appears and back when it goes ([`focus_while_open`]).
pub fn idle_dialog(lang: Lang, seconds: u32, on_continue: &Callback<()>, button: &NodeRef) -> Html {
    let body = i18n::format(
        lang,
        Msg::KioskIdleBody,
        &[(Var::Seconds, Arg::Num(seconds as i64))],
    );
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

/// Focus moves into the dialog when it appears (`open`). When «Fortsett»
/// closes it, focus goes back where it was (WCAG 2.4.3): otherwise it falls to
/// the page's <body>, a keyboard user loses their place, and their keys no
/// longer count as activity inside the widget. After a reset that element is
/// gone, and the start heading has focus instead.
/// Returns the effect's cleanup, for `use_effect_with(open, …)`.
pub fn focus_while_open(open: bool, button: &NodeRef) -> impl FnOnce() {
    let before = button.cast::<HtmlElement>().filter(|_| open).and_then(|b| {
        let previous = b
            .get_root_node()
            .dyn_ref::<ShadowRoot>()
            .and_then(|r| r.active_element())
            .and_then(|e| e.dyn_into::<HtmlElement>().ok());
        let _ = b.focus();
        previous
    });
    move || {
        if let Some(e) = before.filter(|e| e.is_connected()) {
            let _ = e.focus();
        }
    }
}
