//! What must hold after any action in any state, checked on every step of the
//! random sequences (`random`): the invariants of content spec section 6 on
//! each reached outcome, and what each kind of action may change.

use crate::common::NON_URGENT_PREFIXES;
use ryggsjekk::assessment::result::Block;
use ryggsjekk::assessment::*;
use ryggsjekk::i18n::{self};

/// Every answer value there is, also those never shown together (a B statement
/// for group A, a neck statement for the lower back): the reducer must ignore them.
pub fn every_answer_value() -> Vec<AnswerValue> {
    let mut all: Vec<AnswerValue> = Location::ALL
        .into_iter()
        .map(AnswerValue::Location)
        .collect();
    for g in RedFlagGroup::ALL {
        all.push(AnswerValue::Flags(g, FlagAnswer::NoneOfThese));
        all.extend(
            RedFlag::ALL
                .into_iter()
                .map(|f| AnswerValue::Flags(g, FlagAnswer::Flag(f))),
        );
    }
    // The plain single-choice screens show the same options for every location.
    for q in Question::ORDER {
        if !matches!(
            q,
            Question::Location | Question::RedFlags(_) | Question::Thoughts
        ) {
            all.extend(q.options(None));
        }
    }
    for t in Thought::ALL {
        all.extend(Agreement::ALL.map(|a| AnswerValue::Thought(t, a)));
    }
    all
}

/// The invariants of content spec section 6 on one reached outcome.
pub fn check_outcome(state: &State, outcome: &Outcome, context: &dyn Fn() -> String) {
    let a = &state.answers;
    let view = result_view(outcome, a);
    let expected = if a.flag(RedFlagGroup::A).is_some() {
        Some(Headline::Call113)
    } else if a.flag(RedFlagGroup::B).is_some() || a.radiating == Some(Radiating::WorseOrSpreading)
    {
        Some(Headline::LegevaktToday)
    } else {
        None
    };
    match expected {
        Some(h) => {
            assert_eq!(view.headline, h, "{}", context());
            assert!(matches!(state.step, Step::Urgent(_)), "{}", context());
            let self_care: Vec<&str> = view
                .messages()
                .iter()
                .map(|m| m.id())
                .filter(|id| NON_URGENT_PREFIXES.iter().any(|p| id.starts_with(p)))
                .collect();
            assert!(
                self_care.is_empty(),
                "self-care text {self_care:?} on an urgent screen: {}",
                context()
            );
            assert!(!view.has_section(SectionName::SafetyNet), "{}", context());
        }
        None => {
            assert_eq!(state.step, Step::Result, "{}", context());
            assert!(!view.headline.is_urgent(), "{}", context());
            assert!(view.has_section(SectionName::SafetyNet), "{}", context());
        }
    }
    for m in view.messages() {
        assert!(
            !i18n::text(state.lang, m).trim().is_empty(),
            "{} empty in {}: {}",
            m.id(),
            state.lang.code(),
            context()
        );
    }
    for b in view.sections.iter().flat_map(|s| &s.blocks) {
        if let Block::Options(options) = b {
            for (text, sources) in options {
                assert!(!sources.is_empty(), "{} names no source", text.id());
            }
        }
    }
}

/// What one action must do, whatever the state.
pub fn check_step(before: &State, action: Action, after: &State, context: &dyn Fn() -> String) {
    match action {
        Action::SetLang(lang) => {
            assert_eq!(after.lang, lang, "{}", context());
            assert_eq!(
                (&after.answers, after.step),
                (&before.answers, before.step),
                "{}",
                context()
            );
        }
        Action::Restart => assert_eq!(*after, State::new(before.lang), "{}", context()),
        Action::Answer(v) if before.step != Step::Question(v.question()) => {
            assert_eq!(
                after,
                before,
                "an answer for a question not on screen changed the state: {}",
                context()
            )
        }
        Action::Back | Action::Next => {
            assert_eq!(after.lang, before.lang, "{}", context());
            if matches!(before.step, Step::Urgent(_)) {
                assert_eq!(after, before, "{}", context());
            }
        }
        Action::Answer(_) => assert_eq!(after.step, before.step, "{}", context()),
    }
    if let Some((k, n)) = after.progress() {
        // The count itself is pinned in `navigation` (from the spec); here:
        // "k of n" stays within the questionnaire, whatever its length.
        let questions = Question::ORDER.len();
        assert!(
            (1..=questions).contains(&k) && n == questions,
            "{}",
            context()
        );
    }
}
