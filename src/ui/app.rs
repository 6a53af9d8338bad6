//! The root component: one patient's session (the core's `State`, driven by
//! `State::reduce`) and, in kiosk mode, the idle timer that forgets them.
//!
//! One component on `crate::dom`'s app loop. A kiosk reset replaces the state with a fresh one and renders
//! the session under a new key, so no DOM of the previous patient survives.
//!
//! Idle time is wall-clock time: a kiosk that sleeps, a throttled background
//! tab or a frozen page fires far fewer ticks than seconds pass, so every tick
//! and every wake event (visibilitychange, pageshow, focus, resume; the loader
//! listens once for all widgets) compares the last activity with `Date.now()`,
//! and waking after the deadline resets at once.

use gloo_timers::callback::Interval;
use web_sys::{Event, HtmlElement};

use super::chrome::{footer, header};
use super::display::{tools, Display, Prefs};
use super::kiosk::{idle_dialog, DialogFocus};
use super::lang_load::LangLoad;
use super::ScreenProps;
use crate::assessment::{Action, State};
use crate::dom::{el, Callback, Component, Context, Ev, Html, NodeRef};
use crate::embed::{Mode, Settings};
use crate::i18n::{Lang, Msg};

/// Seconds the idle warning shows before the reset (WCAG 2.2.1 asks for ≥ 20).
pub const IDLE_GRACE_SECONDS: u32 = 30;

/// The parsed attributes, as they are: `Settings` is the one type from
/// attribute parsing to here.
#[derive(Clone, PartialEq)]
pub struct AppProps {
    pub settings: Settings,
}

pub enum AppMsg {
    /// The patient did something the core decides on.
    Action(Action),
    /// One second of the kiosk idle timer.
    Tick,
    /// The page became visible, was shown, focused or resumed (the loader
    /// listens, `Widget::wake`): check the time now.
    Wake,
    /// Any touch, key or pointer event inside the widget.
    Activity,
    /// «Fortsett» (or Escape) in the idle warning.
    Continue,
    /// The loader added a language's texts (no note), or could not: its
    /// note, in that language (`Widget::lang_ready`).
    LangReady(Lang, Option<String>),
    /// Text size or contrast changed.
    Prefs(Prefs),
}

pub struct App {
    state: State,
    /// Bumped by every kiosk reset: the session's key.
    generation: u32,
    /// Seconds left before the reset, while the warning shows.
    warning: Option<u32>,
    /// Ticks without activity (whole seconds, as the countdown shows them).
    idle: u32,
    /// `Date.now()` at the last activity: the clock the ticks may fall behind.
    last_activity: f64,
    /// Only a session someone has touched needs forgetting.
    touched: bool,
    /// The screen's heading: focus moves here on every step, never on page load
    /// (a widget must not steal focus from the page around it).
    heading: NodeRef,
    focus_heading: bool,
    dialog_button: NodeRef,
    dialog_focus: DialogFocus,
    tick: Option<Interval>,
    langs: LangLoad,
    /// Text size and contrast: the patient's, so a kiosk reset restores the defaults.
    prefs: Prefs,
}

impl App {
    fn start_timer(ctx: &Context<Self>) -> Option<Interval> {
        let link = ctx.link().clone();
        (ctx.props().settings.mode == Mode::Kiosk)
            .then(|| Interval::new(1_000, move || link.send_message(AppMsg::Tick)))
    }

    /// Warns or resets by the time since the last activity: the larger of the
    /// ticks counted and the wall clock (ticks stop while the device sleeps).
    fn check_idle(&mut self, ctx: &Context<Self>) -> bool {
        // Wake events reach every widget: an embedded one never forgets by time.
        if !self.touched || ctx.props().settings.mode != Mode::Kiosk {
            return false;
        }
        // `as u32` saturates: a clock set backwards gives 0, never a panic.
        let wall = ((js_sys::Date::now() - self.last_activity) / 1000.0) as u32;
        let idle = self.idle.max(wall);
        let limit = ctx.props().settings.idle_seconds;
        let warning = if idle < limit {
            None
        } else {
            match (limit + IDLE_GRACE_SECONDS).saturating_sub(idle) {
                0 => {
                    self.reset(ctx);
                    return true;
                }
                left => Some(left),
            }
        };
        let changed = warning != self.warning;
        self.warning = warning;
        changed
    }

    fn active(&mut self) {
        self.idle = 0;
        self.last_activity = js_sys::Date::now();
    }

    /// Re-renders in `lang` (keeping the answers), if there is one.
    fn switch(state: &mut State, lang: Option<Lang>) -> bool {
        let Some(lang) = lang else { return false };
        *state = state.reduce(Action::SetLang(lang));
        true
    }

    /// Forgets the patient: fresh state in the embedding page's language.
    fn reset(&mut self, ctx: &Context<Self>) {
        self.state = State::new(self.langs.want(ctx.props().settings.lang, Lang::BUILTIN));
        self.generation = self.generation.wrapping_add(1);
        self.idle = 0;
        self.touched = false;
        self.warning = None;
        self.focus_heading = true;
        self.prefs = Prefs::default();
    }
}

impl Component for App {
    type Message = AppMsg;
    type Properties = AppProps;

