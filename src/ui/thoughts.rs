//! The optional thoughts-and-feelings statements: agree / disagree each.

use yew::prelude::*;

use super::chrome::progress;
use super::question::{nav, submit};
use super::{tn, ScreenProps};
use crate::assessment::{Action, Agreement, AnswerValue, Question, Thought};

pub fn thoughts_screen(p: &ScreenProps) -> Html {
    let s = p.state;
    let lang = s.lang;
    let q = Question::Thoughts;
    html! {
        <form key="thoughts" class="rs-screen rs-question" novalidate=true onsubmit={submit(&p.dispatch)}>
            { progress(lang, q.position() + 1, Question::ORDER.len()) }
            <h2 class="rs-title" tabindex="-1" ref={p.heading.clone()}>{ tn(lang, q.title()) }</h2>
            if let Some(h) = q.hint() {
                <p class="rs-hint">{ tn(lang, h) }</p>
            }
            { for Thought::ALL.iter().map(|&th| html! {
                <fieldset class="rs-fieldset rs-statement">
                    <legend class="rs-legend rs-statement-text">{ tn(lang, th.label()) }</legend>
                    <div class="rs-options rs-options-inline">
                        { for Agreement::ALL.iter().map(|&ag| {
                            let v = AnswerValue::Thought(th, ag);
                            let d = p.dispatch.clone();
                            let id = format!("rs-th-{}-{}", th.index(), ag as usize);
                            html! {
                                <label class="rs-option" for={id.clone()}>
                                    <input type="radio" id={id} name={format!("rs-thought-{}", th.index())}
                                        checked={v.is_selected(&s.answers)}
                                        onchange={Callback::from(move |_| d.emit(Action::Answer(v)))} />
                                    <span class="rs-option-text">{ tn(lang, ag.label()) }</span>
                                </label>
                            }
                        }) }
                    </div>
                </fieldset>
            }) }
            { nav(lang, &p.dispatch, true) }
        </form>
    }
}
