//! Embed attributes → typed settings, parsed once at the edge. Plain Rust, so
//! every fallback is tested natively. Bad input never blanks the widget: it
//! falls back to a sensible value and yields a warning for `console.warn`.

use crate::i18n::Lang;
use crate::strings::{concat, join, num};

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
    /// Whether «Les opp» may show (`read-aloud`; off in a kiosk by default).
    pub read_aloud: bool,
    /// The widget languages the browser has an on-device voice for, as
    /// [`voice_bit`]s: the loader lists them (it sees `speechSynthesis`).
    pub local_voices: u8,
    /// Whether «Ta med på mobilen» may show: `handoff-url` is a usable
    /// address (the loader keeps the address itself; see [`parse_handoff_url`]).
    pub handoff: bool,
}

impl Settings {
    /// «Les opp» shows in `lang`: allowed here, and an on-device voice speaks it.
    pub fn can_read_aloud(&self, lang: Lang) -> bool {
        self.read_aloud && self.local_voices & voice_bit(lang) != 0
    }
}

/// One bit per widget language in [`Settings::local_voices`].
pub fn voice_bit(lang: Lang) -> u8 {
    const {
        assert!(
            Lang::ALL.len() <= 8,
            "Settings::local_voices needs a wider type"
        )
    };
    1 << lang as u8
}

/// A warning for `console.warn`, from its parts (see [`crate::strings`]).
fn warning(parts: &[&str]) -> String {
    String::from("ryggsjekk: ") + &concat(parts)
}

/// `read-aloud="on|off"`. Unset: on when embedded (the patient's own device)
/// and off in a kiosk, where a waiting room would hear the answers; a clinic
/// with headphones turns it on. Nonsense keeps that default, with a warning.
pub fn parse_read_aloud(attr: Option<&str>, mode: Mode, warnings: &mut Vec<String>) -> bool {
    let default = mode == Mode::Embedded;
    match attr.map(|s| s.trim().to_ascii_lowercase()) {
        None => default,
        Some(s) if s == "on" => true,
        Some(s) if s == "off" => false,
        Some(s) => {
            let used = if default { "on" } else { "off" };
            warnings.push(warning(&[
                "unknown read-aloud=\"",
                &s,
                "\"; use on or off. Using ",
                used,
                ".",
            ]));
            default
        }
    }
}

/// The loader's list of languages with an on-device voice (`"nb en"`); not an
/// attribute, so unknown words are ignored without a warning.
pub fn parse_local_voices(list: Option<&str>) -> u8 {
    list.unwrap_or("")
        .split_ascii_whitespace()
        .filter_map(lang_from_tag)
        .fold(0, |bits, lang| bits | voice_bit(lang))
}

/// Every primary language subtag the widget understands, and the language it
/// means (content spec section 9). The one table, generated from
/// `locales/languages.toml`: `lang_from_tag` reads it, and `scripts/build`
/// inlines it into the loader (`crate::loader`) so the static fallback picks
/// the same language as the wasm.
pub use crate::i18n::LANG_TAGS;

/// The language when neither the attribute nor the page names a known one.
pub const DEFAULT_LANG: Lang = Lang::Nb;

/// Map a language tag to a widget language by its primary subtag (`nb-NO`,
/// `en_GB` and `NN` work too); `None` for anything not in [`LANG_TAGS`].
pub fn lang_from_tag(tag: &str) -> Option<Lang> {
    let tag = tag.trim();
    // By bytes (both separators are ASCII): no char decoding for this in the wasm.
    let end = tag
        .bytes()
        .position(|b| b == b'-' || b == b'_')
        .unwrap_or(tag.len());
    let primary = tag.get(..end).unwrap_or("");
    LANG_TAGS
        .iter()
        .find(|(t, _)| t.eq_ignore_ascii_case(primary))
        .map(|&(_, lang)| lang)
}

/// The widget language: the `lang` attribute, else the page's `lang`, else nb.
/// An unreviewed language ([`Lang::is_unreviewed`]) only when the attribute
/// names it: a page in Polish has said nothing about the widget's drafts, so
/// it gets bokmål, without a warning (the page did nothing wrong).
pub fn parse_lang(attr: Option<&str>, page_lang: Option<&str>, warnings: &mut Vec<String>) -> Lang {
    if let Some(a) = attr {
        if let Some(l) = lang_from_tag(a) {
            return l;
        }
        let known = join(Lang::ALL.iter().map(|l| l.code()), ", ");
        warnings.push(warning(&[
            "unsupported lang=\"",
            a,
            "\"; use ",
            &known,
            ". Falling back to the page language or nb.",
        ]));
    }
    page_lang
        .and_then(lang_from_tag)
        .filter(|l| !l.is_unreviewed())
        .unwrap_or(DEFAULT_LANG)
}

