//! Ryggsjekk: a patient self-assessment widget for neck and back pain.
//!
//! Three layers (see ARCHITECTURE.md):
//! - [`assessment`], [`embed`], [`i18n`]: the core crate `ryggsjekk-core`
//!   (questionnaire, flow, rules, texts generated from `locales/`), plain Rust;
//! - the browser shell (`dom`, `ui`, `web`): a small virtual DOM, the screens
//!   and the wasm exports, wasm32 only.

// The core lives in its own crate (core/, `ryggsjekk-core`) that cannot
// depend on web-sys; re-exported so the shell reads `crate::assessment`.
pub use ryggsjekk_core::{assessment, embed, i18n, strings};

// Plain Rust at its core (`dom::diff`, tested natively); the rest wasm32 only.
pub mod dom;
#[cfg(target_arch = "wasm32")]
mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;

// Single-threaded wasm (no atomics): talc's documented global-allocator setup.
// See Cargo.toml for why not the default allocator.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
