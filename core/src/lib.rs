//! Ryggsjekk's core: the questionnaire, the flow, the clinical rules, the
//! result model and every patient-facing text. Plain Rust with no
//! dependencies: no `yew`, `web_sys` or `wasm_bindgen`, so the compiler keeps
//! the shell out, and `cargo test` runs it natively (see ARCHITECTURE.md).

pub mod assessment;
pub mod embed;
/// The answers in the handoff link to the patient's phone (issue 17).
pub mod handoff;
pub mod i18n;
/// Strings without `core::fmt`, for the wasm's sake.
pub mod strings;
// Native only: scripts/build runs it to write the loader's data; the wasm never needs it.
#[cfg(not(target_arch = "wasm32"))]
pub mod loader;
