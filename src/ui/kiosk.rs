//! The kiosk idle warning: an alert dialog with a countdown and one large
//! «Fortsett» button, shown before the widget forgets the patient.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ShadowRoot};
use yew::prelude::*;

use super::t;
use crate::i18n::{self, Arg, Lang, Msg, Var};

#[derive(Clone, PartialEq, Properties)]
pub struct IdleDialogProps {
    pub lang: Lang,
    pub seconds: u32,
    pub on_continue: Callback<()>,
}

#[function_component]
pub fn IdleDialog(p: &IdleDialogProps) -> Html {
    let button = use_node_ref();
    {
        // Focus moves into the dialog once, when it appears. When «Fortsett»
        // closes it, focus goes back where it was (WCAG 2.4.3): otherwise it
        // falls to the page's <body>, a keyboard user loses their place, and
        // their keys no longer count as activity inside the widget. After a
        // reset that element is gone, and the start heading has focus instead.
        let button = button.clone();
        use_effect_with((), move |_| {
            let before = button.cast::<HtmlElement>().and_then(|b| {
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
        });
    }
    let body = i18n::format(
        p.lang,
        Msg::KioskIdleBody,
        &[(Var::Seconds, Arg::Num(p.seconds as i64))],
    );
    let cont = p.on_continue.clone();
    // Modal for the keyboard too: the button is the only stop, so Tab stays on
    // it (focus must not wander behind the backdrop); Escape also continues.
    let onkeydown = {
        let cont = p.on_continue.clone();
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
        <div class="rs-backdrop" lang={p.lang.code()}>
            <div class="rs-dialog" role="alertdialog" aria-modal="true" {onkeydown}
                aria-labelledby="rs-idle-title" aria-describedby="rs-idle-body">
                <h2 id="rs-idle-title">{ t(p.lang, Msg::KioskIdleTitle) }</h2>
                <p id="rs-idle-body">{ body }</p>
                <button type="button" class="rs-button rs-primary rs-big" ref={button}
                    onclick={Callback::from(move |_| cont.emit(()))}>
                    { t(p.lang, Msg::KioskContinue) }
                </button>
            </div>
        </div>
    }
}
