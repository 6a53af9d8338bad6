//! Every check that needs all 144,633,600 combinations of answers, in one
//! binary that walks them once (`pass`): the invariants of content spec
//! section 6 (`invariants`, `invariants_v2`), the questions for the fastlege,
//! the purpose sentence, the A/B allowlist of message categories
//! (`allowlist`), and the content digest (`digest`). Each check is
//! still its own `#[test]` with its own message; they share the walk, the
//! outcome and the view of each combination. Walking three times took most of
//! the native suite's time.
//!
//! Run one check: `cargo test --test exhaustive invariant_7` (the walk is the
//! same for one check or all of them).

#[path = "exhaustive/allowlist.rs"]
mod allowlist;
mod common;
#[path = "exhaustive/digest.rs"]
mod digest;
mod enumerate;
#[path = "core/helpers.rs"]
#[allow(dead_code)] // Only `calm` is used here; the other helpers serve tests/core.
mod helpers;
#[path = "exhaustive/invariants.rs"]
mod invariants;
#[path = "exhaustive/invariants_v2.rs"]
mod invariants_v2;
#[path = "exhaustive/pass.rs"]
mod pass;
