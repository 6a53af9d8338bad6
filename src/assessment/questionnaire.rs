//! The questions and their options, as typed data in the order of the content
//! spec (section 3): location, red-flag groups A, B, C, then radiating pain,
//! duration, activity, work, and thoughts and feelings.

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

    /// The select key of `urgent-say-where`.
    pub fn say_key(self) -> &'static str {
        match self {
            Self::Neck => "neck",
            Self::Several => "several",
            Self::MiddleBack | Self::LowerBack => "back",
        }
    }
}

/// The three red-flag groups and what each asks the patient to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RedFlagGroup {
    /// Call 113 now. Stops the questionnaire.
    A,
    /// Legevakt 116 117 or the fastlege now; be examined today. Stops.
    B,
    /// Book the fastlege within a few days. Does not stop.
    C,
}

impl RedFlagGroup {
    pub const ALL: [RedFlagGroup; 3] = [Self::A, Self::B, Self::C];

    /// A and B stop the questionnaire at once (content spec section 3).
    pub fn stops(self) -> bool {
        matches!(self, Self::A | Self::B)
    }

    /// The flags of this group shown for a location, most serious first.
    /// Unmarked statements are shown for every location; neck statements are
    /// added when the neck is involved.
    pub fn flags(self, location: Location) -> impl Iterator<Item = RedFlag> {
        RedFlag::ALL
            .into_iter()
            .filter(move |f| f.group() == self && (!f.neck_only() || location.involves_neck()))
    }
}

/// One red-flag statement. Order of declaration = order on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RedFlag {
    // Group A: call 113.
    TraumaWithWeakness,
    TearingPain,
    ChestPainOrBreathing,
    NeckStrokeSigns,
    NeckWorstHeadacheOrMeningitis,
    // Group B: legevakt 116 117 or fastlege today.
    SaddleNumbness,
    BladderOrBowel,
    ProgressiveWeakness,
    FeverOrIll,
    NeckStiffWithFever,
    NeckHandClumsiness,
    FallPossibleFracture,
    CancerWithNightPain,
    // Group C: fastlege within a few days.
    CancerHistory,
    WeightLoss,
    SteroidsOrOsteoporosis,
    AgeFirstEpisode,
    ConstantOrNightPain,
    MorningStiffness,
    ImmuneOrInjectingDrugs,
}

impl RedFlag {
    pub const ALL: [RedFlag; 20] = [
        Self::TraumaWithWeakness,
        Self::TearingPain,
        Self::ChestPainOrBreathing,
        Self::NeckStrokeSigns,
        Self::NeckWorstHeadacheOrMeningitis,
        Self::SaddleNumbness,
        Self::BladderOrBowel,
        Self::ProgressiveWeakness,
        Self::FeverOrIll,
        Self::NeckStiffWithFever,
        Self::NeckHandClumsiness,
        Self::FallPossibleFracture,
        Self::CancerWithNightPain,
        Self::CancerHistory,
        Self::WeightLoss,
        Self::SteroidsOrOsteoporosis,
        Self::AgeFirstEpisode,
        Self::ConstantOrNightPain,
        Self::MorningStiffness,
        Self::ImmuneOrInjectingDrugs,
    ];

    pub fn group(self) -> RedFlagGroup {
        use RedFlag::*;
        match self {
            TraumaWithWeakness | TearingPain | ChestPainOrBreathing | NeckStrokeSigns
            | NeckWorstHeadacheOrMeningitis => RedFlagGroup::A,
            SaddleNumbness | BladderOrBowel | ProgressiveWeakness | FeverOrIll
            | NeckStiffWithFever | NeckHandClumsiness | FallPossibleFracture
            | CancerWithNightPain => RedFlagGroup::B,
            CancerHistory | WeightLoss | SteroidsOrOsteoporosis | AgeFirstEpisode
            | ConstantOrNightPain | MorningStiffness | ImmuneOrInjectingDrugs => RedFlagGroup::C,
        }
    }

    /// Shown only when the neck is involved.
    pub fn neck_only(self) -> bool {
        use RedFlag::*;
        matches!(
            self,
            NeckStrokeSigns | NeckWorstHeadacheOrMeningitis | NeckStiffWithFever | NeckHandClumsiness
        )
    }

    /// The statement as the patient reads it.
    pub fn label(self) -> Msg {
        use RedFlag::*;
        match self {
            TraumaWithWeakness => Msg::FlagATraumaWeakness,
            TearingPain => Msg::FlagATearingPain,
            ChestPainOrBreathing => Msg::FlagAChestBreathing,
            NeckStrokeSigns => Msg::FlagAStroke,
            NeckWorstHeadacheOrMeningitis => Msg::FlagAHeadacheMeningitis,
            SaddleNumbness => Msg::FlagBSaddleNumbness,
            BladderOrBowel => Msg::FlagBBladderBowel,
            ProgressiveWeakness => Msg::FlagBWeakness,
            FeverOrIll => Msg::FlagBFeverIll,
            NeckStiffWithFever => Msg::FlagBNeckStiffFever,
            NeckHandClumsiness => Msg::FlagBHandClumsiness,
            FallPossibleFracture => Msg::FlagBFallFracture,
            CancerWithNightPain => Msg::FlagBCancerNightPain,
            CancerHistory => Msg::FlagCCancer,
            WeightLoss => Msg::FlagCWeightLoss,
            SteroidsOrOsteoporosis => Msg::FlagCSteroidsOsteoporosis,
            AgeFirstEpisode => Msg::FlagCAge,
            ConstantOrNightPain => Msg::FlagCConstantNightPain,
            MorningStiffness => Msg::FlagCMorningStiffness,
            ImmuneOrInjectingDrugs => Msg::FlagCImmuneDrugs,
        }
    }

