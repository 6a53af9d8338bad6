//! The kiosk idle warning: an alert dialog with a countdown and one large
//! «Fortsett» button, shown before the widget forgets the patient.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent, ShadowRoot};

use crate::dom::{el, Callback, Ev, Html, NodeRef};

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
        move |e: web_sys::Event| {
            let Some(key) = e.dyn_ref::<KeyboardEvent>().map(|k| k.key()) else {
                return;
            };
            match key.as_str() {
                "Tab" => e.prevent_default(),
                "Escape" => {
                    e.prevent_default();
                    cont.emit(());
                }
                _ => {}
            }
        }
    };
    el("div")
        .class("rs-backdrop")
        .attr("lang", lang.code())
        .child(
            el("div")
                .class("rs-dialog")
                .attr("role", "alertdialog")
                .attr("aria-modal", "true")
                .on(Ev::KeyDown, onkeydown)
                .attr("aria-labelledby", "rs-idle-title")
                .attr("aria-describedby", "rs-idle-body")
                .child(
                    el("h2")
                        .attr("id", "rs-idle-title")
                        .child(tn(lang, Msg::KioskIdleTitle)),
                )
                .child(el("p").attr("id", "rs-idle-body").child(body))
                .child(
                    el("button")
                        .attr("type", "button")
                        .class("rs-button rs-primary rs-big")
                        .node_ref(button)
                        .on(Ev::Click, move |_| cont.emit(()))
                        .child(tn(lang, Msg::KioskContinue)),
                ),
        )
        .into()
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
