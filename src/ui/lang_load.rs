//! Languages that arrive after the widget: only bokmål is in the wasm, every
//! other language is an asset the loader fetches (`js/ryggsjekk.js`, asked
//! through the function it installs with `set_lang_loader`). A switch to a
//! language not loaded yet waits for its texts and then re-renders, so the
//! patient never sees a screen marked as one language and written in
//! another; the answers stay. When the texts cannot be loaded (network,
//! integrity, a bad asset), the widget shows bokmål with a note in the
//! language the patient asked for: the loader's inline fallback text, since
//! that language is not in the wasm.

use std::cell::RefCell;

use crate::dom::{el, Html, Str};
use wasm_bindgen::JsValue;

use crate::i18n::{asset, Lang};

thread_local! {
    /// The loader's `needTexts(lang)`; one for the page, like the texts.
    static LOADER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

pub fn set_loader(loader: js_sys::Function) {
    LOADER.with(|l| *l.borrow_mut() = Some(loader));
}

/// Asks the loader for the texts of `lang`; it answers with `Widget::lang_ready`.
fn request(lang: Lang) {
    let loader = LOADER.with(|l| l.borrow().clone());
    if let Some(f) = loader {
        let _ = f.call1(&JsValue::NULL, &JsValue::from(lang as u32));
    }
}

#[derive(Default)]
pub struct LangLoad {
    /// Asked for, texts not here yet.
    pending: Option<Lang>,
    /// The language that failed and the loader's note, in that language.
    note: Option<(Lang, Str)>,
}

impl LangLoad {
    /// The language to show for `wanted` now: itself when its texts are in;
    /// otherwise `current`, after asking the loader for them.
    pub fn want(&mut self, wanted: Lang, current: Lang) -> Lang {
        self.note = None;
        if asset::is_loaded(wanted) {
            self.pending = None;
            wanted
        } else {
            self.pending = Some(wanted);
            request(wanted);
            current
        }
    }

    /// The loader's answer for `lang` (`note` when its texts could not be
    /// loaded): the language to switch to, if `lang` is still wanted —
    /// itself, or bokmål with the note.
    pub fn ready(&mut self, lang: Lang, note: Option<String>) -> Option<Lang> {
        if self.pending != Some(lang) {
            return None;
        }
        self.pending = None;
        match note {
            Some(note) => {
                self.note = Some((lang, Str::Owned(note)));
                Some(Lang::BUILTIN)
            }
            None => asset::is_loaded(lang).then_some(lang),
        }
    }

    /// The note about a language that failed, in that language.
    pub fn note(&self) -> Html {
        match &self.note {
            Some((lang, note)) => el("p")
                .class("rs-lang-note")
                .attr("role", "status")
                .attr("lang", lang.code())
                .attr("dir", lang.dir())
                .child(note.clone())
                .into(),
            None => Html::Empty,
        }
    }
}
