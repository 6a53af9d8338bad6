//! Screen to screen: the order of the spec, the «answer required» error,
//! back and next, progress, and where an outcome exists.

use crate::helpers::*;
use ryggsjekk::assessment::*;

#[test]
fn start_screen_goes_to_location_first() {
    assert_eq!(start().step, Step::Start);
    assert_eq!(start().reduce(Action::Next).step, on(Question::Location));
}

#[test]
fn next_without_an_answer_sets_the_error_and_stays() {
    let s = run(start(), &[Action::Next, Action::Next]);
    assert_eq!(s.step, on(Question::Location));
    assert_eq!(s.error, Some(Question::Location));
}

#[test]
fn answering_clears_the_error() {
    let s = run(
        start(),
        &[
            Action::Next,
            Action::Next,
            answer(AnswerValue::Location(Location::Neck)),
        ],
    );
    assert_eq!(s.error, None);
}

#[test]
fn every_question_after_location_follows_the_order_of_the_spec() {
    let s = run(start(), &full_journey(Location::LowerBack));
    assert_eq!(s.step, Step::Result);
    let expected = [
        Question::Location,
        Question::RedFlags(RedFlagGroup::A),
        Question::RedFlags(RedFlagGroup::B),
        Question::RedFlags(RedFlagGroup::C),
        Question::Radiating,
        Question::Duration,
        Question::Activity,
        Question::Work,
        Question::Thoughts,
    ];
    let mut seen = Vec::new();
    let mut state = start();
    for a in full_journey(Location::LowerBack) {
        state = state.reduce(a);
        if let Step::Question(q) = state.step {
            if seen.last() != Some(&q) {
                seen.push(q);
            }
        }
    }
    assert_eq!(seen, expected);
}

#[test]
fn back_and_forward_keeps_every_answer() {
    let at_result = run(start(), &full_journey(Location::Several));
    let mut s = at_result.clone();
    for _ in 0..Question::ORDER.len() {
        s = s.reduce(Action::Back);
        assert_eq!(s.answers, at_result.answers);
    }
    assert_eq!(s.step, on(Question::Location));
    for _ in 0..Question::ORDER.len() {
        s = s.reduce(Action::Next);
    }
    assert_eq!(s, at_result);
}

#[test]
fn back_from_the_first_question_goes_to_start_and_back_on_start_does_nothing() {
    let s = run(start(), &[Action::Next, Action::Back]);
    assert_eq!(s.step, Step::Start);
    assert_eq!(s.reduce(Action::Back), s);
}

#[test]
fn back_from_the_result_goes_to_the_thoughts_screen() {
    let s = run(start(), &full_journey(Location::LowerBack)).reduce(Action::Back);
    assert_eq!(s.step, on(Question::Thoughts));
}

#[test]
fn next_on_the_result_does_nothing() {
    let s = run(start(), &full_journey(Location::LowerBack));
    assert_eq!(s.reduce(Action::Next), s);
}

#[test]
fn progress_counts_1_to_9_over_a_full_journey() {
    let mut state = start();
    assert_eq!(state.progress(), None);
    let mut steps = Vec::new();
    for a in full_journey(Location::LowerBack) {
        state = state.reduce(a);
        if let Some((k, n)) = state.progress() {
            assert_eq!(n, 9);
            if steps.last() != Some(&k) {
                steps.push(k);
            }
        }
    }
    assert_eq!(steps, (1..=9).collect::<Vec<_>>());
    assert_eq!(state.progress(), None, "no progress on the result");
}

#[test]
fn thoughts_are_optional() {
    let mut actions = full_journey(Location::LowerBack);
    actions.retain(|a| !matches!(a, Action::Answer(AnswerValue::Thought(..))));
    let s = run(start(), &actions);
    assert_eq!(s.step, Step::Result);
    assert_eq!(s.answers.thoughts, [None; 5]);
    assert!(s.outcome().is_some());
}

#[test]
fn an_outcome_only_on_the_urgent_screens_and_the_result() {
    let mut state = start();
    for a in full_journey(Location::LowerBack) {
        assert_eq!(
            state.outcome().is_some(),
            state.step == Step::Result,
            "{:?}",
            state.step
        );
        state = state.reduce(a);
    }
    assert!(state.outcome().is_some());
}
