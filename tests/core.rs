//! The assessment core against the content spec (`clinical-content.md`).
//!
//! The modules test the rules of sections 4–6 one by one, with expected
//! values written from the spec, not from the code's output. The six
//! invariants of section 6, over every combination of answers, are in
//! `tests/exhaustive.rs`.

#[path = "core/headlines.rs"]
mod headlines;
#[path = "core/helpers.rs"]
#[allow(dead_code)] // `flag_choices` is for tests/first_screen.rs
mod helpers;
#[path = "core/red_flags.rs"]
mod red_flags;
#[path = "core/referral.rs"]
mod referral;
#[path = "core/sections.rs"]
mod sections;
