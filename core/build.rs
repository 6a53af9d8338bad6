//! Turns `locales/<lang>/*.ftl` into typed, static text tables
//! (`$OUT_DIR/messages.rs`, included by `core/src/i18n.rs`).
//!
//! Fluent is only the file format: the files are parsed here, at build time,
//! so no Fluent runtime ships in the wasm. The build fails, naming the file,
//! language and id, when a text is missing, extra, duplicated, uses other
//! placeholders than in `nb`, has a placeholder `nb` does not declare a type
//! for, a numeric select with keys that are not plural categories of its
//! language, syntax `i18n` cannot render (terms, attributes, functions,
//! message references), or a `main.ftl` message without a known category
//! (`build/category.rs`).

use std::path::{Path, PathBuf};
use std::{env, fs};

#[path = "build/check.rs"]
mod check;
#[path = "build/codegen.rs"]
mod codegen;
#[path = "build/encode.rs"]
mod encode;
#[path = "build/languages.rs"]
mod languages;
#[path = "build/parse.rs"]
mod parse;
#[path = "build/status.rs"]
mod status;

use check::Locale;
use codegen::generate;
use parse::{file_name, read_dir_sorted, read_language};

fn main() {
    // The texts live at the top of the repository, beside the widget that shows them.
    let root = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let dir = root.join("../locales");
    println!("cargo:rerun-if-changed={}", dir.display());
    println!("cargo:rerun-if-changed=build");
    println!("cargo:rerun-if-changed=src/i18n/plural.rs");

    let table = dir.join("languages.toml");
    println!("cargo:rerun-if-changed={}", table.display());
    let source = fs::read_to_string(&table)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", table.display()));
    let langs = languages::parse(&source).unwrap_or_else(|errors| {
        panic!(
            "\n\nlocales/languages.toml:\n  - {}\n\n",
            errors.join("\n  - ")
        )
    });
    let codes: Vec<&str> = langs.iter().map(|l| l.code.as_str()).collect();

    let mut errors = Vec::new();
    let mut locales = Vec::new();
    for lang in &codes {
        let lang_dir = dir.join(lang);
        println!("cargo:rerun-if-changed={}", lang_dir.display());
        let mut messages = read_language(lang, &lang_dir, &mut errors);
        // review.ftl is for the clinical review documents (nb, nn), never shown
        // to a patient: a language without it takes the reference's.
        if let Some(reference) = locales.first() {
            if !lang_dir.join("review.ftl").exists() {
                let r: &Locale = reference;
                messages.extend(
                    r.messages
                        .iter()
                        .filter(|m| m.file == check::REVIEW_FILE)
                        .cloned(),
                );
            }
        }
        locales.push(Locale {
            lang: lang.to_string(),
            messages,
        });
    }
    for entry in read_dir_sorted(&dir) {
        let name = file_name(&entry);
        if entry.is_dir() && !codes.contains(&name.as_str()) {
            errors.push(format!(
                "locales/{name}/: unknown language (expected {codes:?}; add it to locales/languages.toml)"
            ));
        }
    }
    errors.extend(check::check(&locales));
    errors.extend(check::category::check(&locales));
    if !errors.is_empty() {
        panic!(
            "\n\nThe texts in locales/ have {} problem(s):\n  - {}\n\n",
            errors.len(),
            errors.join("\n  - ")
        );
    }

    let records = translation_status(&dir, &locales);

    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("OUT_DIR"));
    write_if_changed(
        &out_dir.join("status.rs"),
        status::generate(&locales[0], &records).as_bytes(),
    );
    let (code, assets) = generate(&locales);
    // Before messages.rs, which include_bytes! them.
    for (lang, text) in assets {
        write_if_changed(&out_dir.join(format!("texts.{lang}.bin")), text.as_bytes());
    }
    write_if_changed(&out_dir.join("messages.rs"), code.as_bytes());
    write_if_changed(
        &out_dir.join("languages.rs"),
        languages::generate(&langs).as_bytes(),
    );
}

/// Each translation's `status.txt`, with a warning per language that has
/// stale messages (a bad line fails the build: the file is machine-written).
fn translation_status(dir: &Path, locales: &[Locale]) -> Vec<(String, Vec<status::Record>)> {
    let mut all = Vec::new();
    for locale in &locales[1..] {
        let path = dir.join(&locale.lang).join("status.txt");
        println!("cargo:rerun-if-changed={}", path.display());
        let shown = format!("locales/{}/status.txt", locale.lang);
        let text = fs::read_to_string(&path).unwrap_or_default();
        let (records, errors) = status::parse(&text, &shown);
        if !errors.is_empty() {
            panic!("\n\n{}\n\n", errors.join("\n"));
        }
        let stale = status::stale(&locales[0], &records);
        if !stale.is_empty() {
            let shown_ids: Vec<&str> = stale.iter().take(8).copied().collect();
            let more = if stale.len() > 8 { ", …" } else { "" };
            println!(
                "cargo:warning={shown}: {} message(s) stale (bokmål changed since, or no status): {}{more}",
                stale.len(),
                shown_ids.join(", ")
            );
        }
        all.push((locale.lang.clone(), records));
    }
    all
}

/// Only writes on change, so dependants are not rebuilt for nothing.
fn write_if_changed(path: &Path, bytes: &[u8]) {
    if fs::read(path).ok().as_deref() != Some(bytes) {
        fs::write(path, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    }
}
