//! The answer types, one per question, and what `Answers` can tell about them.
//! (`Answers` itself is generated from the table in `questionnaire.rs`.)

use super::questionnaire::Answers;
use super::red_flags::{FlagAnswer, RedFlag, RedFlagGroup};
use crate::i18n::Msg;

/// Where the pain is. Asked first: it decides which red-flag statements apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Location {
    Neck,
    MiddleBack,
    LowerBack,
    Several,
}

impl Location {
    pub const ALL: [Location; 4] = [Self::Neck, Self::MiddleBack, Self::LowerBack, Self::Several];

    /// The neck is involved: neck, or several places (content spec section 4).
    pub fn involves_neck(self) -> bool {
        matches!(self, Self::Neck | Self::Several)
    }

    pub fn label(self) -> Msg {
        match self {
            Self::Neck => Msg::LocationNeck,
            Self::MiddleBack => Msg::LocationMiddle,
            Self::LowerBack => Msg::LocationLower,
            Self::Several => Msg::LocationSeveral,
        }
    }

    /// The select key of `urgent-say-where`: «several» says several places,
    /// never «neck and back», which the patient did not say (v2).
    pub fn say_key(self) -> &'static str {
        match self {
            Self::Neck => "neck",
            Self::Several => "several",
            Self::MiddleBack | Self::LowerBack => "back",
        }
    }
}

/// Pain going down a leg below the knee, or out into an arm. The patient picks
/// the first option that fits (content spec section 5.2, v2): the first two
/// are warning signs, a second chance for B and a C sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Radiating {
    /// Numbness or weakness getting worse or spreading: the B result.
    WorseOrSpreading,
    /// Not bearable with usual painkillers: a C sign.
    Severe,
    /// Numbness or weakness that stays the same.
    WithNumbnessOrWeakness,
    PainOnly,
    No,
}

impl Radiating {
    pub const ALL: [Radiating; 5] = [
        Self::WorseOrSpreading,
        Self::Severe,
        Self::WithNumbnessOrWeakness,
        Self::PainOnly,
        Self::No,
    ];

    /// The red-flag group this answer counts as, if it is a warning sign.
    pub fn sign(self) -> Option<RedFlagGroup> {
        match self {
            Self::WorseOrSpreading => Some(RedFlagGroup::B),
            Self::Severe => Some(RedFlagGroup::C),
            _ => None,
        }
    }

    pub fn label(self) -> Msg {
        match self {
            // Named as the signs they are: the same words on the B screen's reason line.
            Self::WorseOrSpreading => Msg::FlagBRadiatingWorse,
            Self::Severe => Msg::FlagCRadiatingSevere,
            Self::WithNumbnessOrWeakness => Msg::RadiatingNumb,
            Self::PainOnly => Msg::RadiatingPainOnly,
            Self::No => Msg::RadiatingNo,
        }
    }
}

/// How long this episode has lasted, in bands that do not overlap (v2).
/// Ordered: a later variant is longer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Duration {
    UnderTwoWeeks,
    TwoToThreeWeeks,
    FourToFiveWeeks,
    SixWeeksToThreeMonths,
    OverThreeMonths,
}

impl Duration {
    pub const ALL: [Duration; 5] = [
        Self::UnderTwoWeeks,
        Self::TwoToThreeWeeks,
        Self::FourToFiveWeeks,
        Self::SixWeeksToThreeMonths,
        Self::OverThreeMonths,
    ];

    /// «4 weeks or more» = 4–5 weeks, 6 weeks to 3 months and more than 3
    /// months (content spec section 6).
    pub fn four_weeks_or_more(self) -> bool {
        self >= Self::FourToFiveWeeks
    }

    pub fn label(self) -> Msg {
        match self {
            Self::UnderTwoWeeks => Msg::DurationUnder2,
            Self::TwoToThreeWeeks => Msg::Duration23,
            Self::FourToFiveWeeks => Msg::Duration45,
            Self::SixWeeksToThreeMonths => Msg::Duration6Weeks3Months,
            Self::OverThreeMonths => Msg::DurationOver3Months,
        }
    }
}

/// Back to usual daily activities (home, leisure, exercise)?
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Activity {
    AsBefore,
    Partly,
    MostlyNot,
}

impl Activity {
    pub const ALL: [Activity; 3] = [Self::AsBefore, Self::Partly, Self::MostlyNot];
    pub fn label(self) -> Msg {
        match self {
            Self::AsBefore => Msg::ActivityYes,
            Self::Partly => Msg::ActivityPartly,
            Self::MostlyNot => Msg::ActivityNo,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Work {
    Working,
    GradedSickLeave,
    FullSickLeave,
    NotInPaidWork,
}

impl Work {
    pub const ALL: [Work; 4] = [
        Self::Working,
        Self::GradedSickLeave,
        Self::FullSickLeave,
        Self::NotInPaidWork,
    ];
    pub fn on_sick_leave(self) -> bool {
        matches!(self, Self::GradedSickLeave | Self::FullSickLeave)
    }
    pub fn label(self) -> Msg {
        match self {
            Self::Working => Msg::WorkWorking,
            Self::GradedSickLeave => Msg::WorkGraded,
            Self::FullSickLeave => Msg::WorkFull,
            Self::NotInPaidWork => Msg::WorkNone,
        }
    }
}

/// The optional thoughts-and-feelings statements (the guideline's psychosocial
/// point, Linton 2000). Own wording: not the licensed STarT Back / ÖMPSQ items.
/// They add information; they never produce a score or a label.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Thought {
    FearOfHarm,
    NeverBetter,
    WorryALot,
    FeelingDown,
    NotBackInThreeMonths,
}

impl Thought {
    pub const ALL: [Thought; 5] = [
        Self::FearOfHarm,
        Self::NeverBetter,
        Self::WorryALot,
        Self::FeelingDown,
        Self::NotBackInThreeMonths,
    ];
    pub fn index(self) -> usize {
        self as usize
    }
    pub fn label(self) -> Msg {
        match self {
            Self::FearOfHarm => Msg::ThoughtFearHarm,
            Self::NeverBetter => Msg::ThoughtNeverBetter,
            Self::WorryALot => Msg::ThoughtWorry,
            Self::FeelingDown => Msg::ThoughtDown,
            Self::NotBackInThreeMonths => Msg::ThoughtNotBack,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Agreement {
    Agree,
    Disagree,
}

impl Agreement {
    pub const ALL: [Agreement; 2] = [Self::Agree, Self::Disagree];
    pub fn label(self) -> Msg {
        match self {
            Self::Agree => Msg::AnswerAgree,
            Self::Disagree => Msg::AnswerDisagree,
        }
    }
}

impl Answers {
    pub fn flags(&self, group: RedFlagGroup) -> Option<FlagAnswer> {
        match group {
            RedFlagGroup::A => self.flags_a,
            RedFlagGroup::B => self.flags_b,
            RedFlagGroup::C => self.flags_c,
        }
    }

    pub fn flags_mut(&mut self, group: RedFlagGroup) -> &mut Option<FlagAnswer> {
        match group {
            RedFlagGroup::A => &mut self.flags_a,
            RedFlagGroup::B => &mut self.flags_b,
            RedFlagGroup::C => &mut self.flags_c,
        }
    }

    /// The flag picked in a group, if any.
    pub fn flag(&self, group: RedFlagGroup) -> Option<RedFlag> {
        match self.flags(group) {
            Some(FlagAnswer::Flag(f)) => Some(f),
            _ => None,
        }
    }

    pub fn agreed(&self, thought: Thought) -> bool {
        self.thoughts[thought.index()] == Some(Agreement::Agree)
    }
}
