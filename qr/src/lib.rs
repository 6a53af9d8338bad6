//! The handoff's own wasm module, with a plain C interface (no wasm-bindgen
//! glue, so no second script to verify), fetched with SRI only when used:
//! - on the kiosk, when «Ta med på mobilen» is pressed: the QR code of the
//!   link as one SVG path (`encode`);
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

/// Encodes the first `len` bytes of `input()`; returns the length of the
/// text at `output()` (`"<modules> <path>"`), or 0 if it does not fit.
#[no_mangle]
pub extern "C" fn encode(len: usize) -> usize {
    let text = INPUT.with(|b| svg(&b.borrow()[..len.min(MAX_INPUT)])).unwrap_or_default();
    let n = text.len();
    OUTPUT.with(|b| *b.borrow_mut() = text.into_bytes());
    n
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
    match std::str::from_utf8(fragment).map_err(|_| HandoffError::Damaged).and_then(decode) {
        Ok(state) => format!("0{}", taps(&state)),
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
        let s = super::svg(b"https://klinikk.example/handoff.html#rs1~2026.12.1~nb~1111111110000a").unwrap();
        let (size, path) = s.split_once(' ').unwrap();
        // A QR symbol is 4·version + 17 modules wide; ~70 bytes at level M need version 5.
        let modules: i32 = size.parse::<i32>().unwrap() - 8;
        assert_eq!(modules, 4 * 5 + 17);
        assert!(path.starts_with("M4 4h1v1h-1z"), "finder pattern corner");
    }

    #[test]
    fn the_check_answers_with_a_code_and_never_panics() {
        use ryggsjekk_core::assessment::CONTENT_VERSION;
        assert_eq!(super::verdict(b"x"), "1");
        assert_eq!(super::verdict(b"rs1~1999.1.1~nb~0"), "2");
        assert_eq!(super::verdict(format!("rs1~{CONTENT_VERSION}~nb~zz").as_bytes()), "3");
        assert_eq!(super::verdict(&[0xff, 0xfe]), "3");
    }
}
