//! One single-choice question: a fieldset of radio buttons with full-row labels.

use yew::prelude::*;

use super::chrome::progress;
use super::{on, t, tn, ScreenProps};
use crate::assessment::{Action, Question, Step};
use crate::i18n::{Lang, Msg};

pub fn question_screen(p: &ScreenProps) -> Html {
    let s = p.state;
    let lang = s.lang;
    let Step::Question(q) = s.step else {
        return html! {};
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
    html! {
        <form key="question" class="rs-screen rs-question" novalidate=true onsubmit={submit(&p.dispatch)}>
            { progress(lang, q.position() + 1, Question::ORDER.len()) }
            <fieldset class="rs-fieldset" aria-describedby={describedby} aria-invalid={error.then_some("true")}>
                <legend class="rs-legend">
                    <h2 class="rs-title" tabindex="-1" ref={p.heading.clone()}>{ tn(lang, q.title()) }</h2>
                </legend>
                if let Some(h) = hint {
                    <p class="rs-hint" id="rs-hint">{ tn(lang, h) }</p>
                }
                { error_line(lang, error) }
                <div class="rs-options">
                    { for options.into_iter().enumerate().map(|(i, v)| {
                        let d = p.dispatch.clone();
                        let id = format!("rs-opt-{i}");
                        html! {
                            <label class="rs-option" for={id.clone()}>
                                <input type="radio" id={id} name="rs-answer" value={i.to_string()}
                                    checked={v.is_selected(&s.answers)}
                                    onchange={Callback::from(move |_| d.emit(Action::Answer(v)))} />
                                <span class="rs-option-text">{ tn(lang, v.label()) }</span>
                            </label>
                        }
                    }) }
                </div>
            </fieldset>
            { nav(lang, &p.dispatch, false) }
        </form>
    }
}

/// Enter or the «Neste» button: go on.
pub fn submit(dispatch: &Callback<Action>) -> Callback<SubmitEvent> {
    let d = dispatch.clone();
    Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        d.emit(Action::Next);
    })
}

/// Always in the DOM so screen readers pick up the change (aria-live).
/// Empty as an attribute, not a class: see `view` in app.rs.
pub fn error_line(lang: Lang, show: bool) -> Html {
    html! {
        <p class="rs-error" data-empty={(!show).then_some("")} id="rs-error" aria-live="assertive">
            { if show { t(lang, Msg::ErrorChooseOne) } else { AttrValue::default() } }
        </p>
    }
}

/// Back and forward; on the `last` question, forward opens the result.
pub fn nav(lang: Lang, dispatch: &Callback<Action>, last: bool) -> Html {
    html! {
        <div class="rs-nav">
            <button type="button" class="rs-button rs-secondary" onclick={on(dispatch, Action::Back)}>
                { tn(lang, Msg::NavBack) }
            </button>
            <button type="submit" class="rs-button rs-primary">
                { tn(lang, if last { Msg::NavSeeResult } else { Msg::NavNext }) }
            </button>
        </div>
    }
}
