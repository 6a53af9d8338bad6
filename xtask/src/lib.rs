//! Ryggsjekk's build helpers, run as `cargo xtask <command>` (an alias in
//! `.cargo/config.toml`). They live outside the widget so the shipped wasm
//! holds only the widget, and depend on the core alone (`ryggsjekk-core`).
//!
//! ```text
//! cargo xtask review [--write | --check]     docs/clinical-review.{nb,nn}.md
//! cargo xtask surveyjs [--write | --check]   bench/surveyjs.json
//! cargo xtask translator-sheet [--write | --check]   docs/translation/<lang>.md
//! cargo xtask translator-sheet --stamp <lang> <translated|reviewed> [id …]
//!                                            locales/<lang>/status.txt
//! ```
//!
//! Without a flag a command prints what it would write (the bokmål document
//! for `review`).

use std::path::{Path, PathBuf};

pub mod review;
pub mod surveyjs;
pub mod translator;

/// A file generated from the code and the texts: where it is committed and
/// what the code makes of it today.
pub struct Generated {
    pub path: PathBuf,
    pub content: String,
}

impl Generated {
    /// Whether the committed file is exactly what the code generates now.
    pub fn is_up_to_date(&self) -> bool {
        std::fs::read_to_string(&self.path).ok().as_deref() == Some(self.content.as_str())
    }
}

/// The workspace root: paths must not depend on where `cargo xtask` is run from.
pub fn workspace_root() -> PathBuf {
    let xtask = Path::new(env!("CARGO_MANIFEST_DIR"));
    xtask.parent().unwrap_or(xtask).to_path_buf()
}