pub fn parse_mode(attr: Option<&str>, warnings: &mut Vec<String>) -> Mode {
    match attr.map(|s| s.trim().to_ascii_lowercase()) {
        None => Mode::Embedded,
        Some(s) if s == "embedded" => Mode::Embedded,
        Some(s) if s == "kiosk" => Mode::Kiosk,
        Some(s) => {
            warnings.push(warning(&[
                "unknown mode=\"",
                &s,
                "\"; use embedded or kiosk. Using embedded.",
            ]));
            Mode::Embedded
        }
    }
}

pub fn parse_idle_seconds(attr: Option<&str>, warnings: &mut Vec<String>) -> u32 {
    let Some(raw) = attr else { return IDLE_DEFAULT };
    let mut outside = |clamped: u32| {
        warnings.push(warning(&[
            "idle-seconds=\"",
            raw,
            "\" is outside ",
            &num(IDLE_MIN.into()),
            "–",
            &num(IDLE_MAX.into()),
            "; using ",
            &num(clamped.into()),
            ".",
        ]));
        clamped
    };
    match whole_number(raw.trim()) {
        Some(n) if (IDLE_MIN as i64..=IDLE_MAX as i64).contains(&n) => n as u32,
        Some(n) => outside(n.clamp(IDLE_MIN as i64, IDLE_MAX as i64) as u32),
        None => {
            warnings.push(warning(&[
                "idle-seconds=\"",
                raw,
                "\" is not a whole number; using ",
                &num(IDLE_DEFAULT.into()),
                ".",
            ]));
            IDLE_DEFAULT
        }
    }
}

/// What `str::parse::<i64>` accepts (an optional sign, then ASCII digits),
/// with any magnitude beyond 10^12 held at 10^12: far outside the idle
/// limits either way, so a number too large for i64 is still out of range,
/// not "not a number". By hand: `parse` brought 128-bit overflow checks.
fn whole_number(s: &str) -> Option<i64> {
    const CAP: u64 = 1_000_000_000_000;
    let (negative, digits) = match s.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        all => (false, all),
    };
    if digits.is_empty() {
        return None;
    }
    let mut v: u64 = 0;
    for &d in digits {
        if !d.is_ascii_digit() {
            return None;
        }
        v = (v * 10 + u64::from(d - b'0')).min(CAP);
    }
    // v <= 10^12: fits in i64 with either sign.
    Some(if negative { -(v as i64) } else { v as i64 })
}

/// All attributes at once, with the warnings to print (each once).
pub fn parse(
    lang: Option<&str>,
    page_lang: Option<&str>,
    mode: Option<&str>,
    idle_seconds: Option<&str>,
    read_aloud: Option<&str>,
    local_voices: Option<&str>,
) -> (Settings, Vec<String>) {
    let mut w = Vec::new();
    let lang = parse_lang(lang, page_lang, &mut w);
    let mode = parse_mode(mode, &mut w);
    let settings = Settings {
        lang,
        mode,
        idle_seconds: parse_idle_seconds(idle_seconds, &mut w),
        read_aloud: parse_read_aloud(read_aloud, mode, &mut w),
        local_voices: parse_local_voices(local_voices),
        handoff: false,
    };
    (settings, w)
}

/// `handoff-url`: where the clinic hosts the widget's handoff page. The link
/// carries the answers to the patient's phone, so only https (or this
/// machine, for testing) and no fragment of its own; anything else turns the
/// button off, with a warning.
pub fn parse_handoff_url(attr: Option<&str>, warnings: &mut Vec<String>) -> bool {
    let Some(raw) = attr.map(str::trim).filter(|s| !s.is_empty()) else {
        return false;
    };
    // Bytes, not chars: no Unicode tables in the wasm for an ASCII check.
    let starts = |p: &str| {
        raw.get(..p.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(p))
    };
    let after = |p: &str| raw.as_bytes().get(p.len()).copied();
    let host_ok = if starts("https://") {
        after("https://").is_some_and(|b| b.is_ascii_alphanumeric())
    } else {
        // Browsers treat this machine as secure too: only for local testing.
        ["http://localhost", "http://127.0.0.1"]
            .iter()
            .any(|p| starts(p) && matches!(after(p), None | Some(b':' | b'/')))
    };
    let ok = host_ok && !raw.bytes().any(|b| b <= b' ' || b == b'#' || b == 0x7f);
    if !ok {
        warnings.push(warning(&[
            "handoff-url=\"",
            raw,
            "\" is not an https address without #; the phone button stays off.",
        ]));
    }
    ok
}
