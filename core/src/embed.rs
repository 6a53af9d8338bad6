//! Embed attributes → typed settings, parsed once at the edge. Plain Rust, so
//! every fallback is tested natively. Bad input never blanks the widget: it
//! falls back to a sensible value and yields a warning for `console.warn`.

use std::num::IntErrorKind;

use crate::i18n::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mode {
    Embedded,
    Kiosk,
}

pub const IDLE_DEFAULT: u32 = 90;
pub const IDLE_MIN: u32 = 30;
pub const IDLE_MAX: u32 = 3600;

/// The element's attributes, parsed: the one type from the attributes through
/// the wasm export to the app's props.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Settings {
    pub lang: Lang,
    pub mode: Mode,
    pub idle_seconds: u32,
}

/// Every primary language subtag the widget understands, and the language it
/// means (content spec section 9). The one table: `lang_from_tag` reads it, and
/// `scripts/build` inlines it into the loader (`crate::loader`) so the static
/// fallback picks the same language as the wasm. `nor` and `eng` are the
/// ISO 639-2 codes a CMS may emit beside `nob`/`nno`.
pub const LANG_TAGS: [(&str, Lang); 8] = [
    ("nb", Lang::Nb),
    ("nob", Lang::Nb),
    ("no", Lang::Nb),
    ("nor", Lang::Nb),
    ("nn", Lang::Nn),
    ("nno", Lang::Nn),
    ("en", Lang::En),
    ("eng", Lang::En),
];

/// The language when neither the attribute nor the page names a known one.
pub const DEFAULT_LANG: Lang = Lang::Nb;

/// Map a language tag to a widget language by its primary subtag (`nb-NO`,
/// `en_GB` and `NN` work too); `None` for anything not in [`LANG_TAGS`].
pub fn lang_from_tag(tag: &str) -> Option<Lang> {
    let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
    LANG_TAGS
        .iter()
        .find(|(t, _)| t.eq_ignore_ascii_case(primary))
        .map(|&(_, lang)| lang)
}

/// The widget language: the `lang` attribute, else the page's `lang`, else nb.
pub fn parse_lang(attr: Option<&str>, page_lang: Option<&str>, warnings: &mut Vec<String>) -> Lang {
    if let Some(a) = attr {
        if let Some(l) = lang_from_tag(a) {
            return l;
        }
        warnings.push(format!(
            "ryggsjekk: unsupported lang=\"{a}\"; use nb, nn or en. Falling back to the page language or nb."
        ));
    }
    page_lang.and_then(lang_from_tag).unwrap_or(DEFAULT_LANG)
}

pub fn parse_mode(attr: Option<&str>, warnings: &mut Vec<String>) -> Mode {
    match attr.map(|s| s.trim().to_ascii_lowercase()) {
        None => Mode::Embedded,
        Some(s) if s == "embedded" => Mode::Embedded,
        Some(s) if s == "kiosk" => Mode::Kiosk,
        Some(s) => {
            warnings.push(format!(
                "ryggsjekk: unknown mode=\"{s}\"; use embedded or kiosk. Using embedded."
            ));
            Mode::Embedded
        }
    }
}

pub fn parse_idle_seconds(attr: Option<&str>, warnings: &mut Vec<String>) -> u32 {
    let Some(raw) = attr else { return IDLE_DEFAULT };
    match raw.trim().parse::<i64>() {
        Ok(n) if (IDLE_MIN as i64..=IDLE_MAX as i64).contains(&n) => n as u32,
        Ok(n) => {
            let clamped = n.clamp(IDLE_MIN as i64, IDLE_MAX as i64) as u32;
            warnings.push(format!(
                "ryggsjekk: idle-seconds=\"{raw}\" is outside {IDLE_MIN}–{IDLE_MAX}; using {clamped}."
            ));
            clamped
        }
        // A whole number too large for i64 is still out of range, not "not a number".
        Err(e)
            if matches!(
                e.kind(),
                IntErrorKind::PosOverflow | IntErrorKind::NegOverflow
            ) =>
        {
            let clamped = if *e.kind() == IntErrorKind::PosOverflow {
                IDLE_MAX
            } else {
                IDLE_MIN
            };
            warnings.push(format!(
                "ryggsjekk: idle-seconds=\"{raw}\" is outside {IDLE_MIN}–{IDLE_MAX}; using {clamped}."
            ));
            clamped
        }
        Err(_) => {
            warnings.push(format!(
                "ryggsjekk: idle-seconds=\"{raw}\" is not a whole number; using {IDLE_DEFAULT}."
            ));
            IDLE_DEFAULT
        }
    }
}

/// All attributes at once, with the warnings to print (each once).
pub fn parse(
    lang: Option<&str>,
    page_lang: Option<&str>,
    mode: Option<&str>,
    idle_seconds: Option<&str>,
) -> (Settings, Vec<String>) {
    let mut w = Vec::new();
    let settings = Settings {
        lang: parse_lang(lang, page_lang, &mut w),
        mode: parse_mode(mode, &mut w),
        idle_seconds: parse_idle_seconds(idle_seconds, &mut w),
    };
    (settings, w)
}
