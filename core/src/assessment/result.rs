//! The result as a list of sections of text blocks, in message ids. The UI,
//! the print view and the review document all render this one structure, so
//! what the tests check is what the patient reads.

use super::questionnaire::{Answers, Question, RedFlagGroup, Thought};
use super::rules::{Headline, Outcome};
use super::sources::SourceId;
use crate::i18n::{Msg, Text};

mod actions;
mod advice;
mod operator;
mod print;
pub use actions::{first_screen, FirstScreen, NowAction, MAX_ACTIONS};
use advice::advice_view;
pub use operator::OperatorSay;
pub use print::PrintSummary;

/// The warning-sign lines: the A and B signs in short, one line per number.
/// Every non-urgent result shows them (invariant 8), and the static fallback
/// shows the same lines, so no result says less than the fallback.
pub const EMERGENCY_LINES: [Msg; 2] = [Msg::Safety113, Msg::Safety116];

/// A phone number to call, shown large with a `tel:` link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Phone {
    pub number: &'static str,
    pub tel: &'static str,
    pub label: Msg,
}

pub const PHONE_113: Phone = Phone {
    number: "113",
    tel: "tel:113",
    label: Msg::UrgentACall,
};
pub const PHONE_116117: Phone = Phone {
    number: "116 117",
    tel: "tel:116117",
    label: Msg::UrgentBCall,
};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Para(Msg),
    /// A paragraph with placeholders filled in.
    ParaWith(Text),
    /// A paragraph shown only in kiosk mode (there is no phone on a kiosk).
    KioskOnly(Msg),
    Bullets(Vec<Msg>),
    /// The patient's own answers: question, answer.
    Answers(Vec<(Msg, Msg)>),
    /// Evidence-based options with their sources.
    Options(Vec<(Msg, &'static [SourceId])>),
    /// A sub-heading inside a section.
    Subheading(Msg),
    Phone(Phone),
    /// What to say on the phone: where it hurts, then the statement.
    Say {
        location_key: &'static str,
        statement: Msg,
    },
    /// The numbered citation list.
    Citations(&'static [SourceId]),
}

/// The parts a result can have, in a stable, language-independent name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SectionName {
    /// Urgent screens: what to do now.
    Action,
    /// Urgent screens: the statement the patient picked.
    Reason,
    /// Urgent screens: what to say on the phone.
    Say,
    /// Right under the headline, without a heading of its own.
    HeadlineDetail,
    /// The intended purpose (content spec section 1).
    Purpose,
    Why,
    Referral,
    Radiating,
    Work,
    Thoughts,
    SelfCare,
    /// Questions to take to the fastlege (content spec section 11).
    GpQuestions,
    Options,
    Neck,
    SafetyNet,
    Sources,
}

impl SectionName {
    /// For the DOM's `data-section` and anchors (`data-section="why"`, `rs-sec-why`).
    pub fn slug(self) -> &'static str {
        match self {
            Self::Action => "action",
            Self::Reason => "reason",
            Self::Say => "say",
            Self::HeadlineDetail => "headline-detail",
            Self::Purpose => "purpose",
            Self::Why => "why",
            Self::Referral => "referral",
            Self::Radiating => "radiating",
            Self::Work => "work",
            Self::Thoughts => "thoughts",
            Self::SelfCare => "self-care",
            Self::GpQuestions => "gp-questions",
            Self::Options => "options",
            Self::Neck => "neck",
            Self::SafetyNet => "safety-net",
            Self::Sources => "sources",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ViewSection {
    pub name: SectionName,
    pub heading: Option<Msg>,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultView {
    pub headline: Headline,
    pub headline_text: Msg,
    /// `Some` for the urgent screens (A and B).
    pub urgent: Option<RedFlagGroup>,
    pub sections: Vec<ViewSection>,
    /// What to do now, why, the timeline: `None` on the urgent screens.
    pub first: Option<FirstScreen>,
}

impl Block {
    /// The messages the block shows, in order, appended to `out`.
    pub fn messages(&self, out: &mut Vec<Msg>) {
        match self {
            Block::Para(m) | Block::KioskOnly(m) | Block::Subheading(m) => out.push(*m),
            Block::ParaWith(t) => out.push(t.msg()),
            Block::Bullets(ms) => out.extend(ms),
            Block::Answers(qa) => qa.iter().for_each(|(q, a)| out.extend([*q, *a])),
            Block::Options(os) => out.extend(os.iter().map(|o| o.0)),
            Block::Phone(p) => out.push(p.label),
            Block::Say { statement, .. } => out.extend([Msg::UrgentSayWhere, *statement]),
            Block::Citations(_) => {}
        }
    }
}

impl ViewSection {
    /// The heading's and the blocks' messages, in order, appended to `out`.
    pub fn messages(&self, out: &mut Vec<Msg>) {
        out.extend(self.heading);
        self.blocks.iter().for_each(|b| b.messages(out));
    }
}

impl ResultView {
    /// Every message in the view, for tests.
    pub fn messages(&self) -> Vec<Msg> {
        let mut out = vec![self.headline_text];
        if let Some(f) = &self.first {
            out.extend(f.actions.iter().map(|a| a.text()));
            out.extend([f.why.msg(), f.timeline.msg()]);
        }
        self.sections.iter().for_each(|s| s.messages(&mut out));
        out
    }

    pub fn has_section(&self, name: SectionName) -> bool {
        self.sections.iter().any(|s| s.name == name)
    }
}

/// The intended purpose in one or two sentences: general information, not a
/// medical assessment; nothing stored or sent (content spec section 1).
fn purpose() -> ViewSection {
    section(
        SectionName::Purpose,
        None,
        vec![Block::Para(Msg::Disclaimer), Block::Para(Msg::Privacy)],
    )
}

fn section(name: SectionName, heading: Option<Msg>, blocks: Vec<Block>) -> ViewSection {
    ViewSection {
        name,
        heading,
        blocks,
    }
}

/// The patient's answers as (question, answer) pairs, skipped ones left out.
pub fn answer_summary(a: &Answers) -> Vec<(Msg, Msg)> {
    let mut out = Vec::new();
    let loc = a.location;
    for q in Question::ORDER {
        match q {
            Question::Thoughts => {
                for t in Thought::ALL {
                    if let Some(ag) = a.thoughts[t.index()] {
                        out.push((t.label(), ag.label()));
                    }
                }
            }
            _ => {
                if let Some(v) = q.options(loc).into_iter().find(|v| v.is_selected(a)) {
                    out.push((summary_label(q), v.label()));
                }
            }
        }
    }
    out
}

/// The question as named in a summary: the red-flag screens share a title.
fn summary_label(q: Question) -> Msg {
    match q {
        Question::RedFlags(RedFlagGroup::A) => Msg::SummaryFlagsA,
        Question::RedFlags(RedFlagGroup::B) => Msg::SummaryFlagsB,
        Question::RedFlags(RedFlagGroup::C) => Msg::SummaryFlagsC,
        other => other.title(),
    }
}

/// Turn an outcome into what the patient reads.
pub fn result_view(outcome: &Outcome, answers: &Answers) -> ResultView {
    match outcome {
        Outcome::Urgent {
            group,
            reason,
            location,
        } => {
            let a = *group == RedFlagGroup::A;
            // In kiosk mode the staff come first: a tel: link does nothing there.
            let mut action = vec![Block::KioskOnly(Msg::KioskTellStaff)];
            action.push(Block::Para(if a {
                Msg::UrgentABody
            } else {
                Msg::UrgentBBody
            }));
            action.push(Block::Phone(if a { PHONE_113 } else { PHONE_116117 }));
            if !a {
                action.push(Block::Para(Msg::UrgentBFree));
                action.push(Block::Para(Msg::UrgentBGp));
            }
            let mut sections = vec![section(SectionName::Action, None, action)];
            sections.push(section(
                SectionName::Reason,
                None,
                vec![
                    Block::Subheading(Msg::UrgentReason),
                    Block::Bullets(vec![reason.label()]),
                ],
            ));
            if let Some(say) = reason.say() {
                sections.push(section(
                    SectionName::Say,
                    Some(Msg::UrgentSayTitle),
                    vec![Block::Say {
                        location_key: location.say_key(),
                        statement: say,
                    }],
                ));
            }
            // The purpose after the action and the phone script, never before
            // «Ring 113 nå» (content spec section 1, v2).
            sections.push(purpose());
            ResultView {
                headline: outcome.headline(),
                headline_text: if a {
                    Msg::UrgentATitle
                } else {
                    Msg::UrgentBTitle
                },
                urgent: Some(*group),
                sections,
                first: None,
            }
        }
        Outcome::Advice(advice) => advice_view(advice, answers),
    }
}
