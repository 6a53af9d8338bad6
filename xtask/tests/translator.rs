//! The committed translator review sheets are what the texts and their
//! status give today, so a clinic commissions a review of the real texts.

use std::collections::HashMap;

use ryggsjekk_core::i18n::status::Status;
use ryggsjekk_core::i18n::{Lang, Msg};
use xtask::{translator, workspace_root};

#[test]
fn every_translation_has_an_up_to_date_sheet() {
    let sheets = translator::generate();
    assert_eq!(
        sheets.len(),
        Lang::ALL.len() - 1,
        "one sheet per language but bokmål"
    );
    for sheet in sheets {
        assert!(
            sheet.is_up_to_date(),
            "{} is out of date; regenerate it with:\n\n    {}\n",
            sheet.path.display(),
            translator::REGENERATE
        );
    }
}

#[test]
fn a_sheet_puts_bokmal_beside_the_translation_with_its_category() {
    let sheet = translator::render(Lang::Pl);
    assert!(sheet.contains("| # | id | category | bokmål | Polski | status |"));
    // A row: the id, the category, the two texts and the status.
    let row = sheet
        .lines()
        .find(|l| l.contains("`nav-back`"))
        .expect("nav-back row");
    let cells: Vec<&str> = row.split(" | ").collect();
    assert_eq!(cells.len(), 6, "{row}");
    assert_eq!((cells[2], cells[3]), ("frame", "Tilbake"), "{row}");
    assert!(!cells[4].is_empty() && cells[4] != "Tilbake", "{row}");
    assert!(sheet.contains("machine-assisted draft"));
    // The review document's texts are not the translator's.
    assert!(!sheet.contains("`review-title`"));
}

#[test]
fn stamping_records_todays_bokmal_digest_and_keeps_other_lines() {
    let file = translator::stamp(Lang::Uk, Status::Reviewed, &["nav-back".to_string()]).unwrap();
    let line = |id: &str| {
        file.content
            .lines()
            .find(|l| l.split(' ').next() == Some(id))
            .map(str::to_string)
    };
    let digest = ryggsjekk_core::i18n::status::source_digest(Msg::NavBack);
    assert_eq!(digest.len(), 8);
    assert_eq!(
        line("nav-back"),
        Some(format!("nav-back reviewed {digest}"))
    );
    assert!(line("nav-next").is_some_and(|l| l.starts_with("nav-next translated ")));
    assert!(translator::stamp(Lang::Nb, Status::Reviewed, &[]).is_err());
    assert!(translator::stamp(Lang::Uk, Status::Reviewed, &["no-such-id".into()]).is_err());
}

/// id → category, read from the bokmål files themselves: the `# category: …`
/// line above each message of `main.ftl`; every `fallback.ftl` message is `fallback`.
fn declared_categories() -> HashMap<String, String> {
    let read = |file: &str| {
        std::fs::read_to_string(workspace_root().join("locales/nb").join(file)).unwrap()
    };
    let mut out = HashMap::new();
    let mut category = None;
    for line in read("main.ftl").lines() {
        if let Some(c) = line.strip_prefix("# category:") {
            category = Some(c.trim().to_string());
        } else if let Some((id, _)) = line
            .split_once(" = ")
            .filter(|(id, _)| !id.starts_with([' ', '#']))
        {
            out.insert(id.to_string(), category.take().unwrap_or_default());
        }
    }
    for line in read("fallback.ftl").lines() {
        if let Some((id, _)) = line
            .split_once(" = ")
            .filter(|(id, _)| !id.starts_with([' ', '#']))
        {
            out.insert(id.to_string(), "fallback".to_string());
        }
    }
    out
}

/// The rows of the table under `heading`, split into trimmed cells.
fn table<'a>(sheet: &'a str, heading: &str) -> Vec<Vec<&'a str>> {
    sheet
        .lines()
        .skip_while(|l| *l != heading)
        .skip(1)
        .take_while(|l| !l.starts_with("## "))
        .filter(|l| {
            l.starts_with("| ")
                && !l.starts_with("| ---")
                && !l.starts_with("| category |")
                && !l.starts_with("| # |")
        })
        .map(|l| l.trim_matches('|').split(" | ").map(str::trim).collect())
        .collect()
}

#[test]
fn every_message_row_names_the_category_bokmal_declares() {
    let declared = declared_categories();
    assert!(
        declared.len() > 200,
        "read {} messages from locales/nb",
        declared.len()
    );
    for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::BUILTIN) {
        let sheet = translator::render(lang);
        // The legend: the column's words → the declared name, most important first.
        let legend = table(&sheet, "## Categories");
        let names: Vec<&str> = legend.iter().map(|r| r[1].trim_matches('`')).collect();
        assert_eq!(
            names[..2],
            ["urgent", "safety-net"],
            "{}: urgent and safety net lead the legend",
            lang.code()
        );
        let by_label: HashMap<&str, &str> = legend
            .iter()
            .map(|r| (r[0], r[1].trim_matches('`')))
            .collect();
        let rows = table(&sheet, "## Messages");
        let mut seen = 0;
        for row in &rows {
            let id = row[1].trim_matches('`');
            let label = row[2].trim_matches('*');
            assert!(!label.is_empty(), "{}: `{id}` has no category", lang.code());
            let Some(want) = declared.get(id) else {
                continue;
            };
            seen += 1;
            assert_eq!(
                by_label.get(label),
                Some(&want.as_str()),
                "{}: `{id}` shows «{}», bokmål declares `{want}`",
                lang.code(),
                row[2]
            );
        }
        assert_eq!(
            seen,
            declared.len(),
            "{}: every bokmål message has its row",
            lang.code()
        );
        // The first-priority ones stand out in the column too.
        assert!(rows.iter().any(|r| r[2] == "**urgent**"), "{}", lang.code());
    }
}
