//! The handoff's own wasm module, with a plain C interface (no wasm-bindgen
//! glue, so no second script to verify), fetched with SRI only when used:
//! - on the kiosk, when «Ta med på mobilen» is pressed: the link (the
//!   widget's taps made into the versioned, checked fragment) and its QR code
//!   as one SVG path (`encode`);
//! - on the phone's handoff page: the link's check (`check`), which turns the
//!   fragment into the taps the widget replays, so neither the decoder nor
//!   the QR encoder is in the wasm every patient downloads.
//!
//! The caller writes its text into `input()`, calls a function with its
//! length and reads the answer at `output()`.

use qrcodegen::{QrCode, QrCodeEcc};

use std::cell::RefCell;

/// A phone camera reads a link of this length at version ≤ 10 comfortably.
const MAX_INPUT: usize = 1024;

thread_local! {
    // Allocated once and never resized, so the pointers handed to JS stay valid.
    static INPUT: RefCell<Vec<u8>> = RefCell::new(vec![0; MAX_INPUT]);
    static OUTPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Where the loader writes the link (at most 1024 bytes).
#[no_mangle]
pub extern "C" fn input() -> *mut u8 {
    INPUT.with(|b| b.borrow_mut().as_mut_ptr())
}

/// Where the result of the last `encode` is.
#[no_mangle]
pub extern "C" fn output() -> *const u8 {
    OUTPUT.with(|b| b.borrow().as_ptr())
}

/// Encodes the first `len` bytes of `input()`, `"<lang> <taps> <handoff-url>"`
/// (the widget's `data-handoff` and the attribute); returns the length of the
/// text at `output()` (`"<modules> <path>"`), or 0 if it is not a link to a
/// non-urgent result or does not fit.
#[no_mangle]
pub extern "C" fn encode(len: usize) -> usize {
    let text = INPUT
        .with(|b| link(&b.borrow()[..len.min(MAX_INPUT)]))
        .and_then(|l| svg(l.as_bytes()))
        .unwrap_or_default();
    let n = text.len();
    OUTPUT.with(|b| *b.borrow_mut() = text.into_bytes());
    n
}

/// The handoff link for `"<lang> <taps> <base>"`: the taps go through the
/// reducer (`handoff::replay_taps`) and the state they reach is encoded.
pub fn link(input: &[u8]) -> Option<String> {
    use ryggsjekk_core::assessment::State;
    use ryggsjekk_core::handoff::{encode, replay_taps};
    let mut parts = std::str::from_utf8(input).ok()?.splitn(3, ' ');
    let (lang, taps, base) = (parts.next()?, parts.next()?, parts.next()?);
    let lang = ryggsjekk_core::embed::lang_from_tag(lang)?;
    let state = replay_taps(lang, taps)
        .into_iter()
        .fold(State::new(lang), |s, a| s.reduce(a));
    Some(format!("{}#{}", base.trim(), encode(&state)?))
}

/// Checks the handoff fragment in the first `len` bytes of `input()`; returns
/// the length of the text at `output()`: `0<taps>` (`handoff::taps`) for a
/// link to show, or `1` foreign, `2` outdated, `3` damaged.
#[no_mangle]
pub extern "C" fn check(len: usize) -> usize {
    let text = INPUT.with(|b| verdict(&b.borrow()[..len.min(MAX_INPUT)]));
    let n = text.len();
    OUTPUT.with(|b| *b.borrow_mut() = text.into_bytes());
    n
}

/// What `check` answers for a fragment.
pub fn verdict(fragment: &[u8]) -> String {
    use ryggsjekk_core::handoff::{decode, taps, HandoffError};
    match std::str::from_utf8(fragment)
        .map_err(|_| HandoffError::Damaged)
        .and_then(decode)
    {
        Ok(state) => format!("0{}", taps(&state).unwrap_or_default()),
        Err(HandoffError::Foreign) => "1".into(),
        Err(HandoffError::Outdated) => "2".into(),
        Err(HandoffError::Damaged) => "3".into(),
    }
}

/// `"<modules with the quiet zone> <path>"`: one 1×1 square per dark module,
/// offset by the 4-module quiet zone scanners need.
pub fn svg(link: &[u8]) -> Option<String> {
    // Medium: survives a smudged or glaring kiosk screen, still small.
    let qr = QrCode::encode_binary(link, QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    let mut out = format!("{} ", size + 8);
    for y in 0..size {
        for x in 0..size {
            if qr.get_module(x, y) {
                out.push_str(&format!("M{} {}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_link_gives_a_square_with_dark_modules() {
        let s = super::svg(b"https://klinikk.example/handoff.html#rs1~2026.12.1~nb~1111111110000a")
            .unwrap();
        let (size, path) = s.split_once(' ').unwrap();
        // A QR symbol is 4·version + 17 modules wide; ~70 bytes at level M need version 5.
        let modules: i32 = size.parse::<i32>().unwrap() - 8;
        assert_eq!(modules, 4 * 5 + 17);
        assert!(path.starts_with("M4 4h1v1h-1z"), "finder pattern corner");
    }

    /// The last option on every screen («none of these» for the signs), as
    /// the widget would put it on its button.
    fn calm_taps() -> String {
        use ryggsjekk_core::assessment::{Action, State, Step};
        let mut s = State::new(ryggsjekk_core::i18n::Lang::En).reduce(Action::Next);
        while let Step::Question(q) = s.step {
            if let Some(&v) = q.options(s.answers.location).last() {
                s = s.reduce(Action::Answer(v));
            }
            s = s.reduce(Action::Next);
        }
        ryggsjekk_core::handoff::taps(&s).expect("a calm result")
    }

    #[test]
    fn the_widgets_taps_become_the_link_and_the_link_its_taps() {
        let taps = calm_taps();
        let link = super::link(format!("en {taps} https://k.example/h.html").as_bytes()).unwrap();
        let (base, fragment) = link.split_once('#').unwrap();
        assert_eq!(base, "https://k.example/h.html");
        assert_eq!(super::verdict(fragment.as_bytes()), format!("0{taps}"));
        // An urgent or unfinished journey gives no link.
        assert_eq!(super::link(b"en a.a. https://k.example/h.html"), None);
        assert_eq!(super::link(b"en a. https://k.example/h.html"), None);
        assert_eq!(super::link(b"xx a. https://k.example/h.html"), None);
    }

    #[test]
    fn the_check_answers_with_a_code_and_never_panics() {
        use ryggsjekk_core::assessment::CONTENT_VERSION;
        assert_eq!(super::verdict(b"x"), "1");
        assert_eq!(super::verdict(b"rs1~1999.1.1~nb~0"), "2");
        assert_eq!(
            super::verdict(format!("rs1~{CONTENT_VERSION}~nb~zz").as_bytes()),
            "3"
        );
        assert_eq!(super::verdict(&[0xff, 0xfe]), "3");
    }
}
