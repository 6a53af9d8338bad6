//! The kiosk idle warning: an alert dialog with a countdown and one large
//! «Fortsett» button, shown before the widget forgets the patient.

use web_sys::HtmlElement;
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
        // Focus moves into the dialog once, when it appears.
        let button = button.clone();
        use_effect_with((), move |_| {
            if let Some(b) = button.cast::<HtmlElement>() {
                let _ = b.focus();
            }
        });
    }
    let body = i18n::format(p.lang, Msg::KioskIdleBody, &[(Var::Seconds, Arg::Num(p.seconds as i64))]);
    let cont = p.on_continue.clone();
    html! {
        <div class="rs-backdrop" lang={p.lang.code()}>
            <div class="rs-dialog" role="alertdialog" aria-modal="true"
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
