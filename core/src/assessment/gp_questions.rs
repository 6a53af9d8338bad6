//! Questions the patient may take to the fastlege (content spec section 11,
//! v2): chosen from the advice, never on an A or B result. They are
//! questions, not advice: none suggests a diagnosis, a test or a treatment
//! the guideline does not name. Each carries the sources of the section it
//! comes from.

use super::evidence::RULES;
use super::questionnaire::{Answers, Radiating, Thought};
use super::rules::{Headline, Section};
use super::sources::SourceId;
use crate::i18n::Msg;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GpQuestion {
    /// Always.
    StayActive,
    /// The referral section applies.
    Referral,
    /// Graded or full sick leave.
    WayBackToWork,
    /// Two or more thoughts-and-feelings statements agreed.
    Worries,
    /// Radiating pain, stable or pain only.
    RadiatingChanges,
    /// A C sign (a statement on the C screen, or radiating pain not bearable).
    WhichSigns,
}

impl GpQuestion {
    pub const ALL: [GpQuestion; 6] = [
        Self::StayActive,
        Self::Referral,
        Self::WayBackToWork,
        Self::Worries,
        Self::RadiatingChanges,
        Self::WhichSigns,
    ];

    pub fn text(self) -> Msg {
        match self {
            Self::StayActive => Msg::GpQuestionActive,
            Self::Referral => Msg::GpQuestionReferral,
            Self::WayBackToWork => Msg::GpQuestionWork,
            Self::Worries => Msg::GpQuestionWorries,
            Self::RadiatingChanges => Msg::GpQuestionRadiating,
            Self::WhichSigns => Msg::GpQuestionSigns,
        }
    }

    /// The sources of the section the question comes from, as its rule in
    /// `RULES` names them (one table, so the review document and the result agree).
    pub fn sources(self) -> &'static [SourceId] {
        RULES
            .iter()
            .find(|r| r.id == self.rule())
            .map_or(&[], |r| r.sources)
    }

    /// The rule id in `RULES` that describes when the question is offered.
    pub fn rule(self) -> &'static str {
        match self {
            Self::StayActive => "question-active",
            Self::Referral => "question-referral",
            Self::WayBackToWork => "question-work",
            Self::Worries => "question-worries",
            Self::RadiatingChanges => "question-radiating",
            Self::WhichSigns => "question-signs",
        }
    }
}

/// The questions for a non-urgent result, in the order of `GpQuestion::ALL`.
pub fn gp_questions(
    headline: Headline,
    sections: &[Section],
    answers: &Answers,
) -> Vec<GpQuestion> {
    let referral = sections.iter().any(|s| matches!(s, Section::Referral(_)));
    let sick_leave = answers.work.is_some_and(|w| w.on_sick_leave());
    let worries = Thought::ALL.iter().filter(|&&t| answers.agreed(t)).count() >= 2;
    let radiating = matches!(
        answers.radiating,
        Some(Radiating::WithNumbnessOrWeakness | Radiating::PainOnly)
    );
    let c_sign = headline == Headline::SeeGpWithinDays;
    GpQuestion::ALL
        .into_iter()
        .filter(|q| match q {
            GpQuestion::StayActive => true,
            GpQuestion::Referral => referral,
            GpQuestion::WayBackToWork => sick_leave,
            GpQuestion::Worries => worries,
            GpQuestion::RadiatingChanges => radiating,
            GpQuestion::WhichSigns => c_sign,
        })
        .collect()
}
