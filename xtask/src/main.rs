//! `cargo xtask review|surveyjs [--write | --check]`: see the crate docs (`lib.rs`).

use std::process::ExitCode;

use ryggsjekk_core::embed::lang_from_tag;
use ryggsjekk_core::i18n::status::Status;
use xtask::{review, surveyjs, translator, Generated};

const USAGE: &str = "usage: cargo xtask <review | surveyjs | translator-sheet> [--write | --check]\n       cargo xtask translator-sheet --stamp <lang> <translated|reviewed> [id …]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [command, flag, lang, mark, ids @ ..] = args.as_slice() {
        if command == "translator-sheet" && flag == "--stamp" {
            return stamp(lang, mark, ids);
        }
    }
    let (command, flag) = match args.as_slice() {
        [command] => (command.as_str(), None),
        [command, flag] => (command.as_str(), Some(flag.as_str())),
        _ => return usage(),
    };
    match command {
        "review" => run(&review::generate(), flag, review::REGENERATE),
        "surveyjs" => run(&[surveyjs::generate()], flag, surveyjs::REGENERATE),
        "translator-sheet" => run(&translator::generate(), flag, translator::REGENERATE),
        _ => usage(),
    }
}

/// Records messages of a translation as made from today's bokmål; the sheets
/// must then be regenerated (the build reads status.txt).
fn stamp(lang: &str, mark: &str, ids: &[String]) -> ExitCode {
    let mark = match mark {
        "translated" => Status::Translated,
        "reviewed" => Status::Reviewed,
        _ => return usage(),
    };
    let Some(lang) = lang_from_tag(lang) else {
        eprintln!("unknown language {lang:?}");
        return ExitCode::from(2);
    };
    match translator::stamp(lang, mark, ids) {
        Ok(file) => write(&[file]),
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
    }
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

/// `--write` rewrites the files that changed, `--check` fails when one is
/// stale, and no flag prints the first file.
fn run(files: &[Generated], flag: Option<&str>, regenerate: &str) -> ExitCode {
    match flag {
        Some("--write") => write(files),
        Some("--check") => {
            let stale: Vec<String> = files
                .iter()
                .filter(|f| !f.is_up_to_date())
                .map(|f| f.path.display().to_string())
                .collect();
            if stale.is_empty() {
                return ExitCode::SUCCESS;
            }
            eprintln!(
                "out of date: {}\nregenerate with: {regenerate}",
                stale.join(", ")
            );
            ExitCode::FAILURE
        }
        None => {
            if let Some(first) = files.first() {
                print!("{}", first.content);
            }
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!("unknown argument {other:?}; use --write, --check or nothing");
            ExitCode::from(2)
        }
    }
}

fn write(files: &[Generated]) -> ExitCode {
    for file in files {
        let shown = file.path.display();
        if file.is_up_to_date() {
            println!("{shown} is up to date");
            continue;
        }
        let written = match file.path.parent() {
            Some(dir) => std::fs::create_dir_all(dir),
            None => Ok(()),
        }
        .and_then(|()| std::fs::write(&file.path, &file.content));
        if let Err(e) = written {
            eprintln!("write {shown}: {e}");
            return ExitCode::FAILURE;
        }
        println!("wrote {shown}");
    }
    ExitCode::SUCCESS
}
