//! Strings built without `core::fmt`: `format!`, `to_string` on numbers and
//! `[&str]::join` (whose slice copy panics with formatted lengths) each bring
//! Rust's formatting machinery into the wasm. One place for the widget's ids,
//! attribute values and panic message and for the core's warnings.

pub use crate::i18n::push_num;

/// The parts, end to end.
#[inline(never)]
pub fn concat(parts: &[&str]) -> String {
    let mut s = String::new();
    for p in parts {
        s.push_str(p);
    }
    s
}

/// The items with `sep` between them.
pub fn join<'a>(items: impl IntoIterator<Item = &'a str>, sep: &str) -> String {
    let mut s = String::new();
    for item in items {
        if !s.is_empty() {
            s.push_str(sep);
        }
        s.push_str(item);
    }
    s
}

/// `n` in decimal.
#[inline(never)]
pub fn num(n: i64) -> String {
    let mut s = String::new();
    push_num(&mut s, n);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn they_agree_with_std() {
        for n in [0, 7, -7, 10, 3600, i64::MAX, i64::MIN] {
            assert_eq!(num(n), n.to_string());
        }
        assert_eq!(
            concat(&["rs-th-", "3", "-", "1"]),
            ["rs-th-", "3", "-", "1"].concat()
        );
        assert_eq!(concat(&[]), "");
        for items in [vec![], vec!["nb"], vec!["nb", "nn", "en"]] {
            assert_eq!(join(items.iter().copied(), ", "), items.join(", "));
        }
    }
}
