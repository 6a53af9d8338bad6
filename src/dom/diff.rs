//! The decisions of the patcher that need no DOM: which attributes change,
//! and whether an old node can be kept for a new one.

use std::borrow::Cow;

/// An attribute as the views give it: a static name and a value.
pub type Attr = (&'static str, Cow<'static, str>);

/// Calls `f(name, Some(value))` for each attribute of `new` that is missing
/// from `old` or has another value there, then `f(name, None)` for each of
/// `old` that `new` no longer has. Attributes on neither list are never
/// touched: a `<details>` keeps the `open` the browser gave it.
pub fn diff_attrs(old: &[Attr], new: &[Attr], mut f: impl FnMut(&'static str, Option<&str>)) {
    for (name, value) in new {
        if !old.iter().any(|(n, v)| n == name && v == value) {
            f(name, Some(value));
        }
    }
    for (name, _) in old {
        if !new.iter().any(|(n, _)| n == name) {
            f(name, None);
        }
    }
}

/// An old element is patched for a new one with the same tag and key, and
/// replaced otherwise: a new key (the kiosk's session generation) leaves no
/// node of the old subtree behind.
pub fn reuses(old: (&str, Option<&str>), new: (&str, Option<&str>)) -> bool {
    old == new
}
