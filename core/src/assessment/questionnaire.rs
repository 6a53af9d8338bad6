//! The questionnaire as a table: the question screens in the order of the
//! content spec (section 3) — location, red-flag groups A, B, C, then
//! radiating pain, duration, activity, work, and thoughts and feelings — and
//! the options each one shows.

use crate::i18n::Msg;

pub use super::answers::*;
pub use super::red_flags::{FlagAnswer, RedFlag, RedFlagGroup};

/// One question screen. The questionnaire is this table, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Question {
    Location,
    RedFlags(RedFlagGroup),
    Radiating,
    Duration,
    Activity,
    Work,
    Thoughts,
}

impl Question {
    /// The order of the questionnaire (content spec section 3).
    pub const ORDER: [Question; 9] = [
        Self::Location,
        Self::RedFlags(RedFlagGroup::A),
        Self::RedFlags(RedFlagGroup::B),
        Self::RedFlags(RedFlagGroup::C),
        Self::Radiating,
        Self::Duration,
        Self::Activity,
        Self::Work,
        Self::Thoughts,
    ];

    pub fn position(self) -> usize {
        Self::ORDER.iter().position(|q| *q == self).unwrap_or(0)
    }

    pub fn title(self) -> Msg {
        match self {
            Self::Location => Msg::QLocation,
            Self::RedFlags(RedFlagGroup::C) => Msg::QFlagsC,
            Self::RedFlags(_) => Msg::QFlagsNow,
            Self::Radiating => Msg::QRadiating,
            Self::Duration => Msg::QDuration,
            Self::Activity => Msg::QActivity,
            Self::Work => Msg::QWork,
            Self::Thoughts => Msg::QThoughts,
        }
    }

    pub fn hint(self) -> Option<Msg> {
        match self {
            Self::Location => Some(Msg::QLocationHint),
            Self::RedFlags(_) => Some(Msg::FlagsHint),
            Self::Radiating => Some(Msg::QRadiatingHint),
            Self::Activity => Some(Msg::QActivityHint),
            Self::Thoughts => Some(Msg::QThoughtsHint),
            _ => None,
        }
    }

    /// Thoughts and feelings may be skipped; every other question needs an answer.
    pub fn optional(self) -> bool {
        matches!(self, Self::Thoughts)
    }

    /// The options of a single-choice question, for a given location (which
    /// decides the red-flag statements). Empty for the thoughts screen, which is
    /// a list of agree/disagree statements instead.
    pub fn options(self, location: Option<Location>) -> Vec<AnswerValue> {
        match self {
            Self::Location => Location::ALL
                .into_iter()
                .map(AnswerValue::Location)
                .collect(),
            Self::RedFlags(group) => {
                // Before a location is known, show the full list (the cautious choice).
                let loc = location.unwrap_or(Location::Several);
                group
                    .flags(loc)
                    .map(|f| AnswerValue::Flags(group, FlagAnswer::Flag(f)))
                    .chain(std::iter::once(AnswerValue::Flags(
                        group,
                        FlagAnswer::NoneOfThese,
                    )))
                    .collect()
            }
            Self::Radiating => Radiating::ALL
                .into_iter()
                .map(AnswerValue::Radiating)
                .collect(),
            Self::Duration => Duration::ALL
                .into_iter()
                .map(AnswerValue::Duration)
                .collect(),
            Self::Activity => Activity::ALL
                .into_iter()
                .map(AnswerValue::Activity)
                .collect(),
            Self::Work => Work::ALL.into_iter().map(AnswerValue::Work).collect(),
            Self::Thoughts => Vec::new(),
        }
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

    pub fn is_answered(self, answers: &Answers) -> bool {
        match self {
            Self::Location => answers.location.is_some(),
            Self::RedFlags(g) => answers.flags(g).is_some(),
            Self::Radiating => answers.radiating.is_some(),
            Self::Duration => answers.duration.is_some(),
            Self::Activity => answers.activity.is_some(),
            Self::Work => answers.work.is_some(),
            Self::Thoughts => true,
        }
    }
}

/// One answer the patient gives: the value of one option.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AnswerValue {
    Location(Location),
    Flags(RedFlagGroup, FlagAnswer),
    Radiating(Radiating),
    Duration(Duration),
    Activity(Activity),
    Work(Work),
    Thought(Thought, Agreement),
}

impl AnswerValue {
    /// The question this answer belongs to.
    pub fn question(self) -> Question {
        match self {
            Self::Location(_) => Question::Location,
            Self::Flags(g, _) => Question::RedFlags(g),
            Self::Radiating(_) => Question::Radiating,
            Self::Duration(_) => Question::Duration,
            Self::Activity(_) => Question::Activity,
            Self::Work(_) => Question::Work,
            Self::Thought(..) => Question::Thoughts,
        }
    }

    /// The option's text.
    pub fn label(self) -> Msg {
        match self {
            Self::Location(l) => l.label(),
            Self::Flags(_, FlagAnswer::NoneOfThese) => Msg::FlagNone,
            Self::Flags(_, FlagAnswer::Flag(f)) => f.label(),
            Self::Radiating(r) => r.label(),
            Self::Duration(d) => d.label(),
            Self::Activity(a) => a.label(),
            Self::Work(w) => w.label(),
            Self::Thought(_, a) => a.label(),
        }
    }

    /// Whether this option is currently the chosen one.
    pub fn is_selected(self, answers: &Answers) -> bool {
        match self {
            Self::Location(l) => answers.location == Some(l),
            Self::Flags(g, f) => answers.flags(g) == Some(f),
            Self::Radiating(r) => answers.radiating == Some(r),
            Self::Duration(d) => answers.duration == Some(d),
            Self::Activity(a) => answers.activity == Some(a),
            Self::Work(w) => answers.work == Some(w),
            Self::Thought(t, a) => answers.thoughts[t.index()] == Some(a),
        }
    }
}
