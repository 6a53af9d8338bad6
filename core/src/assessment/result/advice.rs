//! The full advice (no A or B flag): the headline and the sections that
//! apply, block by block.

use super::{answer_summary, purpose, section, Block, ResultView, SectionName, EMERGENCY_LINES};
use crate::assessment::questionnaire::Answers;
use crate::assessment::rules::{Advice, Headline, ReferralStrength, Section, OPTIONS};
use crate::assessment::sources::{SourceId, CONTENT_VERSION, GUIDELINE_UPDATED};
use crate::i18n::{Msg, Text};

fn headline_text(h: Headline) -> Msg {
    match h {
        Headline::Call113 => Msg::UrgentATitle,
        Headline::LegevaktToday => Msg::UrgentBTitle,
        Headline::SeeGpWithinDays => Msg::HeadlineSeeGpDays,
        Headline::TalkToGpAboutReferral => Msg::HeadlineReferral,
        Headline::StayActive => Msg::HeadlineStayActive,
        Headline::KeepGoing => Msg::HeadlineKeepGoing,
    }
}

pub(super) fn advice_view(advice: &Advice, answers: &Answers) -> ResultView {
    // Directly under the headline, not only in the footer or the print (v2).
    let mut sections = vec![purpose()];
    if advice.headline == Headline::StayActive {
        // Rule stay-active: see the fastlege if not better after 4–6 weeks.
        sections.push(section(
            SectionName::HeadlineDetail,
            None,
            vec![Block::Para(Msg::StayActiveGp)],
        ));
    }
    for s in &advice.sections {
        sections.push(match *s {
            Section::Why => section(
                SectionName::Why,
                Some(Msg::SectionWhy),
                vec![
                    Block::Para(Msg::WhyIntro),
                    Block::Answers(answer_summary(answers)),
                ],
            ),
            Section::Referral(strength) => {
                // What the referral is for, in the guideline's words, and by whom (v2).
                let mut b = vec![
                    Block::Para(Msg::ReferralRule),
                    Block::Para(Msg::ReferralWhat),
                    Block::Para(Msg::ReferralTeam),
                ];
                b.push(Block::Para(match strength {
                    ReferralStrength::Now => Msg::ReferralNow,
                    ReferralStrength::Firm => Msg::ReferralFirm,
                }));
                if strength == ReferralStrength::Firm {
                    b.push(Block::Para(Msg::ReferralRehab));
                }
                b.push(Block::Para(Msg::ReferralVaries));
                b.push(Block::Para(Msg::ReferralGpRefers));
                if advice.headline == Headline::SeeGpWithinDays {
                    b.push(Block::Para(Msg::ReferralCFirst));
                }
                section(SectionName::Referral, Some(Msg::SectionReferral), b)
            }
            Section::RadiatingPain => section(
                SectionName::Radiating,
                Some(Msg::SectionRadiating),
                vec![
                    Block::Para(Msg::RadiatingBody),
                    Block::Para(Msg::RadiatingWhen),
                ],
            ),
            Section::Work { plan_return } => {
                let mut b = vec![
                    Block::Para(Msg::WorkKeepContact),
                    Block::Para(Msg::WorkGradedBetter),
                    Block::Para(Msg::WorkFollowUpPlan),
                ];
                if plan_return {
                    b.push(Block::Para(Msg::WorkPlanReturn));
                }
                section(SectionName::Work, Some(Msg::SectionWork), b)
            }
            Section::ThoughtsAndFeelings {
                explain,
                mood_safety,
            } => {
                let mut b = Vec::new();
                if explain {
                    b.extend([
                        Block::Para(Msg::ThoughtsAffect),
                        Block::Para(Msg::ThoughtsHelp),
                        Block::Para(Msg::ThoughtsGp),
                    ]);
                }
                if mood_safety {
                    b.push(Block::Para(Msg::MoodSafety));
                }
                section(SectionName::Thoughts, Some(Msg::SectionThoughts), b)
            }
            Section::WhatYouCanDoNow => section(
                SectionName::SelfCare,
                Some(Msg::SectionSelfCare),
                vec![Block::Bullets(vec![
                    Msg::SelfcareActive,
                    Msg::SelfcareMove,
                    Msg::SelfcareExercise,
                    Msg::SelfcarePainRelief,
                ])],
            ),
            Section::GpQuestions => section(
                SectionName::GpQuestions,
                Some(Msg::SectionGpQuestions),
                vec![Block::Options(
                    advice
                        .questions
                        .iter()
                        .map(|q| (q.text(), q.sources()))
                        .collect(),
                )],
            ),
            Section::Options => section(
                SectionName::Options,
                Some(Msg::SectionOptions),
                vec![
                    Block::Options(
                        OPTIONS
                            .iter()
                            .filter(|o| o.useful)
                            .map(|o| (o.text, o.sources))
                            .collect(),
                    ),
                    Block::Subheading(Msg::OptionsNotUsefulTitle),
                    Block::Options(
                        OPTIONS
                            .iter()
                            .filter(|o| !o.useful)
                            .map(|o| (o.text, o.sources))
                            .collect(),
                    ),
                ],
            ),
            Section::NeckNote => section(SectionName::Neck, None, vec![Block::Para(Msg::NeckNote)]),
            Section::SafetyNet => section(
                SectionName::SafetyNet,
                Some(Msg::SectionSafety),
                EMERGENCY_LINES
                    .into_iter()
                    .chain([Msg::SafetyWorse])
                    .map(Block::Para)
                    .collect(),
            ),
            Section::Sources => section(
                SectionName::Sources,
                Some(Msg::SectionSources),
                vec![
                    Block::Para(Msg::SourcesGuideline),
                    Block::ParaWith(Text::sources_updated(GUIDELINE_UPDATED)),
                    Block::Citations(&SourceId::ALL),
                    Block::ParaWith(Text::content_version(CONTENT_VERSION)),
                ],
            ),
        });
    }
    ResultView {
        headline: advice.headline,
        headline_text: headline_text(advice.headline),
        urgent: None,
        sections,
        first: super::first_screen(advice, answers),
    }
}
