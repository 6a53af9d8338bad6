//! Ryggsjekk: a patient self-assessment widget for neck and back pain.
//!
//! Three layers (see ARCHITECTURE.md):
//! - [`assessment`]: the questionnaire, the flow and the rules, plain Rust;
//! - [`i18n`]: every patient-facing word, generated at build time from `locales/`;
//! - the browser shell (`ui`, `web`): Yew components and the wasm exports, wasm32 only.

pub mod assessment;
pub mod embed;
pub mod i18n;

#[cfg(target_arch = "wasm32")]
mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;

// Single-threaded wasm (no atomics): talc's documented global-allocator setup.
// See Cargo.toml for why not the default allocator.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
