//! Writes every language asset (`texts.<lang>.bin`: each language but
//! bokmål, which is in the wasm) into a folder; `scripts/build` names them by
//! their hash and ships them beside the wasm. Prints one path per line.
//!
//!     cargo run -p ryggsjekk-core --example lang-assets -- <folder>

use std::path::PathBuf;
use std::process::ExitCode;

use ryggsjekk_core::i18n::{asset_text, Lang};

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: lang-assets <folder>");
        return ExitCode::FAILURE;
    };
    for lang in Lang::ALL {
        let Some(text) = asset_text(lang) else {
            continue;
        };
        let path = dir.join(format!("texts.{}.bin", lang.code()));
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("lang-assets: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("{}", path.display());
    }
    ExitCode::SUCCESS
}
