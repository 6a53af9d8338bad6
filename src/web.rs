//! The wasm exports: one `Widget` per `<ryggsjekk-widget>` element. The JS
//! loader owns the custom element and the shadow root; this owns the app
//! inside it (`crate::dom`'s app loop). No globals: every widget has its own app and state.
//!
//! Panics: `set_panic_handler` installs a panic hook that hands the message to
//! a JS function of the loader before the wasm traps. All widgets on a page
//! share one wasm instance, and after a trap its memory may be inconsistent, so
//! the loader then replaces every widget with its static fallback (113, 116 117).
//!
//! The `test-panic` cargo feature (test builds only, never in dist/) adds ways
//! to make the widget panic on purpose, and the marker export
//! `ryggsjekk_test_panic_build`; tests/e2e/hardening.spec.mjs proves the release
//! wasm has neither.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::dom::AppHandle;
use crate::embed::{self, Settings};
use crate::i18n::{asset, Lang};
use crate::ui::{self, App, AppMsg, AppProps};

#[wasm_bindgen]
pub struct Widget {
    handle: Option<AppHandle<App>>,
    settings: Settings,
    /// The warnings about the current attributes, already printed once.
    warnings: Vec<String>,
}

fn warn<'a>(messages: impl Iterator<Item = &'a String>) {
    for m in messages {
        web_sys::console::warn_1(&JsValue::from_str(m));
    }
}

/// The attributes as settings. Out of line: the constructor and every change
/// share one copy of the parsing and its warnings in the wasm. `attributes`:
/// lang, the page's lang, mode, idle-seconds, read-aloud, the languages with
/// an on-device voice, handoff-url; each a string, or null when absent. One
/// array, not seven `Option<String>` arguments: their glue was ~4 KB of wasm
/// (the JS strings then cross one by one, in `as_string`).
#[inline(never)]
fn parse(attributes: &[JsValue]) -> (Settings, Vec<String>) {
    let a: [Option<String>; 7] =
        core::array::from_fn(|i| attributes.get(i).and_then(JsValue::as_string));
    let [lang, page_lang, mode, idle_seconds, read_aloud, local_voices, handoff_url] = &a;
    let (mut settings, mut warnings) = embed::parse(
        lang.as_deref(),
        page_lang.as_deref(),
        mode.as_deref(),
        idle_seconds.as_deref(),
        read_aloud.as_deref(),
        local_voices.as_deref(),
    );
    settings.handoff = embed::parse_handoff_url(handoff_url.as_deref(), &mut warnings);
    (settings, warnings)
}

