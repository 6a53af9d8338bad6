//! The texts layer: every message in every language, plain language (LIX),
//! no English in Norwegian, no bokmål in nynorsk, and the formatter.
//!
//! Run with `cargo test --test locales -- --nocapture` to see the LIX values.

/// The build-time checker, unit-tested in `build_checks` (build.rs includes the same file).
#[allow(dead_code)]
#[path = "../core/build/check.rs"]
mod check;

#[path = "locales/build_checks.rs"]
mod build_checks;
#[path = "locales/completeness.rs"]
mod completeness;
#[path = "languages/expect.rs"]
mod expect;
#[path = "locales/formatting.rs"]
mod formatting;
#[path = "locales/helpers.rs"]
mod helpers;
#[path = "locales/language.rs"]
mod language;
#[path = "locales/readability.rs"]
mod readability;
