//! A or B: only the action, the number, what to say, and «Start på nytt».
//! No self-care text here (content spec section 4).

use super::blocks::section;
use super::{on, tn, ScreenProps};
use crate::assessment::result::OperatorSay;
use crate::assessment::{result_view, Action, SectionName};
use crate::dom::{el, Ev, Html};
use crate::i18n::{Lang, Msg, Text};

pub fn urgent_screen(p: &ScreenProps) -> Html {
    let s = p.state;
    let lang = s.lang;
    let Some(outcome) = s.outcome() else {
        return Html::Empty;
    };
    let view = result_view(&outcome, &s.answers);
    let operator = view.operator_say(lang);
    let sections = view.sections.iter().map(|sec| {
        let say = (sec.name == SectionName::Say).then(|| {
            operator
                .as_ref()
                .map(|o| operator_say(lang, o))
                .unwrap_or_default()
        });
        Html::List(vec![section(lang, sec, p.kiosk), say.into()])
    });
    el("div")
        .key("urgent")
        .class("rs-screen rs-urgent")
        .child(
            el("h2")
                .class("rs-title rs-headline rs-headline-urgent")
                .attr("tabindex", "-1")
                .node_ref(&p.heading)
                .child(tn(lang, view.headline_text)),
        )
        .children(sections)
        .child(
            el("div").class("rs-nav").child(
                el("button")
                    .attr("type", "button")
                    .class("rs-button rs-secondary")
                    .on(Ev::Click, on(p.dispatch, Action::Restart))
                    .child(tn(lang, Msg::NavRestart)),
            ),
        )
        .into()
}

/// The script again in bokmål for the operator. `lang` and `dir` on the
/// quote: a screen reader switches voice, and in Arabic the Norwegian lines
/// still read left to right.
fn operator_say(lang: Lang, o: &OperatorSay) -> Html {
    let nb: Lang = o.lang;
    el("div")
        .class("rs-section rs-say-nb")
        .attr("data-section", "say-nb")
        .child(el("p").class("rs-say-nb-label").child(tn(lang, o.label)))
        .child(
            el("blockquote")
                .class("rs-say")
                .attr("lang", nb.code())
                .attr("dir", nb.dir())
                .child(el("p").child(Text::urgent_say_where(o.location_key).render(nb)))
                .child(el("p").child(tn(nb, o.statement))),
        )
        .into()
}
