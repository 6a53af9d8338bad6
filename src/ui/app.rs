//! The root component. `App` owns the kiosk session lifecycle; `Session`
//! owns one patient's answers. A kiosk reset remounts `Session` under a new
//! key, so nothing of the previous patient survives.

use gloo_timers::callback::Interval;
use web_sys::HtmlElement;
use yew::prelude::*;

use super::chrome::{footer, header};
use super::kiosk::{focus_while_open, idle_dialog};
use super::{
    question::question_screen, result::result_screen, start::start_screen,
    thoughts::thoughts_screen, urgent::urgent_screen, Model, ScreenProps,
};
use crate::assessment::{Action, Question, State, Step};
use crate::embed::Mode;
use crate::i18n::{Lang, Msg};

/// Seconds the idle warning shows before the reset (WCAG 2.2.1 asks for ≥ 20).
pub const IDLE_GRACE_SECONDS: u32 = 30;

#[derive(Clone, PartialEq, Properties)]
pub struct AppProps {
    pub lang: Lang,
    pub mode: Mode,
    pub idle_seconds: u32,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let kiosk = props.mode == Mode::Kiosk;
    let generation = use_state(|| 0u32);
    // Seconds left before the reset, while the warning shows.
    let warning = use_state(|| None::<u32>);
    let idle = use_mut_ref(|| 0u32);
    // Only a session someone has touched needs forgetting.
    let touched = use_mut_ref(|| false);
    // The language the patient sees now (they may have switched in the widget):
    // the idle warning must speak it, or they cannot read that they are about
    // to lose their answers. Reported by `Session`; a reset starts over from
    // the attribute's language.
    let shown_lang = use_state_eq(|| props.lang);
    let on_lang = {
        let shown = shown_lang.clone();
        // Stable across renders, so the countdown does not re-render `Session`.
        use_callback((), move |l: Lang, _| shown.set(l))
    };

    {
        let (generation, warning, idle, touched) = (
            generation.clone(),
            warning.clone(),
            idle.clone(),
            touched.clone(),
        );
        let limit = props.idle_seconds;
        use_effect_with((kiosk, limit), move |&(kiosk, limit)| {
            let tick = kiosk.then(|| {
                Interval::new(1_000, move || {
                    if !*touched.borrow() {
                        return;
                    }
                    let elapsed = {
                        let mut i = idle.borrow_mut();
                        *i += 1;
                        *i
                    };
                    if elapsed < limit {
                        return;
                    }
                    let left = (limit + IDLE_GRACE_SECONDS).saturating_sub(elapsed);
                    if left == 0 {
                        *idle.borrow_mut() = 0;
                        *touched.borrow_mut() = false;
                        warning.set(None);
                        generation.set(*generation + 1);
                    } else {
                        warning.set(Some(left));
                    }
                })
            });
            move || drop(tick)
        });
    }

    // While the warning shows, only its button (or Escape) continues. If any
    // pointerdown closed it, the dialog would vanish under the finger and the
    // rest of the tap (mouseup, click) would land on whatever lies beneath,
    // e.g. an answer or «Start på nytt»; focus would also fall to the page.
    let on_activity = {
        let (warning, idle, touched) = (warning.clone(), idle.clone(), touched.clone());
        Callback::from(move |_: ()| {
            if warning.is_some() {
                return;
            }
            *idle.borrow_mut() = 0;
            *touched.borrow_mut() = true;
        })
    };
    let dialog_button = use_node_ref();
    {
        let button = dialog_button.clone();
        use_effect_with(warning.is_some(), move |&open| {
            focus_while_open(open, &button)
        });
    }
    let on_continue = {
        let (warning, idle) = (warning.clone(), idle.clone());
        Callback::from(move |_: ()| {
            *idle.borrow_mut() = 0;
            warning.set(None);
        })
    };

    html! {
        <div class="rs-host" onpointerdown={activity(&on_activity)} onkeydown={activity(&on_activity)}
            ontouchstart={activity(&on_activity)} oninput={activity(&on_activity)}>
            <Session key={*generation} lang={props.lang} kiosk={kiosk} focus_on_mount={*generation > 0}
                on_lang={on_lang} />
            if let Some(left) = *warning {
                { idle_dialog(*shown_lang, left, &on_continue, &dialog_button) }
            }
        </div>
    }
}

/// Any touch, key or pointer event inside the widget counts as activity.
fn activity<E: 'static>(cb: &Callback<()>) -> Callback<E> {
    let cb = cb.clone();
    Callback::from(move |_: E| cb.emit(()))
}

#[derive(Clone, PartialEq, Properties)]
pub struct SessionProps {
    pub lang: Lang,
    pub kiosk: bool,
    /// After a kiosk reset the start heading gets focus; on page load nothing does.
    pub focus_on_mount: bool,
    /// Told the language on screen whenever it changes (for the idle warning).
    pub on_lang: Callback<Lang>,
}

#[function_component]
pub fn Session(props: &SessionProps) -> Html {
    let state = use_reducer_eq(|| Model(State::new(props.lang)));
    let heading = use_node_ref();
    let first_step = use_mut_ref(|| !props.focus_on_mount);

    // The embedding page changed the `lang` attribute: follow it, keep answers.
    {
        let dispatch = state.dispatcher();
        use_effect_with(props.lang, move |lang| {
            dispatch.dispatch(Action::SetLang(*lang))
        });
    }

    {
        let on_lang = props.on_lang.clone();
        use_effect_with(state.0.lang, move |lang| on_lang.emit(*lang));
    }

    // Focus the new screen's heading on every step, but not on page load:
    // a widget must not steal focus from the page around it.
    {
        let heading = heading.clone();
        use_effect_with(state.0.step, move |_| {
            if std::mem::replace(&mut *first_step.borrow_mut(), false) {
                return;
            }
            if let Some(h) = heading.cast::<HtmlElement>() {
                let _ = h.focus();
            }
        });
    }

    let s = &state.0;
    let lang = s.lang;
    let dispatch = {
        let d = state.dispatcher();
        Callback::from(move |a: Action| d.dispatch(a))
    };
    let screen = ScreenProps {
        state: s,
        dispatch: &dispatch,
        heading,
        kiosk: props.kiosk,
    };
    let body = match s.step {
        Step::Start => start_screen(&screen),
        Step::Question(Question::Thoughts) => thoughts_screen(&screen),
        Step::Question(_) => question_screen(&screen),
        Step::Urgent(_) => urgent_screen(&screen),
        Step::Result => result_screen(&screen),
    };
    // Plain strings, not `classes!`: Yew's `Classes` costs ~1 KB gzip of wasm.
    let class = if props.kiosk { "rs rs-kiosk" } else { "rs" };
    html! {
        <section class={class} lang={lang.code()} aria-label={super::t(lang, Msg::AppLabel)}>
            { header(lang, &dispatch) }
            { body }
            { footer(lang) }
        </section>
    }
}