    fn create(ctx: &Context<Self>) -> Self {
        let mut langs = LangLoad::default();
        App {
            state: State::new(langs.want(ctx.props().settings.lang, Lang::BUILTIN)),
            langs,
            generation: 0,
            warning: None,
            idle: 0,
            touched: false,
            heading: NodeRef::default(),
            focus_heading: false,
            dialog_button: NodeRef::default(),
            dialog_focus: DialogFocus::default(),
            last_activity: 0.0,
            tick: Self::start_timer(ctx),
            prefs: Prefs::default(),
        }
    }

    fn update(&mut self, ctx: &Context<Self>, msg: AppMsg) -> bool {
        match msg {
            AppMsg::Action(Action::SetLang(wanted)) => {
                let lang = self.langs.want(wanted, self.state.lang);
                self.state = self.state.reduce(Action::SetLang(lang));
                true
            }
            AppMsg::LangReady(lang, note) => {
                Self::switch(&mut self.state, self.langs.ready(lang, note))
            }
            AppMsg::Action(action) => {
                let next = self.state.reduce(action);
                if next == self.state {
                    return false;
                }
                self.focus_heading |= next.step != self.state.step;
                self.state = next;
                true
            }
            AppMsg::Tick => {
                self.idle = self.idle.saturating_add(1);
                self.check_idle(ctx)
            }
            AppMsg::Wake => self.check_idle(ctx),
            // While the warning shows, only its button (or Escape) continues. If any
            // pointerdown closed it, the dialog would vanish under the finger and the
            // rest of the tap (mouseup, click) would land on whatever lies beneath,
            // e.g. an answer or «Start på nytt»; focus would also fall to the page.
            AppMsg::Activity => {
                if self.warning.is_none() {
                    self.active();
                    self.touched = true;
                }
                false
            }
            AppMsg::Continue => {
                self.active();
                self.warning = None;
                true
            }
            AppMsg::Prefs(prefs) => std::mem::replace(&mut self.prefs, prefs) != prefs,
        }
    }

    /// The embedding page changed an attribute: follow it in place. The
    /// patient's answers stay; only a kiosk reset or «Start på nytt» forgets them.
    fn changed(&mut self, ctx: &Context<Self>, old: &AppProps) -> bool {
        let (new, old) = (&ctx.props().settings, &old.settings);
        if new.lang != old.lang {
            let lang = self.langs.want(new.lang, self.state.lang);
            self.state = self.state.reduce(Action::SetLang(lang));
        }
        if (new.mode, new.idle_seconds) != (old.mode, old.idle_seconds) {
            // The idle count and its warning belong to the old limit (or to a
            // kiosk the widget no longer is): start counting afresh.
            self.active();
            self.warning = None;
        }
        if new.mode != old.mode {
            self.tick = Self::start_timer(ctx);
        }
        true
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let s = &self.state;
        let lang = s.lang;
        let kiosk = ctx.props().settings.mode == Mode::Kiosk;
        let dispatch = ctx.link().callback(AppMsg::Action);
        let screen = ScreenProps {
            state: s,
            dispatch: &dispatch,
            heading: self.heading.clone(),
            kiosk,
            handoff: ctx.props().settings.handoff,
        };
        let body = super::screen(&screen);
        let link = ctx.link();
        let display = Display {
            lang,
            kiosk,
            read_aloud: ctx.props().settings.can_read_aloud(lang),
            prefs: self.prefs,
            on_change: link.callback(AppMsg::Prefs),
        };
        let activity = || link.callback(|_: Event| AppMsg::Activity);
        // The language the patient sees now (they may have switched in the
        // widget): they must be able to read that their answers are about to go.
        let dialog = self.warning.map(|left| {
            idle_dialog(
                lang,
                left,
                &link.callback(|()| AppMsg::Continue),
                &self.dialog_button,
            )
        });
        el("div")
            .attr("class", self.prefs.root_class())
            .attr("dir", lang.dir())
            .on(Ev::PointerDown, activity())
            // A kiosk offers no context menu: its entries (open in a new tab,
            // search, share) lead out of the kiosk, to a page that keeps no reset.
            .on_opt(
                Ev::ContextMenu,
                kiosk.then(|| Callback::from(|e: Event| e.prevent_default())),
            )
            .on(Ev::KeyDown, activity())
            .on(Ev::TouchStart, activity())
            .on(Ev::Input, activity())
            .child(
                el("section")
                    .key(super::num(self.generation.into()))
                    .class("rs")
                    .attr_opt("data-kiosk", kiosk.then_some(""))
                    .attr("lang", lang.code())
                    .attr("aria-label", super::t(lang, Msg::AppLabel))
                    .child(self.langs.note())
                    .child(header(lang, &dispatch, tools(&display)))
                    .child(body)
                    .child(footer(lang)),
            )
            .child(dialog)
            .into()
    }

    fn rendered(&mut self, _ctx: &Context<Self>, _first_render: bool) {
        self.dialog_focus
            .follow(self.warning.is_some(), &self.dialog_button);
        if std::mem::take(&mut self.focus_heading) {
            if let Some(h) = self.heading.cast::<HtmlElement>() {
                let _ = h.focus();
            }
        }
    }
}
