//! One single-choice question: a fieldset of radio buttons with full-row labels.

use web_sys::Event;

use super::chrome::progress;
use super::{concat, num, on, t, tn, ScreenProps};
use crate::assessment::{Action, AnswerValue, Question, Step};
use crate::dom::{el, Callback, Ev, Html, Str};
use crate::i18n::{Lang, Msg};

pub fn question_screen(p: &ScreenProps) -> Html {
    let s = p.state;
    let lang = s.lang;
    let Step::Question(q) = s.step else {
        return Html::Empty;
    };
    let options = q.options(s.answers.location);
    let error = s.error == Some(q);
    let hint = q.hint();
    let describedby = match (hint.is_some(), error) {
        (true, true) => Some("rs-hint rs-error"),
        (true, false) => Some("rs-hint"),
        (false, true) => Some("rs-error"),
        (false, false) => None,
    };
    let options = options.into_iter().enumerate().map(|(i, v)| {
        let i = num(i as i64);
        let answer = radio(p, v, concat(&["rs-opt-", &i]), Str::Borrowed("rs-answer"));
        answer(Some(i), tn(lang, v.label()))
    });
    el("form")
        .key("question")
        .class("rs-screen rs-question")
        .attr("novalidate", "novalidate")
        .on(Ev::Submit, submit(p.dispatch))
        .child(progress(lang, q.position() + 1, Question::ORDER.len()))
        .child(
            el("fieldset")
                .class("rs-fieldset")
                .attr_opt("aria-describedby", describedby)
                .attr_opt("aria-invalid", error.then_some("true"))
                .child(
                    el("legend").class("rs-legend").child(
                        el("h2")
                            .class("rs-title")
                            .attr("tabindex", "-1")
                            .node_ref(&p.heading)
                            .child(tn(lang, q.title())),
                    ),
                )
                .child(hint.map(|h| {
                    el("p")
                        .class("rs-hint")
                        .attr("id", "rs-hint")
                        .child(tn(lang, h))
                }))
                .child(error_line(lang, error))
                .child(el("div").class("rs-options").children(options)),
        )
        .child(nav(lang, p.dispatch, false))
        .into()
}

/// One answer as a full-row label around its radio button: `id` ties the two,
/// `name` groups the radios of one question (or one statement). Returns the
/// builder for the option's `value` and its label, so callers stay one line.
pub fn radio(
    p: &ScreenProps,
    v: AnswerValue,
    id: String,
    name: Str,
) -> impl FnOnce(Option<String>, Html) -> Html {
    let d = p.dispatch.clone();
    let checked = v.is_selected(&p.state.answers);
    move |value, label| {
        el("label")
            .class("rs-option")
            .attr("for", id.clone())
            .child(
                el("input")
                    .attr("type", "radio")
                    .attr("id", id)
                    .attr("name", name)
                    .attr_opt("value", value)
                    .checked(checked)
                    .on(Ev::Change, move |_| d.emit(Action::Answer(v))),
            )
            .child(el("span").class("rs-option-text").child(label))
            .into()
    }
}

/// Enter or the «Neste» button: go on.
pub fn submit(dispatch: &Callback<Action>) -> Callback<Event> {
    let d = dispatch.clone();
    Callback::from(move |e: Event| {
        e.prevent_default();
        d.emit(Action::Next);
    })
}

/// Always in the DOM so screen readers pick up the change (aria-live).
/// Empty is marked by an attribute (`data-empty`: the stylesheet drops its margin),
/// so the class list stays one literal.
pub fn error_line(lang: Lang, show: bool) -> Html {
    el("p")
        .class("rs-error")
        .attr_opt("data-empty", (!show).then_some(""))
        .attr("id", "rs-error")
        .attr("aria-live", "assertive")
        .child(if show {
            t(lang, Msg::ErrorChooseOne)
        } else {
            Str::Borrowed("")
        })
        .into()
}

/// Back and forward; on the `last` question, forward opens the result.
pub fn nav(lang: Lang, dispatch: &Callback<Action>, last: bool) -> Html {
    el("div")
        .class("rs-nav")
        .child(
            el("button")
                .attr("type", "button")
                .class("rs-button rs-secondary")
                .on(Ev::Click, on(dispatch, Action::Back))
                .child(tn(lang, Msg::NavBack)),
        )
        .child(
            el("button")
                .attr("type", "submit")
                .class("rs-button rs-primary")
                .child(tn(
                    lang,
                    if last {
                        Msg::NavSeeResult
                    } else {
                        Msg::NavNext
                    },
                )),
        )
        .into()
}
