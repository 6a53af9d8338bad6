//! The rule catalogue (what each rule in `rules.rs` does, for the review
//! document) and the evidence-based options (content spec section 7), each
//! with its sources from the citation list.

use super::sources::SourceId::{self, *};
use crate::i18n::Msg;

/// A rule as a clinician reads it in the review document.
pub struct Rule {
    pub id: &'static str,
    pub description: Msg,
    pub sources: &'static [SourceId],
}

/// Every rule, in the order they are applied.
pub const RULES: &[Rule] = &[
    Rule {
        id: "urgent-a",
        description: Msg::ReviewRuleUrgentA,
        sources: &[
            Nhi,
            Nel,
            Legevaktindeks,
            NiceNg59,
            Nordin2008,
            Helsedirektoratet,
        ],
    },
    Rule {
        id: "urgent-b",
        description: Msg::ReviewRuleUrgentB,
        sources: &[
            Nhi,
            Nel,
            Legevaktindeks,
            NiceNg59,
            Nordin2008,
            Helsedirektoratet,
            NhsCaudaEquina,
        ],
    },
    Rule {
        id: "radiating-b",
        description: Msg::ReviewRuleRadiatingB,
        sources: &[Nhi, Nel, NiceNg59, NhsCaudaEquina],
    },
    Rule {
        id: "phone-script",
        description: Msg::ReviewRulePhoneScript,
        sources: &[Helsedirektoratet],
    },
    Rule {
        id: "see-gp-days",
        description: Msg::ReviewRuleSeeGpDays,
        sources: &[Nhi, Nel, NiceNg59, Nordin2008],
    },
    Rule {
        id: "radiating-c",
        description: Msg::ReviewRuleRadiatingC,
        sources: &[Nhi, Nel, NiceNg59],
    },
    Rule {
        id: "not-back",
        description: Msg::ReviewRuleNotBack,
        sources: &[Laerum2007],
    },
    Rule {
        id: "four-weeks",
        description: Msg::ReviewRuleFourWeeks,
        sources: &[Laerum2007],
    },
    Rule {
        id: "referral",
        description: Msg::ReviewRuleReferral,
        sources: &[Laerum2007],
    },
    Rule {
        id: "referral-strength",
        description: Msg::ReviewRuleReferralStrength,
        sources: &[Laerum2007, Marin2017, Kamper2014],
    },
    Rule {
        id: "stay-active",
        description: Msg::ReviewRuleStayActive,
        sources: &[NiceNg59, Pengel2003, Indahl1995, Laerum2007],
    },
    Rule {
        id: "keep-going",
        description: Msg::ReviewRuleKeepGoing,
        sources: &[Foster2018],
    },
    Rule {
        id: "radiating",
        description: Msg::ReviewRuleRadiating,
        sources: &[Nhi, Nel, NiceNg59],
    },
    Rule {
        id: "work",
        description: Msg::ReviewRuleWork,
        sources: &[
            NiceNg59,
            Foster2018,
            Jensen2011,
            Reme2016,
            Arbeidsmiljoloven,
        ],
    },
    Rule {
        id: "thoughts",
        description: Msg::ReviewRuleThoughts,
        sources: &[Linton2000, Williams2012],
    },
    Rule {
        id: "mood",
        description: Msg::ReviewRuleMood,
        sources: &[Helsedirektoratet],
    },
    Rule {
        id: "neck",
        description: Msg::ReviewRuleNeck,
        sources: &[Nordin2008, Nhi],
    },
    Rule {
        id: "safety-net",
        description: Msg::ReviewRuleSafetyNet,
        sources: &[Nhi, Nel, Legevaktindeks, Helsedirektoratet, NhsCaudaEquina],
    },
    // Content spec section 11: each question with the sources of its section.
    Rule {
        id: "question-active",
        description: Msg::ReviewRuleQuestionActive,
        sources: &[NiceNg59, Foster2018, Indahl1995],
    },
    Rule {
        id: "question-referral",
        description: Msg::ReviewRuleQuestionReferral,
        sources: &[Laerum2007, Marin2017, Kamper2014],
    },
    Rule {
        id: "question-work",
        description: Msg::ReviewRuleQuestionWork,
        sources: &[NiceNg59, Jensen2011, Reme2016, Arbeidsmiljoloven],
    },
    Rule {
        id: "question-worries",
        description: Msg::ReviewRuleQuestionWorries,
        sources: &[Linton2000, Williams2012],
    },
    Rule {
        id: "question-radiating",
        description: Msg::ReviewRuleQuestionRadiating,
        sources: &[Nhi, Nel, NiceNg59, NhsCaudaEquina],
    },
    Rule {
        id: "question-signs",
        description: Msg::ReviewRuleQuestionSigns,
        sources: &[Nhi, Nel, NiceNg59, Nordin2008],
    },
];

/// An evidence-based option (content spec section 7) and its sources.
pub struct EvidenceOption {
    pub text: Msg,
    pub sources: &'static [SourceId],
    /// `false` for "usually not useful".
    pub useful: bool,
}

pub const OPTIONS: &[EvidenceOption] = &[
    EvidenceOption {
        text: Msg::OptionRecovery,
        sources: &[Nhi, Pengel2003],
        useful: true,
    },
    EvidenceOption {
        text: Msg::OptionStayActive,
        sources: &[NiceNg59, Foster2018, Indahl1995],
        useful: true,
    },
    EvidenceOption {
        text: Msg::OptionExercise,
        sources: &[Foster2018],
        useful: true,
    },
    EvidenceOption {
        text: Msg::OptionBriefHelp,
        sources: &[Jensen2011, Reme2016, Harris2017],
        useful: true,
    },
    EvidenceOption {
        text: Msg::OptionRehab,
        sources: &[Marin2017, Kamper2014],
        useful: true,
    },
    EvidenceOption {
        text: Msg::OptionCbt,
        sources: &[Williams2012],
        useful: true,
    },
    EvidenceOption {
        text: Msg::OptionPsychosocial,
        sources: &[Linton2000],
        useful: true,
    },
    EvidenceOption {
        text: Msg::OptionPhysio,
        sources: &[Helfo],
        useful: true,
    },
    EvidenceOption {
        text: Msg::OptionNoImaging,
        sources: &[NiceNg59, KlokeValg],
        useful: false,
    },
    EvidenceOption {
        text: Msg::OptionNoBedrest,
        sources: &[NiceNg59, Indahl1995],
        useful: false,
    },
    EvidenceOption {
        text: Msg::OptionNoOpioids,
        sources: &[NiceNg59],
        useful: false,
    },
];
