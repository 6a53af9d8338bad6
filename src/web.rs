//! The wasm exports: one `Widget` per `<ryggsjekk-widget>` element. The JS
//! loader owns the custom element and the shadow root; this owns the Yew app
//! inside it. No globals: every widget has its own app and state.

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::{AppHandle, Renderer};

use crate::embed::{self, Settings};
use crate::ui::{App, AppProps};

#[wasm_bindgen]
pub struct Widget {
    handle: Option<AppHandle<App>>,
    settings: Settings,
}

fn warn(messages: Vec<String>) {
    for m in messages {
        web_sys::console::warn_1(&JsValue::from_str(&m));
    }
}

fn props(s: &Settings) -> AppProps {
    AppProps { lang: s.lang, mode: s.mode, idle_seconds: s.idle_seconds }
}

#[wasm_bindgen]
impl Widget {
    /// Parse the element's attributes (warning once about bad values) and
    /// render the widget into `root`, an element inside the shadow root.
    #[wasm_bindgen(constructor)]
    pub fn new(
        root: Element,
        lang: Option<String>,
        page_lang: Option<String>,
        mode: Option<String>,
        idle_seconds: Option<String>,
    ) -> Widget {
        let (settings, warnings) =
            embed::parse(lang.as_deref(), page_lang.as_deref(), mode.as_deref(), idle_seconds.as_deref());
        warn(warnings);
        let handle = Renderer::<App>::with_root_and_props(root, props(&settings)).render();
        Widget { handle: Some(handle), settings }
    }

    /// The `lang` attribute (or the page's) changed: re-render in that
    /// language, keeping every answer.
    pub fn set_lang(&mut self, lang: Option<String>, page_lang: Option<String>) {
        let mut warnings = Vec::new();
        let new_lang = embed::parse_lang(lang.as_deref(), page_lang.as_deref(), &mut warnings);
        warn(warnings);
        if new_lang != self.settings.lang {
            self.settings.lang = new_lang;
            if let Some(h) = self.handle.as_mut() {
                h.update(props(&self.settings));
            }
        }
    }

    /// The language the widget was last told to use (for tests and debugging).
    pub fn lang(&self) -> String {
        self.settings.lang.code().to_string()
    }
}

impl Drop for Widget {
    fn drop(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
    }
}
