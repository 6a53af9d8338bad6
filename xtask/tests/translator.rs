//! The committed translator review sheets are what the texts and their
//! status give today, so a clinic commissions a review of the real texts.

use ryggsjekk_core::i18n::status::Status;
use ryggsjekk_core::i18n::{Lang, Msg};
use xtask::translator;

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
fn a_sheet_puts_bokmal_beside_the_translation_with_a_place_for_the_category() {
    let sheet = translator::render(Lang::Pl);
    assert!(sheet.contains("| # | id | category | bokmål | Polski | status |"));
    // A row: the id, an empty category, the two texts and the status.
    let row = sheet
        .lines()
        .find(|l| l.contains("`nav-back`"))
        .expect("nav-back row");
    let cells: Vec<&str> = row.split(" | ").collect();
    assert_eq!(cells.len(), 6, "{row}");
    assert_eq!((cells[2].trim(), cells[3]), ("", "Tilbake"), "{row}");
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
