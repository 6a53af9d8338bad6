//! The QR code of the handoff link, as one SVG path. Its own wasm module with
//! a plain C interface (no wasm-bindgen glue, so no second script to verify):
//! the loader fetches it with SRI only when the button is pressed, writes the
//! link into `input()`, calls `encode(len)` and reads `output()`.

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
}
