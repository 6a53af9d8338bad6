//! Languages shipped as assets of their own. Only the reference language
//! (bokmål) is compiled into the wasm; the loader fetches another language's
//! texts (`texts.<lang>.<hash>.bin`, written by `core/build/encode.rs`) when a
//! patient needs it, checks that they are UTF-8 (`TextDecoder`, fatal) and
//! hands them to [`add_language`].
//!
//! They come from the network, so they are checked before use: a wrong
//! header (format, build, language), another number of messages, or a
//! control character the encoding does not use is an [`AssetError`], never
//! a panic, and the loader then shows bokmål with a note. (SRI already
//! refuses altered files; this guards against an asset of another build and
//! against bugs.)

use super::{Lang, Msg, MAIN_COUNT, TEXTS_SCHEMA};

/// The format's first bytes and the separator of the header and messages
/// (the same as `ASSET_MAGIC` and `ASSET_SEPARATOR` in `core/build/encode.rs`).
const MAGIC: &str = "RSTX1 ";
const SEPARATOR: u8 = 6;

/// Why an asset was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssetError {
    /// Cut off: the last message has no separator after it.
    Truncated,
    /// Not a texts asset, or another format version.
    Format,
    /// Written by a build with other messages (another `Msg` order): the
    /// digest in the header differs, or the number of messages.
    Schema,
    /// The texts of another language.
    Lang,
    /// A control character the encoding never uses, or too long a text.
    Text,
}

/// A language's decoded patient texts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Texts {
    code: String,
    offsets: Vec<u16>,
}

impl Texts {
    /// The encoded message (see `core/build/encode.rs`); empty for a message
    /// the asset does not have (the review texts).
    pub fn encoded(&self, msg: Msg) -> &str {
        super::message(&self.code, &self.offsets, msg as usize)
    }
}

/// Checks the asset of `lang` (the layout is documented at `asset` in
/// `core/build/encode.rs`): where its table starts, and where each message
/// starts in that table.
fn check(lang: Lang, asset: &str) -> Result<(usize, Vec<u16>), AssetError> {
    let header_end = asset
        .bytes()
        .position(|b| b == SEPARATOR)
        .ok_or(AssetError::Format)?;
    let header = asset.get(..header_end).unwrap_or("");
    let rest = header.strip_prefix(MAGIC).ok_or(AssetError::Format)?;
    let rest = rest.strip_prefix(TEXTS_SCHEMA).ok_or(AssetError::Schema)?;
    if rest.strip_prefix(" ") != Some(lang.code()) {
        return Err(AssetError::Lang);
    }
    let table = asset.get(header_end + 1..).unwrap_or("");
    if table.len() > usize::from(u16::MAX) {
        return Err(AssetError::Text);
    }
    let mut offsets = Vec::with_capacity(MAIN_COUNT + 1);
    offsets.push(0);
    for (i, b) in table.bytes().enumerate() {
        match b {
            // The next message starts after it (`i + 1` ≤ the length, checked above).
            SEPARATOR => offsets.push(i as u16 + 1),
            // Bytes 1–5 are the encoding's marks; texts have no other control characters.
            0 | 7..=0x1f => return Err(AssetError::Text),
            _ => {}
        }
    }
    if table.bytes().last().is_some_and(|b| b != SEPARATOR) {
        return Err(AssetError::Truncated);
    }
    if offsets.len() != MAIN_COUNT + 1 {
        return Err(AssetError::Schema);
    }
    Ok((header_end + 1, offsets))
}

/// Checks and decodes the asset of `lang`.
pub fn decode(lang: Lang, asset: &str) -> Result<Texts, AssetError> {
    let (start, offsets) = check(lang, asset)?;
    Ok(Texts {
        code: asset.get(start..).unwrap_or("").to_string(),
        offsets,
    })
}

/// Checks the asset of `lang` and, in the wasm, makes its texts the ones
/// `lang` renders from (for every widget on the page; the first good asset
/// of a language stays). Natively every language is compiled in, so this
/// only checks.
pub fn add_language(lang: Lang, asset: String) -> Result<(), AssetError> {
    let (start, offsets) = check(lang, &asset)?;
    #[cfg(target_arch = "wasm32")]
    LOADED.with(|loaded| {
        let slot = &loaded[lang as usize];
        if slot.get().is_none() {
            // Kept for the page's lifetime: `static_text` hands out `&'static str`.
            let asset: &'static str = asset.leak();
            slot.set(Some((asset.get(start..).unwrap_or(""), offsets.leak())));
        }
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (start, offsets, asset);
    Ok(())
}

/// Whether `lang` renders in its own texts now (the reference language
/// always; in the wasm another one once its asset was added).
pub fn is_loaded(lang: Lang) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        lang == Lang::BUILTIN || loaded(lang).is_some()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = lang;
        true
    }
}

#[cfg(target_arch = "wasm32")]
type Table = (&'static str, &'static [u16]);

// The added languages' tables. The wasm is single-threaded: a thread-local
// `Cell` is a plain static there, without a lock's code.
#[cfg(target_arch = "wasm32")]
thread_local! {
    static LOADED: [std::cell::Cell<Option<Table>>; Lang::ALL.len()] =
        const { [const { std::cell::Cell::new(None) }; Lang::ALL.len()] };
}

/// The table of a language added with [`add_language`].
#[cfg(target_arch = "wasm32")]
pub(super) fn loaded(lang: Lang) -> Option<Table> {
    LOADED.with(|loaded| loaded[lang as usize].get())
}
