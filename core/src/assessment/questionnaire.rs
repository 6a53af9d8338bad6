//! The questionnaire as a table: the question screens in the order of the
//! content spec (section 3) — location, red-flag groups A, B, C, then
//! radiating pain, duration, activity, work, and thoughts and feelings — and
//! the options each one shows.
//!
//! A new single-choice question is its answer type (an enum with `ALL` and
//! `label`, in `answers.rs`) and one entry in the table below; `table.rs`
//! generates the rest, and the tools and tests derive from `Question::ORDER`
//! and `Question::options`.

use crate::i18n::Msg;

pub use super::answers::*;
pub use super::red_flags::{FlagAnswer, RedFlag, RedFlagGroup};

super::table::questionnaire! {
    Radiating(Radiating) {
        field: radiating,
        id: "radiating",
        title: QRadiating,
        hint: Some(Msg::QRadiatingHint),
    }
    Duration(Duration) {
        field: duration,
        id: "duration",
        title: QDuration,
        hint: None,
    }
    Activity(Activity) {
        field: activity,
        id: "activity",
        title: QActivity,
        hint: Some(Msg::QActivityHint),
    }
    Work(Work) {
        field: work,
        id: "work",
        title: QWork,
        hint: None,
    }
}

impl Question {
    pub fn position(self) -> usize {
        Self::ORDER.iter().position(|q| *q == self).unwrap_or(0)
    }

    /// Thoughts and feelings may be skipped; every other question needs an answer.
    pub fn optional(self) -> bool {
        matches!(self, Self::Thoughts)
    }

    /// The urgent screen this question's answer stops at, if it does: an A
    /// or B statement, or radiating pain getting worse or spreading (a B sign,
    /// content spec section 5.2). Red flags always win: nothing is asked after.
    pub fn stops_at(self, answers: &Answers) -> Option<RedFlagGroup> {
        match self {
            Self::RedFlags(g) if g.stops() && answers.flag(g).is_some() => Some(g),
            Self::Radiating => answers
                .radiating
                .and_then(Radiating::sign)
                .filter(|g| g.stops()),
            _ => None,
        }
    }
}
