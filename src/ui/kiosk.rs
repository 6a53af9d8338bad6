//! The kiosk idle warning: an alert dialog with a countdown and one large
//! «Fortsett» button, shown before the widget forgets the patient.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ShadowRoot};
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

/// Whether the idle dialog was on screen at the last render, and what had
/// focus before it appeared.
#[derive(Default)]
pub struct DialogFocus {
    open: bool,
    before: Option<HtmlElement>,
}

impl DialogFocus {
    /// Focus moves into the idle dialog once, when it appears. When «Fortsett»
    /// closes it, focus goes back where it was (WCAG 2.4.3): otherwise it falls
    /// to the page's <body>, a keyboard user loses their place, and their keys
    /// no longer count as activity inside the widget. After a reset that
    /// element is gone, and the start heading gets focus instead.
    pub fn follow(&mut self, open: bool, button: &NodeRef) {
        if open && !self.open {
            if let Some(button) = button.cast::<HtmlElement>() {
                self.before = button
                    .get_root_node()
                    .dyn_ref::<ShadowRoot>()
                    .and_then(|r| r.active_element())
                    .and_then(|e| e.dyn_into::<HtmlElement>().ok());
                let _ = button.focus();
            }
        } else if !open && self.open {
            if let Some(e) = self.before.take().filter(|e| e.is_connected()) {
                let _ = e.focus();
            }
        }
        self.open = open;
    }
}
