//! Languages shipped as assets of their own. Only the reference language
//! (bokmål) is compiled into the wasm; the loader fetches another language's
//! texts (`texts.<lang>.<hash>.bin`, written by `core/build/encode.rs`) when a
//! patient needs it and hands the bytes to [`add_language`].
//!
//! The bytes come from the network, so they are checked before use: a wrong
//! magic, format, language, build (schema) or message count, offsets that
//! are not increasing, end outside the text or split a character, text that
//! is not UTF-8 or holds control bytes the renderer does not use — each is
//! an [`AssetError`], never a panic. The loader then shows bokmål with a
//! note. (SRI already refuses altered bytes; this guards against an asset of
//! another build and against bugs.)

use super::{Lang, Msg, MAIN_COUNT, TEXTS_SCHEMA};

const MAGIC: &[u8; 4] = b"RSTX";
const FORMAT: u8 = 1;

/// Why an asset was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssetError {
    /// Shorter than its header or its offsets say.
    Truncated,
    /// Not a texts asset, or another format version.
    Format,
    /// The texts of another language.
    Lang,
    /// Written by a build with other messages (another `Msg` order).
    Schema,
    /// The offsets do not start at 0, decrease, end elsewhere than the
    /// text's end, or split a character.
    Offsets,
    /// The text is not UTF-8, or holds a control byte the encoding never uses.
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
        let i = msg as usize;
        match (self.offsets.get(i), self.offsets.get(i + 1)) {
            (Some(&a), Some(&b)) => self.code.get(a as usize..b as usize).unwrap_or(""),
            _ => "",
        }
    }
}

/// A little-endian reader that reports running out as `Truncated`.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], AssetError> {
        if self.0.len() < n {
            return Err(AssetError::Truncated);
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    fn u8(&mut self) -> Result<u8, AssetError> {
        Ok(self.take(1)?[0])
    }

    fn u16(&mut self) -> Result<u16, AssetError> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }

    fn u32(&mut self) -> Result<u32, AssetError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
}

/// Checks and decodes the asset of `lang` (the layout is documented at
/// `asset` in `core/build/encode.rs`).
pub fn decode(lang: Lang, bytes: &[u8]) -> Result<Texts, AssetError> {
    let mut r = Reader(bytes);
    if r.take(4)? != MAGIC || r.u8()? != FORMAT {
        return Err(AssetError::Format);
    }
    let code_len = usize::from(r.u8()?);
    if r.take(code_len)? != lang.code().as_bytes() {
        return Err(AssetError::Lang);
    }
    if r.u32()? != TEXTS_SCHEMA {
        return Err(AssetError::Schema);
    }
    let count = usize::from(r.u16()?);
    if count != MAIN_COUNT {
        return Err(AssetError::Schema);
    }
    let mut offsets = Vec::with_capacity(count + 1);
    for _ in 0..=count {
        offsets.push(r.u16()?);
    }
    let text = r.0;
    let code = core::str::from_utf8(text).map_err(|_| AssetError::Text)?;
    // Texts never contain control characters; bytes 1–5 are the encoding's marks.
    if text.iter().any(|&b| b == 0 || (6..0x20).contains(&b)) {
        return Err(AssetError::Text);
    }
    let ends_right =
        offsets.first() == Some(&0) && offsets.last().map(|&o| usize::from(o)) == Some(text.len());
    let in_order = offsets.windows(2).all(|w| w[0] <= w[1]);
    let whole_chars = offsets
        .iter()
        .all(|&o| code.is_char_boundary(usize::from(o)));
    if !(ends_right && in_order && whole_chars) {
        return Err(AssetError::Offsets);
    }
    Ok(Texts {
        code: code.to_string(),
        offsets,
    })
}

/// Checks the asset of `lang` and, in the wasm, makes its texts the ones
/// `lang` renders from (for every widget on the page; the first good asset
/// of a language stays). Natively every language is compiled in, so this
/// only checks.
pub fn add_language(lang: Lang, bytes: &[u8]) -> Result<(), AssetError> {
    let texts = decode(lang, bytes)?;
    #[cfg(target_arch = "wasm32")]
    {
        let slot = &LOADED[lang as usize];
        if slot.get().is_none() {
            // Kept for the page's lifetime: `static_text` hands out `&'static str`.
            let code: &'static str = Box::leak(texts.code.into_boxed_str());
            let offsets: &'static [u16] = Box::leak(texts.offsets.into_boxed_slice());
            let _ = slot.set((code, offsets));
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = texts;
    Ok(())
}

/// Whether `lang` renders in its own texts now (the reference language
/// always; in the wasm another one once its asset was added).
pub fn is_loaded(lang: Lang) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        lang == Lang::BUILTIN || LOADED[lang as usize].get().is_some()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = lang;
        true
    }
}

#[cfg(target_arch = "wasm32")]
type Table = (&'static str, &'static [u16]);

/// The added languages' tables (single-threaded wasm: a `OnceLock` is a flag).
#[cfg(target_arch = "wasm32")]
static LOADED: [std::sync::OnceLock<Table>; Lang::ALL.len()] =
    [const { std::sync::OnceLock::new() }; Lang::ALL.len()];

/// The table of a language added with [`add_language`].
#[cfg(target_arch = "wasm32")]
pub(super) fn loaded(lang: Lang) -> Option<Table> {
    LOADED[lang as usize].get().copied()
}
