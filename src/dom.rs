//! A small virtual DOM over web-sys, in place of Yew (see README,
//! Performance: Yew's generic machinery was most of the wasm). Views build an
//! `Html` tree with `el(..)`; `patch` brings the real DOM in line with it,
//! children by position; `app` runs the one component, rendering
//! synchronously after each message that asks for it.
//!
//! `diff` is plain Rust (tested natively, tests/dom_diff.rs); the rest is wasm32 only.

pub mod diff;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod html;
#[cfg(target_arch = "wasm32")]
mod patch;

#[cfg(target_arch = "wasm32")]
pub use app::{AppHandle, Component, Context, Scope};
#[cfg(target_arch = "wasm32")]
pub use html::{el, Callback, El, Ev, Html, NodeRef, Str};
