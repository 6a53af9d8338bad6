//! Renders the compact encoded texts (see `encode` in `core/build/encode.rs`).
//! A hand-written decoder instead of `core::fmt`: the wasm carries no
//! formatting machinery for the texts.

use super::plural::PluralRule;
use super::Arg;

/// Renders the encoded message `code`; `args[p]` fills the placeholder at
/// position `p`. Never panics: a missing argument renders as empty text, a
/// select without one takes its default variant, and bad input renders what
/// can be read.
pub(super) fn render(code: &str, rule: PluralRule, args: &[Option<Arg<'_>>], out: &mut String) {
    let b = code.as_bytes();
    let arg = |i: usize| {
        let p = b.get(i).copied().unwrap_or(0).wrapping_sub(b'a');
        args.get(usize::from(p)).copied().flatten()
    };
    let (mut i, mut text) = (0, 0);
    while i < b.len() {
        match b[i] {
            1 => {
                out.push_str(code.get(text..i).unwrap_or(""));
                match arg(i + 1) {
                    Some(Arg::Num(n)) => push_num(out, n),
                    Some(Arg::Str(s)) => out.push_str(s),
                    None => {}
                }
                i += 2;
                text = i;
            }
            2 => {
                out.push_str(code.get(text..i).unwrap_or(""));
                let value = arg(i + 1);
                i += 2;
                // Variants `key \x03 body \x04` until `\x05`, the default last.
                // The best fit so far and the last body, so any number of
                // variants needs no buffer.
                let (mut best, mut best_fit, mut last) = ("", 0, "");
                while i < b.len() && b[i] != 5 {
                    let key_start = i;
                    while i < b.len() && b[i] != 3 {
                        i += 1;
                    }
                    let key = code.get(key_start..i).unwrap_or("");
                    i += 1;
                    let body_start = i;
                    let mut depth = 0u32;
                    while i < b.len() && !(depth == 0 && b[i] == 4) {
                        match b[i] {
                            2 => depth += 1,
                            5 => depth = depth.saturating_sub(1),
                            _ => {}
                        }
                        i += 1;
                    }
                    last = code.get(body_start..i).unwrap_or("");
                    let f = fit(key, value, rule);
                    if f > best_fit {
                        (best, best_fit) = (last, f);
                    }
                    i += 1;
                }
                i += 1;
                render(if best_fit > 0 { best } else { last }, rule, args, out);
                text = i.min(b.len());
            }
            _ => i += 1,
        }
    }
    out.push_str(code.get(text..).unwrap_or(""));
}

/// How well the variant `key` fits the selector's value: 2 exactly (`[0]`
/// for 0, `[neck]` for "neck"), 1 by the number's plural category in `rule`
/// (`[one]`, `[few]`, …), 0 not at all. The best fit wins, else the default.
pub(super) fn fit(key: &str, value: Option<Arg<'_>>, rule: PluralRule) -> u8 {
    match value {
        Some(Arg::Num(n)) => {
            let mut buf = [0u8; 20];
            if key.as_bytes() == decimal(n, &mut buf) {
                2
            } else if key == rule.select(n).key() {
                1
            } else {
                0
            }
        }
        Some(Arg::Str(s)) if s == key => 2,
        _ => 0,
    }
}

/// A whole number in decimal, without `core::fmt` (also for the UI's ids
/// and attribute values: `format!` would bring the machinery into the wasm).
pub fn push_num(out: &mut String, n: i64) {
    let mut buf = [0u8; 20];
    for &d in decimal(n, &mut buf) {
        out.push(char::from(d));
    }
}

/// The ASCII digits of `n` (with a leading `-`), written to the end of `buf`
/// (20 bytes: `i64::MIN` has 19 digits). No indexing: a bounds check would
/// bring panic formatting into the wasm.
fn decimal(n: i64, buf: &mut [u8; 20]) -> &[u8] {
    let mut v = n.unsigned_abs();
    let mut start = buf.len();
    let mut slots = buf.iter_mut().enumerate().rev();
    for (i, b) in slots.by_ref() {
        *b = b'0' + (v % 10) as u8;
        v /= 10;
        start = i;
        if v == 0 {
            break;
        }
    }
    if n < 0 {
        if let Some((i, b)) = slots.next() {
            *b = b'-';
            start = i;
        }
    }
    buf.get(start..).unwrap_or_default()
}
