//! The optional thoughts-and-feelings statements: agree / disagree each.

use super::chrome::progress;
use super::question::{nav, radio, submit};
use super::{concat, num, tn, ScreenProps};
use crate::assessment::{Agreement, AnswerValue, Question, Thought};
use crate::dom::{el, Ev, Html};

pub fn thoughts_screen(p: &ScreenProps) -> Html {
    let s = p.state;
    let lang = s.lang;
    let q = Question::Thoughts;
    let statements = Thought::ALL.iter().map(|&th| {
        let options = Agreement::ALL.iter().map(move |&ag| {
            let v = AnswerValue::Thought(th, ag);
            let (th_i, ag_i) = (num(th.index() as i64), num(ag as i64));
            let id = concat(&["rs-th-", &th_i, "-", &ag_i]);
            let name = concat(&["rs-thought-", &th_i]);
            radio(p, v, id, name.into())(None, tn(lang, ag.label()))
        });
        el("fieldset")
            .class("rs-fieldset rs-statement")
            .child(
                el("legend")
                    .class("rs-legend rs-statement-text")
                    .child(tn(lang, th.label())),
            )
            .child(
                el("div")
                    .class("rs-options rs-options-inline")
                    .children(options),
            )
    });
    el("form")
        .key("thoughts")
        .class("rs-screen rs-question")
        .attr("novalidate", "novalidate")
        .on(Ev::Submit, submit(p.dispatch))
        .child(progress(lang, q.position() + 1, Question::ORDER.len()))
        .child(
            el("h2")
                .class("rs-title")
                .attr("tabindex", "-1")
                .node_ref(&p.heading)
                .child(tn(lang, q.title())),
        )
        .child(
            q.hint()
                .map(|h| el("p").class("rs-hint").child(tn(lang, h))),
        )
        .children(statements)
        .child(nav(lang, p.dispatch, true))
        .into()
}
