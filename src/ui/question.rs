//! One single-choice question: a fieldset of radio buttons with full-row labels.

use yew::prelude::*;

use super::chrome::Progress;
use super::{on, t, ScreenProps};
use crate::assessment::{Action, Question, Step};
use crate::i18n::{Lang, Msg};

#[function_component]
pub fn QuestionScreen(p: &ScreenProps) -> Html {
    let s = &p.state.0;
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
        <form class="rs-screen rs-question" novalidate=true onsubmit={submit(&p.dispatch)}>
            <Progress lang={lang} step={q.position() + 1} total={Question::ORDER.len()} />
            <fieldset class="rs-fieldset" aria-describedby={describedby} aria-invalid={error.then_some("true")}>
                <legend class="rs-legend">
                    <h2 class="rs-title" tabindex="-1" ref={p.heading.clone()}>{ t(lang, q.title()) }</h2>
                </legend>
                if let Some(h) = hint {
                    <p class="rs-hint" id="rs-hint">{ t(lang, h) }</p>
                }
                <ErrorLine lang={lang} show={error} />
                <div class="rs-options">
                    { for options.into_iter().enumerate().map(|(i, v)| {
                        let d = p.dispatch.clone();
                        let id = format!("rs-opt-{i}");
                        html! {
                            <label class="rs-option" for={id.clone()}>
                                <input type="radio" id={id} name="rs-answer" value={i.to_string()}
                                    checked={v.is_selected(&s.answers)}
                                    onchange={Callback::from(move |_| d.emit(Action::Answer(v)))} />
                                <span class="rs-option-text">{ t(lang, v.label()) }</span>
                            </label>
                        }
                    }) }
                </div>
            </fieldset>
            <Nav lang={lang} dispatch={p.dispatch.clone()} last={false} />
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

#[derive(Clone, PartialEq, Properties)]
pub struct ErrorProps {
    pub lang: Lang,
    pub show: bool,
}

/// Always in the DOM so screen readers pick up the change (aria-live).
#[function_component]
pub fn ErrorLine(p: &ErrorProps) -> Html {
    html! {
        <p class={classes!("rs-error", (!p.show).then_some("rs-empty"))} id="rs-error" aria-live="assertive">
            { if p.show { t(p.lang, Msg::ErrorChooseOne) } else { AttrValue::default() } }
        </p>
    }
}

#[derive(Clone, PartialEq, Properties)]
pub struct NavProps {
    pub lang: Lang,
    pub dispatch: Callback<Action>,
    /// The last question: the forward button opens the result.
    pub last: bool,
}

#[function_component]
pub fn Nav(p: &NavProps) -> Html {
    html! {
        <div class="rs-nav">
            <button type="button" class="rs-button rs-secondary" onclick={on(&p.dispatch, Action::Back)}>
                { t(p.lang, Msg::NavBack) }
            </button>
            <button type="submit" class="rs-button rs-primary">
                { t(p.lang, if p.last { Msg::NavSeeResult } else { Msg::NavNext }) }
            </button>
        </div>
    }
}
