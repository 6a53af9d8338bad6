//! The assessment core against the content spec (`clinical-content.md`).
//!
//! `enumeration` walks every combination of answers once, shared by the
//! `invariant_*` tests (`invariants`) of the six invariants of section 6.
//! The other modules test the rules of sections 4–6 one by one, with expected
//! values written from the spec, not from the code's output.

mod common;
#[path = "core/enumeration.rs"]
mod enumeration;
#[path = "core/headlines.rs"]
mod headlines;
#[path = "core/helpers.rs"]
mod helpers;
#[path = "core/invariants.rs"]
mod invariants;
#[path = "core/red_flags.rs"]
mod red_flags;
#[path = "core/referral.rs"]
mod referral;
#[path = "core/sections.rs"]
mod sections;
