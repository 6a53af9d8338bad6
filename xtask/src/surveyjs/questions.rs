//! The survey's pages: one SurveyJS question per screen of the widget, with
//! the same options in the same order and the names and values the
//! conditions refer to.

use ryggsjekk_core::assessment::*;
use ryggsjekk_core::i18n::{text, Msg};

use super::json::{s, J};
use super::LANG;

/// The SurveyJS question name of a screen: its id in the core's table.
pub(super) fn name(q: Question) -> &'static str {
    q.id()
}

/// An option's value: the id of its text (unique within a question).
pub(super) fn value(v: AnswerValue) -> &'static str {
    v.label().id()
}

pub(super) fn list(values: impl IntoIterator<Item = &'static str>) -> String {
    let quoted: Vec<String> = values.into_iter().map(|v| format!("'{v}'")).collect();
    format!("[{}]", quoted.join(", "))
}

pub(super) fn none_value(g: RedFlagGroup) -> &'static str {
    value(AnswerValue::Flags(g, FlagAnswer::NoneOfThese))
}

pub(super) fn question_json(q: Question) -> J {
    let mut f: Vec<(&'static str, J)> =
        vec![("name", s(name(q))), ("title", s(text(LANG, q.title())))];
    if let Some(h) = q.hint() {
        f.push(("description", s(text(LANG, h))));
    }
    if q == Question::Thoughts {
        f.insert(0, ("type", s("matrix")));
        f.push(("isRequired", J::B(!q.optional())));
        f.push((
            "columns",
            J::A(
                Agreement::ALL
                    .into_iter()
                    .map(|ag| {
                        J::O(vec![
                            ("value", s(ag.label().id())),
                            ("text", s(text(LANG, ag.label()))),
                        ])
                    })
                    .collect(),
            ),
        ));
        f.push((
            "rows",
            J::A(
                Thought::ALL
                    .into_iter()
                    .map(|t| {
                        J::O(vec![
                            ("value", s(t.label().id())),
                            ("text", s(text(LANG, t.label()))),
                        ])
                    })
                    .collect(),
            ),
        ));
        return J::O(f);
    }
    f.insert(0, ("type", s("radiogroup")));
    f.push(("isRequired", J::B(!q.optional())));
    f.push(("requiredErrorText", s(text(LANG, Msg::ErrorChooseOne))));
    // Every option that any location shows; those that only some locations
    // show are visible only then (the neck statements).
    let all = q.options(Some(Location::Several));
    let choices = all
        .into_iter()
        .map(|v| {
            let mut c = vec![("value", s(value(v))), ("text", s(text(LANG, v.label())))];
            let shown_for: Vec<Location> = Location::ALL
                .into_iter()
                .filter(|&l| q.options(Some(l)).contains(&v))
                .collect();
            if shown_for.len() < Location::ALL.len() {
                let locs = list(shown_for.iter().map(|&l| value(AnswerValue::Location(l))));
                c.push(("visibleIf", s(format!("{{location}} anyof {locs}"))));
            }
            J::O(c)
        })
        .collect();
    f.push(("choices", J::A(choices)));
    J::O(f)
}