    /// What to say on the phone (A and B only; C never reaches the urgent screen).
    pub fn say(self) -> Option<Msg> {
        use RedFlag::*;
        Some(match self {
            TraumaWithWeakness => Msg::SayATraumaWeakness,
            TearingPain => Msg::SayATearingPain,
            ChestPainOrBreathing => Msg::SayAChestBreathing,
            NeckStrokeSigns => Msg::SayAStroke,
            NeckWorstHeadacheOrMeningitis => Msg::SayAHeadacheMeningitis,
            SaddleNumbness => Msg::SayBSaddleNumbness,
            BladderOrBowel => Msg::SayBBladderBowel,
            ProgressiveWeakness => Msg::SayBWeakness,
            FeverOrIll => Msg::SayBFeverIll,
            NeckStiffWithFever => Msg::SayBNeckStiffFever,
            NeckHandClumsiness => Msg::SayBHandClumsiness,
            FallPossibleFracture => Msg::SayBFallFracture,
            CancerWithNightPain => Msg::SayBCancerNightPain,
            _ => return None,
        })
    }
}

/// The answer to one red-flag screen: the first statement that fits, or none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FlagAnswer {
    NoneOfThese,
    Flag(RedFlag),
}

/// Pain going down a leg below the knee, or out into an arm. Numbness or
/// weakness that is getting worse is group B, so `WithNumbnessOrWeakness` means stable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Radiating {
    WithNumbnessOrWeakness,
    PainOnly,
    No,
}

impl Radiating {
    pub const ALL: [Radiating; 3] = [Self::WithNumbnessOrWeakness, Self::PainOnly, Self::No];
    pub fn label(self) -> Msg {
        match self {
            Self::WithNumbnessOrWeakness => Msg::RadiatingNumb,
            Self::PainOnly => Msg::RadiatingPainOnly,
            Self::No => Msg::RadiatingNo,
        }
    }
}

/// How long this episode has lasted. Ordered: a later variant is longer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Duration {
    UnderTwoWeeks,
    TwoToFourWeeks,
    FourToSixWeeks,
    SixToTwelveWeeks,
    OverTwelveWeeks,
}

impl Duration {
    pub const ALL: [Duration; 5] = [
        Self::UnderTwoWeeks,
        Self::TwoToFourWeeks,
        Self::FourToSixWeeks,
        Self::SixToTwelveWeeks,
        Self::OverTwelveWeeks,
    ];

    /// «4 weeks or more» = 4–6, 6–12 and > 12 weeks (content spec section 6).
    pub fn four_weeks_or_more(self) -> bool {
        self >= Self::FourToSixWeeks
    }

    pub fn label(self) -> Msg {
        match self {
            Self::UnderTwoWeeks => Msg::DurationUnder2,
            Self::TwoToFourWeeks => Msg::Duration24,
            Self::FourToSixWeeks => Msg::Duration46,
            Self::SixToTwelveWeeks => Msg::Duration612,
            Self::OverTwelveWeeks => Msg::DurationOver12,
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
    pub const ALL: [Work; 4] = [Self::Working, Self::GradedSickLeave, Self::FullSickLeave, Self::NotInPaidWork];
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
    pub const ALL: [Thought; 5] =
        [Self::FearOfHarm, Self::NeverBetter, Self::WorryALot, Self::FeelingDown, Self::NotBackInThreeMonths];
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

/// Everything the patient has answered so far. `None` = not answered (yet).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    pub location: Option<Location>,
    pub flags_a: Option<FlagAnswer>,
    pub flags_b: Option<FlagAnswer>,
    pub flags_c: Option<FlagAnswer>,
    pub radiating: Option<Radiating>,
    pub duration: Option<Duration>,
    pub activity: Option<Activity>,
    pub work: Option<Work>,
    pub thoughts: [Option<Agreement>; 5],
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
            Self::Location => Location::ALL.into_iter().map(AnswerValue::Location).collect(),
            Self::RedFlags(group) => {
                // Before a location is known, show the full list (the cautious choice).
                let loc = location.unwrap_or(Location::Several);
                group
                    .flags(loc)
                    .map(|f| AnswerValue::Flags(group, FlagAnswer::Flag(f)))
                    .chain(std::iter::once(AnswerValue::Flags(group, FlagAnswer::NoneOfThese)))
                    .collect()
            }
            Self::Radiating => Radiating::ALL.into_iter().map(AnswerValue::Radiating).collect(),
            Self::Duration => Duration::ALL.into_iter().map(AnswerValue::Duration).collect(),
            Self::Activity => Activity::ALL.into_iter().map(AnswerValue::Activity).collect(),
            Self::Work => Work::ALL.into_iter().map(AnswerValue::Work).collect(),
            Self::Thoughts => Vec::new(),
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
