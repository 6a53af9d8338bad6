//! The red-flag statements (content spec section 4): three groups, each one
//! screen, most serious first. A and B stop the questionnaire; C does not.
//! Basis: NHI/NEL (low back pain, neck pain, cauda equina), Legevaktindeks,
//! NICE NG59, the Bone and Joint Decade neck pain task force, Helsedirektoratet;
//! v2 adds NHS/NICE patient information on cauda equina (source 22).
//! The condition behind each statement is named here, for clinicians only:
//! the patient reads the signs, never a diagnosis (content spec section 1).

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
    /// Possible spinal injury.
    TraumaWithWeakness,
    /// Possible aortic tear: leads with what differs from ordinary back pain.
    TearingPain,
    ChestPainOrBreathing,
    /// Stroke or neck artery tear.
    NeckStrokeSigns,
    /// Neck artery tear or stroke in the back of the brain (v2): 113, not legevakt.
    NeckDizzinessSigns,
    /// Subarachnoid haemorrhage or meningitis.
    NeckWorstHeadacheOrMeningitis,
    // Group B: legevakt 116 117 or fastlege today.
    /// Cauda equina: saddle numbness, incl. not feeling the toilet paper (v2).
    SaddleNumbness,
    /// Cauda equina: bladder or bowel, incl. not feeling the bladder fill (v2).
    BladderOrBowel,
    /// Cauda equina (v2): new or quickly worsening symptoms down both legs.
    BothLegs,
    /// Cauda equina (v2): new loss of genital feeling or new erection problems.
    SexualFunction,
    ProgressiveWeakness,
    FeverOrIll,
    NeckStiffWithFever,
    /// Squeezed spinal cord (myelopathy), for every location (v2).
    UnsteadyWalking,
    /// Squeezed spinal cord in the neck.
    NeckHandClumsiness,
    /// Possible fracture.
    FallPossibleFracture,
    /// Possible metastatic spinal cord compression (NICE: contact within 24 h).
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
    pub const ALL: [RedFlag; 24] = [
        Self::TraumaWithWeakness,
        Self::TearingPain,
        Self::ChestPainOrBreathing,
        Self::NeckStrokeSigns,
        Self::NeckDizzinessSigns,
        Self::NeckWorstHeadacheOrMeningitis,
        Self::SaddleNumbness,
        Self::BladderOrBowel,
        Self::BothLegs,
        Self::SexualFunction,
        Self::ProgressiveWeakness,
        Self::FeverOrIll,
        Self::NeckStiffWithFever,
        Self::UnsteadyWalking,
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
            | NeckDizzinessSigns
            | NeckWorstHeadacheOrMeningitis => RedFlagGroup::A,
            SaddleNumbness | BladderOrBowel | BothLegs | SexualFunction | ProgressiveWeakness
            | FeverOrIll | NeckStiffWithFever | UnsteadyWalking | NeckHandClumsiness
            | FallPossibleFracture | CancerWithNightPain => RedFlagGroup::B,
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
                | NeckDizzinessSigns
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
            NeckDizzinessSigns => Msg::FlagADizziness,
            NeckWorstHeadacheOrMeningitis => Msg::FlagAHeadacheMeningitis,
            SaddleNumbness => Msg::FlagBSaddleNumbness,
            BladderOrBowel => Msg::FlagBBladderBowel,
            BothLegs => Msg::FlagBBothLegs,
            SexualFunction => Msg::FlagBSexualFunction,
            ProgressiveWeakness => Msg::FlagBWeakness,
            FeverOrIll => Msg::FlagBFeverIll,
            NeckStiffWithFever => Msg::FlagBNeckStiffFever,
            UnsteadyWalking => Msg::FlagBUnsteadyWalking,
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
            NeckDizzinessSigns => Msg::SayADizziness,
            NeckWorstHeadacheOrMeningitis => Msg::SayAHeadacheMeningitis,
            SaddleNumbness => Msg::SayBSaddleNumbness,
            BladderOrBowel => Msg::SayBBladderBowel,
            BothLegs => Msg::SayBBothLegs,
            SexualFunction => Msg::SayBSexualFunction,
            ProgressiveWeakness => Msg::SayBWeakness,
            FeverOrIll => Msg::SayBFeverIll,
            NeckStiffWithFever => Msg::SayBNeckStiffFever,
            UnsteadyWalking => Msg::SayBUnsteadyWalking,
            NeckHandClumsiness => Msg::SayBHandClumsiness,
            FallPossibleFracture => Msg::SayBFallFracture,
            CancerWithNightPain => Msg::SayBCancerNightPain,
            _ => return None,
        })
    }
}

/// Why an urgent screen is shown: a statement picked on the A or B screen, or
/// the radiating-pain option «getting worse or spreading» — a second chance for
/// a B sign missed on the B screen (content spec section 5.2, v2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UrgentReason {
    Flag(RedFlag),
    RadiatingWorse,
}

impl UrgentReason {
    /// The statement the patient chose, as they read it.
    pub fn label(self) -> Msg {
        match self {
            Self::Flag(f) => f.label(),
            Self::RadiatingWorse => Msg::FlagBRadiatingWorse,
        }
    }

    /// What to say on the phone: only what the patient answered.
    pub fn say(self) -> Option<Msg> {
        match self {
            Self::Flag(f) => f.say(),
            Self::RadiatingWorse => Some(Msg::SayBRadiatingWorse),
        }
    }
}

/// The answer to one red-flag screen: the first statement that fits, or none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FlagAnswer {
    NoneOfThese,
    Flag(RedFlag),
}
