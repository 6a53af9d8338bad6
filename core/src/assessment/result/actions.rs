//! The first screen of a non-urgent result (issue 16): what to do now in 2–4
//! short actions, why in one sentence, and the episode on a timeline. Only
//! advice the sections below already give (content spec section 6), each
//! action naming the rule, and so the sources, it comes from.

use crate::assessment::questionnaire::{Activity, Answers, Duration, Work};
use crate::assessment::rules::{Advice, Headline, Section, RULES};
use crate::assessment::sources::SourceId;
use crate::i18n::{Msg, Text};

/// At most this many actions: more is no longer "at a glance".
pub const MAX_ACTIONS: usize = 4;

/// One thing to do now, in the order the first screen lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NowAction {
    /// A C sign: the headline's own advice.
    BookGpWithinDays,
    /// The referral section, without a C sign.
    BookGpAskReferral,
    /// The referral section under a C headline: the visit is booked already.
    AskReferralAtVisit,
    StayActive,
    /// Under 4 weeks (the stay-active headline's detail).
    GpIfNotBetter,
    /// 4 weeks or more and back (the keep-going headline).
    Exercise,
    /// Graded or full sick leave (the work section): the employer's follow-up
    /// plan within 4 weeks (source 21) is the step the patient can ask for.
    AskForFollowUpPlan,
    /// Two or more thoughts agreed (the thoughts-and-feelings section).
    TalkAboutThoughts,
}

impl NowAction {
    pub fn text(self) -> Msg {
        match self {
            Self::BookGpWithinDays => Msg::NowBookGpDays,
            Self::BookGpAskReferral => Msg::NowBookGpReferral,
            Self::AskReferralAtVisit => Msg::NowAskReferral,
            // The sections' own words where they already say it as an action.
            Self::StayActive => Msg::SelfcareActive,
            Self::GpIfNotBetter => Msg::StayActiveGp,
            Self::Exercise => Msg::NowExercise,
            Self::AskForFollowUpPlan => Msg::NowFollowUpPlan,
            Self::TalkAboutThoughts => Msg::NowTalkThoughts,
        }
    }

    /// The id in `RULES` of the rule whose section gives this advice.
    pub fn rule(self) -> &'static str {
        match self {
            Self::BookGpWithinDays => "see-gp-days",
            Self::BookGpAskReferral | Self::AskReferralAtVisit => "referral",
            Self::StayActive | Self::GpIfNotBetter => "stay-active",
            Self::Exercise => "keep-going",
            Self::AskForFollowUpPlan => "work",
            Self::TalkAboutThoughts => "thoughts",
        }
    }

    /// The sources of that rule (empty only if the rule were missing).
    pub fn sources(self) -> &'static [SourceId] {
        RULES
            .iter()
            .find(|r| r.id == self.rule())
            .map_or(&[], |r| r.sources)
    }
}

/// The part of a non-urgent result that must fit on the first phone screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FirstScreen {
    pub actions: Vec<NowAction>,
    /// One sentence, from the answers that decided the headline.
    pub why: Text,
    /// The patient's duration, marked on the timeline.
    pub duration: Duration,
    /// What the timeline shows, in words (screen readers and the print).
    pub timeline: Text,
}

impl Duration {
    /// The select key of `now-why-*` and `timeline-alt`.
    pub fn key(self) -> &'static str {
        match self {
            Self::UnderTwoWeeks => "under2w",
            Self::TwoToThreeWeeks => "w2to3",
            Self::FourToFiveWeeks => "w4to5",
            Self::SixWeeksToThreeMonths => "w6to12",
            Self::OverThreeMonths => "over3m",
        }
    }
}

fn activity_key(a: Activity) -> &'static str {
    match a {
        Activity::AsBefore => "yes",
        Activity::Partly => "partly",
        Activity::MostlyNot => "no",
    }
}

/// Not in paid work says nothing about the advice: the sentence leaves it out.
fn work_key(w: Work) -> &'static str {
    match w {
        Work::Working => "working",
        Work::GradedSickLeave => "graded",
        Work::FullSickLeave => "full",
        Work::NotInPaidWork => "none",
    }
}

/// The first screen of a full advice, or `None` while an answer it needs is missing.
pub fn first_screen(advice: &Advice, answers: &Answers) -> Option<FirstScreen> {
    let (duration, activity, work) = (answers.duration?, answers.activity?, answers.work?);
    let c_sign = advice.headline == Headline::SeeGpWithinDays;
    let (mut referral, mut sick_leave, mut thoughts) = (false, false, false);
    for s in &advice.sections {
        match s {
            Section::Referral(_) => referral = true,
            Section::Work { .. } => sick_leave = true,
            Section::ThoughtsAndFeelings { explain, .. } => thoughts = *explain,
            _ => {}
        }
    }
    let mut actions = Vec::new();
    if c_sign {
        actions.push(NowAction::BookGpWithinDays);
    }
    if referral {
        actions.push(if c_sign {
            NowAction::AskReferralAtVisit
        } else {
            NowAction::BookGpAskReferral
        });
    }
    actions.push(NowAction::StayActive);
    match advice.headline {
        Headline::StayActive => actions.push(NowAction::GpIfNotBetter),
        Headline::KeepGoing => actions.push(NowAction::Exercise),
        _ => {}
    }
    if sick_leave {
        actions.push(NowAction::AskForFollowUpPlan);
    }
    if thoughts {
        actions.push(NowAction::TalkAboutThoughts);
    }
    actions.truncate(MAX_ACTIONS);

    let d = duration.key();
    // The answers that decided the headline: the C sign; the duration alone
    // under 4 weeks; from 4 weeks, whether the patient is back (the referral rule).
    let why = if c_sign {
        Text::now_why_sign(d)
    } else if duration.four_weeks_or_more() {
        Text::now_why_long(d, activity_key(activity), work_key(work))
    } else {
        Text::now_why_short(d)
    };
    Some(FirstScreen {
        actions,
        why,
        duration,
        timeline: Text::timeline_alt(d),
    })
}

impl super::SectionName {
    /// Whether the screen may fold the section into a closed disclosure, so
    /// the first screen stays short. Never: the headline's own detail, the
    /// neck note (no heading to fold under) and the safety net (issue 16:
    /// warning signs are never hidden; worsening numbness or weakness is in it).
    /// The questions for the fastlege fold too: they are for the visit, and
    /// the print shows them in full.
    pub fn on_demand(self) -> bool {
        use super::SectionName::*;
        matches!(
            self,
            Why | Referral
                | Radiating
                | Work
                | Thoughts
                | SelfCare
                | GpQuestions
                | Options
                | Sources
        )
    }
}

impl super::Block {
    /// A block the screen shows even when its section is folded: the dark
    /// thoughts line (116 123) is never one tap away.
    pub fn never_folded(&self) -> bool {
        matches!(self, super::Block::Para(Msg::MoodSafety))
    }
}

impl FirstScreen {
    /// Whether the first screen already says what a section says, so the
    /// screen need not say it twice (the print still does): the stay-active
    /// headline's «contact the fastlege after 4–6 weeks» is an action here.
    pub fn repeats(&self, name: super::SectionName) -> bool {
        name == super::SectionName::HeadlineDetail
            && self.actions.contains(&NowAction::GpIfNotBetter)
    }
}
