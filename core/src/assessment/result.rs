//! The result as a list of sections of text blocks, in message ids. The UI,
//! the print view and the review document all render this one structure, so
//! what the tests check is what the patient reads.

use super::questionnaire::{Answers, Question, RedFlagGroup, Thought};
use super::rules::{Headline, Outcome};
use super::sources::SourceId;
use crate::i18n::{Msg, Var};

mod advice;
use advice::advice_view;

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
    /// A paragraph with one placeholder filled in.
    ParaWith(Msg, Var, &'static str),
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

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ViewSection {
    /// Stable, language-independent name (used for anchors and tests).
    pub name: &'static str,
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
}

impl ResultView {
    /// Every message in the view, for tests and for the print summary.
    pub fn messages(&self) -> Vec<Msg> {
        let mut out = vec![self.headline_text];
        for s in &self.sections {
            out.extend(s.heading);
            for b in &s.blocks {
                match b {
                    Block::Para(m)
                    | Block::ParaWith(m, ..)
                    | Block::KioskOnly(m)
                    | Block::Subheading(m) => out.push(*m),
                    Block::Bullets(ms) => out.extend(ms),
                    Block::Answers(qa) => qa.iter().for_each(|(q, a)| out.extend([*q, *a])),
                    Block::Options(os) => out.extend(os.iter().map(|o| o.0)),
                    Block::Phone(p) => out.push(p.label),
                    Block::Say { statement, .. } => out.extend([Msg::UrgentSayWhere, *statement]),
                    Block::Citations(_) => {}
                }
            }
        }
        out
    }

    pub fn has_section(&self, name: &str) -> bool {
        self.sections.iter().any(|s| s.name == name)
    }
}

/// The intended purpose in one or two sentences: general information, not a
/// medical assessment; nothing stored or sent (content spec section 1).
fn purpose() -> ViewSection {
    section(
        "purpose",
        None,
        vec![Block::Para(Msg::Disclaimer), Block::Para(Msg::Privacy)],
    )
}

fn section(name: &'static str, heading: Option<Msg>, blocks: Vec<Block>) -> ViewSection {
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
            let mut sections = vec![section("action", None, action)];
            sections.push(section(
                "reason",
                None,
                vec![
                    Block::Subheading(Msg::UrgentReason),
                    Block::Bullets(vec![reason.label()]),
                ],
            ));
            if let Some(say) = reason.say() {
                sections.push(section(
                    "say",
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
            }
        }
        Outcome::Advice(advice) => advice_view(advice, answers),
    }
}
