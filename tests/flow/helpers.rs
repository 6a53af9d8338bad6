//! Action sequences the flow tests replay: to the A screen, a full journey.

use ryggsjekk::assessment::*;
use ryggsjekk::i18n::Lang;

pub fn run(state: State, actions: &[Action]) -> State {
    actions.iter().fold(state, |s, a| s.reduce(*a))
}

pub fn start() -> State {
    State::new(Lang::Nb)
}

pub fn answer(v: AnswerValue) -> Action {
    Action::Answer(v)
}

pub fn none_of(group: RedFlagGroup) -> Action {
    answer(AnswerValue::Flags(group, FlagAnswer::NoneOfThese))
}

pub fn flag(group: RedFlagGroup, f: RedFlag) -> Action {
    answer(AnswerValue::Flags(group, FlagAnswer::Flag(f)))
}

/// From the start screen to the A screen, with the given location.
pub fn to_flags_a(location: Location) -> Vec<Action> {
    vec![
        Action::Next,
        answer(AnswerValue::Location(location)),
        Action::Next,
    ]
}

/// A complete journey without red flags, ending on the result.
pub fn full_journey(location: Location) -> Vec<Action> {
    let mut actions = to_flags_a(location);
    actions.extend([
        none_of(RedFlagGroup::A),
        Action::Next,
        none_of(RedFlagGroup::B),
        Action::Next,
        none_of(RedFlagGroup::C),
        Action::Next,
        answer(AnswerValue::Radiating(Radiating::PainOnly)),
        Action::Next,
        answer(AnswerValue::Duration(Duration::SixWeeksToThreeMonths)),
        Action::Next,
        answer(AnswerValue::Activity(Activity::Partly)),
        Action::Next,
        answer(AnswerValue::Work(Work::GradedSickLeave)),
        Action::Next,
        answer(AnswerValue::Thought(Thought::FeelingDown, Agreement::Agree)),
        Action::Next,
    ]);
    actions
}

pub fn on(q: Question) -> Step {
    Step::Question(q)
}
