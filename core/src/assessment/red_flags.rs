//! The red-flag statements (content spec section 4): three groups, each one
//! screen, most serious first. A and B stop the questionnaire; C does not.
//! Basis: NHI/NEL (low back pain, neck pain, cauda equina), Legevaktindeks,
//! NICE NG59, the Bone and Joint Decade neck pain task force, Helsedirektoratet.

use super::answers::Location;
use crate::i18n::Msg;

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
            TraumaWithWeakness
            | TearingPain
            | ChestPainOrBreathing
            | NeckStrokeSigns
            | NeckWorstHeadacheOrMeningitis => RedFlagGroup::A,
            SaddleNumbness | BladderOrBowel | ProgressiveWeakness | FeverOrIll
            | NeckStiffWithFever | NeckHandClumsiness | FallPossibleFracture
            | CancerWithNightPain => RedFlagGroup::B,
            CancerHistory
            | WeightLoss
            | SteroidsOrOsteoporosis
            | AgeFirstEpisode
            | ConstantOrNightPain
            | MorningStiffness
            | ImmuneOrInjectingDrugs => RedFlagGroup::C,
        }
    }

    /// Shown only when the neck is involved.
    pub fn neck_only(self) -> bool {
        use RedFlag::*;
        matches!(
            self,
            NeckStrokeSigns
                | NeckWorstHeadacheOrMeningitis
                | NeckStiffWithFever
                | NeckHandClumsiness
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
