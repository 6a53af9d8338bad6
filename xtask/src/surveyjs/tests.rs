use ryggsjekk_core::assessment::*;

use super::headlines::{checked_headline_texts, sets};
use super::questions::{name, value};
use super::render;

#[test]
fn headline_conditions_agree_with_the_core() {
    let texts = checked_headline_texts(&sets());
    assert_eq!(texts.len(), 6);
}

#[test]
fn every_question_and_option_is_in_the_survey() {
    let json = render();
    for q in Question::ORDER {
        assert!(json.contains(&format!("\"name\": \"{}\"", name(q))));
        for v in q.options(Some(Location::Several)) {
            assert!(
                json.contains(&format!("\"value\": \"{}\"", value(v))),
                "{v:?}"
            );
        }
    }
}
