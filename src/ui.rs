//! The browser shell (on `crate::dom`): renders the core's state and turns clicks into actions.
//! No clinical decisions here: what to ask and what to advise comes from
//! `crate::assessment`.

mod app;
mod blocks;
mod chrome;
mod display;
mod handoff;
mod kiosk;
mod lang_load;
mod print;
mod question;
mod result;
mod start;
mod thoughts;
mod timeline;
mod urgent;

pub use app::{App, AppMsg, AppProps};
pub use lang_load::set_loader as set_lang_loader;

use std::borrow::Cow;

use web_sys::Event;

use crate::dom::{Callback, Html, NodeRef, Str};
use crate::i18n::{self, Lang, Msg};
pub use crate::strings::{concat, num};

use crate::assessment::{Action, Question, State, Step};

/// A text in the widget's language. Most texts are static: no allocation.
/// (In the wasm, «116 117» and «116 123» already carry a no-break space, so
/// the numbers never break across lines; see build.rs.)
pub fn t(lang: Lang, msg: Msg) -> Str {
    match i18n::static_text(lang, msg) {
        Some(s) => Cow::Borrowed(s),
        None => Cow::Owned(i18n::text(lang, msg)),
    }
}

/// `t` as a text node, for element children. One out-of-line conversion
/// instead of one inlined at each of ~40 call sites (-0.3 KB gzip).
#[inline(never)]
pub fn tn(lang: Lang, msg: Msg) -> Html {
    Html::Text(t(lang, msg))
}

/// What every screen gets from the app. The screens are plain functions, not
/// components: nothing here needs memoisation.
pub struct ScreenProps<'a> {
    pub state: &'a State,
    pub dispatch: &'a Callback<Action>,
    /// The screen's heading: focus moves here on every step.
    pub heading: NodeRef,
    pub kiosk: bool,
    /// `handoff-url` is set: the result offers «Ta med på mobilen».
    pub handoff: bool,
}

/// The screen for the current step. Inlined into `App::view`, as it was
/// before it moved here (0.2 KB gzip of wasm).
#[inline(always)]
pub fn screen(p: &ScreenProps) -> Html {
    match p.state.step {
        Step::Start => start::start_screen(p),
        Step::Question(Question::Thoughts) => thoughts::thoughts_screen(p),
        Step::Question(_) => question::question_screen(p),
        Step::Urgent(_) => urgent::urgent_screen(p),
        Step::Result => result::result_screen(p),
    }
}

/// A click handler that dispatches one action.
pub fn on(dispatch: &Callback<Action>, action: Action) -> Callback<Event> {
    let d = dispatch.clone();
    Callback::from(move |_| d.emit(action))
}
