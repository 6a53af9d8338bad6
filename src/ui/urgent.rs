//! A or B: only the action, the number, what to say, and «Start på nytt».
//! No self-care text here (content spec section 4).

use yew::prelude::*;

use super::blocks::section;
use super::{on, tn, ScreenProps};
use crate::assessment::result::OperatorSay;
use crate::assessment::{result_view, Action, SectionName};
use crate::i18n::{Lang, Msg, Text};

pub fn urgent_screen(p: &ScreenProps) -> Html {
    let s = p.state;
    let lang = s.lang;
    let Some(outcome) = s.outcome() else {
        return html! {};
    };
    let view = result_view(&outcome, &s.answers);
    let operator = view.operator_say(lang);
    html! {
        <div key="urgent" class="rs-screen rs-urgent">
            <h2 class="rs-title rs-headline rs-headline-urgent" tabindex="-1" ref={p.heading.clone()}>
                { tn(lang, view.headline_text) }
            </h2>
            { for view.sections.iter().map(|sec| html! {
                <>
                    { section(lang, sec, p.kiosk) }
                    if sec.name == SectionName::Say {
                        { operator.map(|o| operator_say(lang, &o)).unwrap_or_default() }
                    }
                </>
            }) }
            <div class="rs-nav">
                <button type="button" class="rs-button rs-secondary" onclick={on(&p.dispatch, Action::Restart)}>
                    { tn(lang, Msg::NavRestart) }
                </button>
            </div>
        </div>
    }
}

/// The script again in bokmål for the operator. `lang` and `dir` on the
/// quote: a screen reader switches voice, and in Arabic the Norwegian lines
/// still read left to right.
fn operator_say(lang: Lang, o: &OperatorSay) -> Html {
    let nb: Lang = o.lang;
    html! {
        <div class="rs-section rs-say-nb" data-section="say-nb">
            <p class="rs-say-nb-label">{ tn(lang, o.label) }</p>
            <blockquote class="rs-say" lang={nb.code()} dir={nb.dir()}>
                <p>{ Text::urgent_say_where(o.location_key).render(nb) }</p>
                <p>{ tn(nb, o.statement) }</p>
            </blockquote>
        </div>
    }
}