thread_local! {
    /// The loader's `onPanic(message)`; called once, from the panic hook.
    static PANIC_HANDLER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// Installs the panic hook (a std panic hook). `handler(message)` is called with the panic
/// message, before the wasm traps; the loader shows the fallback everywhere.
#[wasm_bindgen]
pub fn set_panic_handler(handler: js_sys::Function) {
    PANIC_HANDLER.with(|h| *h.borrow_mut() = Some(handler));
    std::panic::set_hook(Box::new(|info| {
        let message = JsValue::from_str(&panic_message(info));
        // try_with/try_borrow: a panic while the handler is being replaced, or
        // during thread-local teardown, must not panic again inside the hook.
        let handler = PANIC_HANDLER
            .try_with(|h| h.try_borrow().ok().and_then(|h| h.clone()))
            .ok()
            .flatten();
        match handler {
            Some(f) => {
                let _ = f.call1(&JsValue::NULL, &message);
            }
            None => web_sys::console::error_1(&message),
        }
    }));
}

/// What `info.to_string()` says ("panicked at src/x.rs:1:2:\nwhat"), built
/// without `core::fmt`: its Display pulled ~1 KB of it into the wasm.
fn panic_message(info: &std::panic::PanicHookInfo) -> String {
    let mut m = String::from("panicked at ");
    if let Some(l) = info.location() {
        m.push_str(l.file());
        for n in [l.line(), l.column()] {
            m += ":";
            crate::strings::push_num(&mut m, n.into());
        }
    }
    m.push_str(":\n");
    // What `payload_as_str` (Rust 1.91) does: `panic!` with arguments
    // carries a String, a plain one a &str.
    let p = info.payload();
    let what = p.downcast_ref::<&str>().copied();
    m.push_str(
        what.or_else(|| p.downcast_ref::<String>().map(String::as_str))
            .unwrap_or("(no message)"),
    );
    m
}

/// Only in test builds: proves a wasm was built with `test-panic`.
#[cfg(feature = "test-panic")]
#[wasm_bindgen]
pub fn ryggsjekk_test_panic_build() -> bool {
    true
}

/// Test builds only: `data-ryggsjekk-test-panic` on the host element makes the
/// widget panic at mount (`mount`) or in a click handler (`click`: the first
/// click anywhere inside the widget), like a bug in an event handler would.
#[cfg(feature = "test-panic")]
fn arm_test_panic(root: &Element) {
    use wasm_bindgen::JsCast;
    let host = root
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .ok()
        .map(|shadow| shadow.host());
    let kind = host.and_then(|h| h.get_attribute("data-ryggsjekk-test-panic"));
    match kind.as_deref() {
        Some("mount") => panic!("ryggsjekk test-panic: at mount"),
        Some("click") => {
            let on_click = Closure::<dyn FnMut(web_sys::Event)>::new(|_: web_sys::Event| {
                panic!("ryggsjekk test-panic: in a click handler");
            });
            let _ =
                root.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
            on_click.forget();
        }
        _ => {}
    }
}

/// Installs the loader's `needTexts(lang)`: a widget calls it for a language
/// whose texts are not in yet, and the loader answers every widget with
/// `lang_ready` (see `src/ui/lang_load.rs`). Without it such a language
/// shows bokmål. Languages cross as their index in `Lang::ALL` (`LANGS` in
/// the loader's generated data): no string to pass or compare.
#[wasm_bindgen]
pub fn set_lang_loader(loader: js_sys::Function) {
    ui::set_lang_loader(loader);
}

/// A language's texts, fetched by the loader (`texts.<lang>.<hash>.bin`,
/// UTF-8 checked by its `TextDecoder`), for every widget on the page.
/// `false`, changing nothing, for an unknown language or a text that is not
/// a valid asset of this build (the loader then shows bokmål with a note).
#[wasm_bindgen]
pub fn add_language(lang: usize, text: String) -> bool {
    Lang::ALL
        .get(lang)
        .is_some_and(|&lang| asset::add_language(lang, text).is_ok())
}

#[wasm_bindgen]
impl Widget {
    /// Parse the element's attributes (warning once about bad values) and
    /// render the widget into `root`, an element inside the shadow root.
    #[wasm_bindgen(constructor)]
    pub fn new(root: Element, attributes: Box<[JsValue]>) -> Widget {
        let (settings, warnings) = parse(&attributes);
        warn(warnings.iter());
        #[cfg(feature = "test-panic")]
        arm_test_panic(&root);
        let handle = AppHandle::<App>::mount(root, AppProps { settings });
        Widget {
            handle: Some(handle),
            settings,
            warnings,
        }
    }

    /// An attribute (or the page's `lang`) changed: re-render in place, in
    /// the new language or mode, keeping every answer. A bad value warns when
    /// it appears, not again while it stays.
    pub fn set_attributes(&mut self, attributes: Box<[JsValue]>) {
        let (settings, warnings) = parse(&attributes);
        warn(warnings.iter().filter(|w| !self.warnings.contains(w)));
        self.warnings = warnings;
        if settings != self.settings {
            self.settings = settings;
            if let Some(h) = self.handle.as_ref() {
                h.update(AppProps { settings });
            }
        }
    }

    /// The page woke up (visibilitychange, pageshow, focus, resume): a kiosk
    /// checks its idle time against the clock at once (src/ui/app.rs).
    pub fn wake(&self) {
        if let Some(h) = self.handle.as_ref() {
            h.send_message(AppMsg::Wake);
        }
    }

    /// The loader added the texts of `lang` (`note` is `None`), or could not
    /// (`note` is its fallback text in that language): a widget waiting for
    /// them re-renders in that language, or in bokmål with the note.
    pub fn lang_ready(&self, lang: usize, note: Option<String>) {
        if let (Some(h), Some(&lang)) = (self.handle.as_ref(), Lang::ALL.get(lang)) {
            h.send_message(AppMsg::LangReady(lang, note));
        }
    }

    /// The handoff page (`handoff.html`) hands over the taps of a link it has
    /// checked (`handoff::taps`, in the QR module): they go through the reducer
    /// as the patient's own taps would. The decoder stays out of this wasm.
    pub fn restore(&self, taps: String) {
        if let Some(h) = self.handle.as_ref() {
            for a in ryggsjekk_core::handoff::replay_taps(self.settings.lang, &taps) {
                h.send_message(AppMsg::Action(a));
            }
        }
    }
}

impl Drop for Widget {
    fn drop(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
    }
}
