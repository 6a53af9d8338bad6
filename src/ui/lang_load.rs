//! Languages that arrive after the widget: only bokmål is in the wasm, every
//! other language is an asset the loader fetches (`js/ryggsjekk.js`, asked
//! through `AppProps::need_lang`). A switch to a language not loaded yet
//! waits for its texts and then re-renders, so the patient never sees a
//! screen marked as one language and written in another; the answers stay.
//! When the texts cannot be loaded (network, integrity, a bad asset), the
//! widget shows bokmål with a note in the language the patient asked for:
//! the loader's inline fallback text, since that language is not in the wasm.

use yew::prelude::*;

use crate::i18n::{asset, Lang};

#[derive(Default)]
pub struct LangLoad {
    /// Asked for, texts not here yet.
    pending: Option<Lang>,
    /// The language that failed and the loader's note, in that language.
    note: Option<(Lang, AttrValue)>,
}

impl LangLoad {
    /// The language to show for `wanted` now: itself when its texts are in;
    /// otherwise `current`, after asking the loader for them.
    pub fn want(&mut self, wanted: Lang, current: Lang, need: &Callback<Lang>) -> Lang {
        self.note = None;
        if asset::is_loaded(wanted) {
            self.pending = None;
            wanted
        } else {
            self.pending = Some(wanted);
            need.emit(wanted);
            current
        }
    }

    /// The texts of `lang` arrived: the language to switch to, if the
    /// patient (or page) still wants it.
    pub fn loaded(&mut self, lang: Lang) -> Option<Lang> {
        (self.pending == Some(lang) && asset::is_loaded(lang)).then(|| {
            self.pending = None;
            lang
        })
    }

    /// The texts of `lang` could not be loaded: bokmål, with the note, if it
    /// was still wanted.
    pub fn failed(&mut self, lang: Lang, note: String) -> Option<Lang> {
        (self.pending == Some(lang)).then(|| {
            self.pending = None;
            self.note = Some((lang, AttrValue::from(note)));
            Lang::BUILTIN
        })
    }

    pub fn busy(&self) -> bool {
        self.pending.is_some()
    }

    /// The note about a language that failed, in that language.
    pub fn note(&self) -> Html {
        match &self.note {
            Some((lang, note)) => html! {
                <p class="rs-lang-note" role="status" lang={lang.code()} dir={lang.dir()}>{ note.clone() }</p>
            },
            None => html! {},
        }
    }
}
