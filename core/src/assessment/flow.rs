//! The flow as a reducer: `State` + `Action` → `State`. It knows which step
//! comes next, stops at an A or B red flag, keeps answers when the patient
//! goes back and forth, and says how far along the patient is.

use super::questionnaire::{AnswerValue, Answers, FlagAnswer, Location, Question, RedFlagGroup};
use super::rules::{advise, Outcome};
use crate::i18n::Lang;

/// The screen the patient sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Start,
    Question(Question),
    /// A sign of group A or B was picked (on its screen, or B through the
    /// radiating-pain question): only the urgent action is shown.
    Urgent(RedFlagGroup),
    Result,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// Pick an option. Ignored unless it belongs to the question on screen and
    /// is one of the options shown there.
    Answer(AnswerValue),
    /// Go on (from the start screen, or after answering). A required question
    /// without an answer stays and sets `error`.
    Next,
    /// Go back one screen, keeping every answer. Not available on urgent screens.
    Back,
    /// Drop every answer and go to the start screen (the language stays).
    Restart,
    SetLang(Lang),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct State {
    pub lang: Lang,
    pub step: Step,
    pub answers: Answers,
    /// The question the patient tried to leave without answering.
    pub error: Option<Question>,
}

impl State {
    pub fn new(lang: Lang) -> Self {
        Self {
            lang,
            step: Step::Start,
            answers: Answers::default(),
            error: None,
        }
    }

    /// The reducer. Pure: returns the next state.
    pub fn reduce(&self, action: Action) -> State {
        let mut next = self.clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Restart => next = State::new(self.lang),
            Action::Answer(value) => next.answer(value),
            Action::Next => next.next(),
            Action::Back => next.back(),
        }
        next
    }

    fn answer(&mut self, value: AnswerValue) {
        let Step::Question(q) = self.step else { return };
        if value.question() != q {
            return;
        }
        if !matches!(value, AnswerValue::Thought(..))
            && !q.options(self.answers.location).contains(&value)
        {
            return;
        }
        self.answers.set(value);
        if let AnswerValue::Location(l) = value {
            drop_hidden_flags(&mut self.answers, l);
        }
        self.error = None;
    }

    fn next(&mut self) {
        match self.step {
            Step::Start => self.go(Step::Question(Question::ORDER[0])),
            Step::Question(q) => {
                if !q.is_answered(&self.answers) {
                    self.error = Some(q);
                    return;
                }
                // Red flags always win: A and B stop the questionnaire at once.
                if let Some(g) = q.stops_at(&self.answers) {
                    self.go(Step::Urgent(g));
                    return;
                }
                let i = q.position();
                match Question::ORDER.get(i + 1) {
                    Some(&n) => self.go(Step::Question(n)),
                    None => self.go(Step::Result),
                }
            }
            Step::Urgent(_) | Step::Result => {}
        }
    }

    fn back(&mut self) {
        match self.step {
            Step::Start | Step::Urgent(_) => {}
            Step::Question(q) => match q.position() {
                0 => self.go(Step::Start),
                i => self.go(Step::Question(Question::ORDER[i - 1])),
            },
            Step::Result => self.go(Step::Question(Question::ORDER[Question::ORDER.len() - 1])),
        }
    }

    fn go(&mut self, step: Step) {
        self.step = step;
        self.error = None;
    }

    /// "Question k of n" while a question is on screen.
    pub fn progress(&self) -> Option<(usize, usize)> {
        match self.step {
            Step::Question(q) => Some((q.position() + 1, Question::ORDER.len())),
            _ => None,
        }
    }

    /// The outcome, once the patient has reached an urgent screen or the result.
    pub fn outcome(&self) -> Option<Outcome> {
        match self.step {
            Step::Urgent(_) | Step::Result => advise(&self.answers),
            _ => None,
        }
    }

    /// Whether the state is one the flow can reach. Used by the property tests.
    pub fn is_consistent(&self) -> bool {
        let a = &self.answers;
        let flags_fit = RedFlagGroup::ALL
            .iter()
            .all(|&g| match (a.flag(g), a.location) {
                (Some(f), Some(l)) => g.flags(l).any(|x| x == f),
                (Some(_), None) => false,
                (None, _) => true,
            });
        // Every earlier question answered, and no earlier A or B sign (those stop).
        let answered_up_to = |q: Question| {
            Question::ORDER[..q.position()]
                .iter()
                .all(|&p| p.is_answered(a) && p.stops_at(a).is_none())
        };
        let step_ok = match self.step {
            Step::Start => true,
            Step::Question(q) => answered_up_to(q),
            Step::Urgent(g) => Question::ORDER
                .iter()
                .any(|&q| q.stops_at(a) == Some(g) && answered_up_to(q)),
            Step::Result => answered_up_to(Question::Thoughts),
        };
        let has_outcome = matches!(self.step, Step::Urgent(_) | Step::Result);
        flags_fit && step_ok && self.outcome().is_some() == has_outcome
    }
}

/// A changed location can hide neck-only statements; an answer that is no longer
/// shown must not count.
fn drop_hidden_flags(a: &mut Answers, location: Location) {
    for g in RedFlagGroup::ALL {
        if let Some(FlagAnswer::Flag(f)) = a.flags(g) {
            if !g.flags(location).any(|x| x == f) {
                *a.flags_mut(g) = None;
            }
        }
    }
}
