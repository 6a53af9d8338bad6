//! The rules: a pure function from answers to advice, exactly per section 6 of
//! the content spec. Every rule names its source here and in `RULES`, which
//! the clinical review document is generated from.

use super::gp_questions::{gp_questions, GpQuestion};
use super::questionnaire::{
    Activity, Answers, Duration, Location, Radiating, RedFlag, RedFlagGroup, Thought,
};
use super::red_flags::UrgentReason;

// The rule catalogue and the options, with their sources, live beside the rules.
pub use super::evidence::{EvidenceOption, Rule, OPTIONS, RULES};

/// What the patient should do, in one line, most urgent first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Headline {
    Call113,
    LegevaktToday,
    SeeGpWithinDays,
    TalkToGpAboutReferral,
    StayActive,
    KeepGoing,
}

impl Headline {
    pub fn is_urgent(self) -> bool {
        matches!(self, Self::Call113 | Self::LegevaktToday)
    }
}

/// How firmly the referral is advised (the guideline's 4–6 weeks rule).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReferralStrength {
    /// 4–5 weeks: now is the right time.
    Now,
    /// From 6 weeks: firmly, and interdisciplinary rehabilitation can help
    /// from about 6 weeks (Marin 2017, subacute), not only after 3 months
    /// (Kamper 2014, chronic) — v2.
    Firm,
}

/// One part of the advice under the headline, only when it applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Why,
    Referral(ReferralStrength),
    RadiatingPain,
    Work {
        plan_return: bool,
    },
    ThoughtsAndFeelings {
        explain: bool,
        mood_safety: bool,
    },
    WhatYouCanDoNow,
    /// Questions to take to the fastlege (content spec section 11).
    GpQuestions,
    Options,
    NeckNote,
    SafetyNet,
    Sources,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Advice {
    pub headline: Headline,
    pub location: Location,
    /// The C statement the patient picked, named in the result.
    pub flag: Option<RedFlag>,
    pub sections: Vec<Section>,
    /// Questions to take to the fastlege, chosen from the result.
    pub questions: Vec<GpQuestion>,
}

/// The end of the questionnaire: an urgent action (A or B), or the full advice.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    Urgent {
        group: RedFlagGroup,
        reason: UrgentReason,
        location: Location,
    },
    Advice(Advice),
}

impl Outcome {
    pub fn headline(&self) -> Headline {
        match self {
            Outcome::Urgent {
                group: RedFlagGroup::A,
                ..
            } => Headline::Call113,
            Outcome::Urgent { .. } => Headline::LegevaktToday,
            Outcome::Advice(a) => a.headline,
        }
    }
}

/// «Not back» = activity partly or mostly not, or graded or full sick leave.
// Source: Lærum 2007 (the national guideline), via the guideline page: "ikke
// har gjenopptatt vanlige aktiviteter eller kommet tilbake i arbeid".
pub fn not_back(activity: Activity, work: super::questionnaire::Work) -> bool {
    activity != Activity::AsBefore || work.on_sick_leave()
}

/// The advice for a set of answers, or `None` while they are not enough for
/// one: an A or B sign is enough on its own; otherwise every required question.
pub fn advise(a: &Answers) -> Option<Outcome> {
    let location = a.location?;
    // Red flags always win, A before B (rule urgent-a, urgent-b).
    // Source: NHI, NEL, Legevaktindeks, NICE NG59, Nordin 2008, Helsedirektoratet.
    for group in [RedFlagGroup::A, RedFlagGroup::B] {
        if let Some(flag) = a.flag(group) {
            return Some(Outcome::Urgent {
                group,
                reason: UrgentReason::Flag(flag),
                location,
            });
        }
        a.flags(group)?;
    }
    a.flags(RedFlagGroup::C)?;
    let radiating = a.radiating?;
    // Rule radiating-b: the B result, a second chance for a missed B sign.
    // Source: NHI, NEL, NICE NG59, NHS/NICE on cauda equina.
    if radiating.sign() == Some(RedFlagGroup::B) {
        return Some(Outcome::Urgent {
            group: RedFlagGroup::B,
            reason: UrgentReason::RadiatingWorse,
            location,
        });
    }
    let (duration, activity, work) = (a.duration?, a.activity?, a.work?);
    let c_flag = a.flag(RedFlagGroup::C);
    // Rule radiating-c: pain not bearable with usual painkillers is a C sign.
    let c_sign = c_flag.is_some() || radiating.sign() == Some(RedFlagGroup::C);
    let referral = referral(duration, not_back(activity, work));

    let headline = if c_sign {
        // Rule see-gp-days. Source: NHI, NEL, NICE NG59, Nordin 2008.
        Headline::SeeGpWithinDays
    } else if referral.is_some() {
        Headline::TalkToGpAboutReferral
    } else if !duration.four_weeks_or_more() {
        // Rule stay-active. Source: NICE NG59, Pengel 2003, Indahl 1995, Lærum 2007.
        Headline::StayActive
    } else {
        // Rule keep-going. Source: Foster 2018.
        Headline::KeepGoing
    };

    let mut sections = vec![Section::Why];
    // The referral section is never hidden by a C headline (invariant 2).
    if let Some(strength) = referral {
        sections.push(Section::Referral(strength));
    }
    // Rule radiating. Source: NHI, NEL, NICE NG59.
    if radiating != Radiating::No {
        sections.push(Section::RadiatingPain);
    }
    // Rule work. Source: NICE NG59, Foster 2018, Jensen 2011, Reme 2016;
    // the follow-up plan: Arbeidsmiljøloven § 4-6 and NAV (v2).
    if work.on_sick_leave() {
        sections.push(Section::Work {
            plan_return: duration.four_weeks_or_more(),
        });
    }
    // Rules thoughts and mood. Source: Linton 2000, Williams 2012; Helsedirektoratet.
    let agreed = Thought::ALL.iter().filter(|&&t| a.agreed(t)).count();
    let explain = agreed >= 2;
    let mood_safety = a.agreed(Thought::FeelingDown);
    if explain || mood_safety {
        sections.push(Section::ThoughtsAndFeelings {
            explain,
            mood_safety,
        });
    }
    sections.push(Section::WhatYouCanDoNow);
    // Rules question-*: content spec section 11, never on A or B.
    sections.push(Section::GpQuestions);
    sections.push(Section::Options);
    // Rule neck. Source: Nordin 2008, NHI.
    if location.involves_neck() {
        sections.push(Section::NeckNote);
    }
    // Rule safety-net: on every non-urgent result (invariant 4).
    sections.push(Section::SafetyNet);
    sections.push(Section::Sources);

    let questions = gp_questions(headline, &sections, a);
    Some(Outcome::Advice(Advice {
        headline,
        location,
        flag: c_flag,
        sections,
        questions,
    }))
}

/// Rule referral: 4 weeks or more and not back → talk to the fastlege about a
/// referral to specialist, interdisciplinary assessment; firmer with time.
// Source: Lærum 2007 via the guideline ("etter ca. 4–6 uker"); Marin 2017
// (subacute, from about 6 weeks) and Kamper 2014 (chronic) for
// interdisciplinary rehabilitation.
pub fn referral(duration: Duration, not_back: bool) -> Option<ReferralStrength> {
    if !not_back {
        return None;
    }
    match duration {
        Duration::UnderTwoWeeks | Duration::TwoToThreeWeeks => None,
        Duration::FourToFiveWeeks => Some(ReferralStrength::Now),
        Duration::SixWeeksToThreeMonths | Duration::OverThreeMonths => Some(ReferralStrength::Firm),
    }
}
