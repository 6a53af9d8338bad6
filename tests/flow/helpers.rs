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

/// A complete journey without red flags, ending on the result: every screen
/// of the questionnaire answered (a screen this list does not name, with its
/// first option).
pub fn full_journey(location: Location) -> Vec<Action> {
    let chosen = [
        AnswerValue::Radiating(Radiating::PainOnly),
        AnswerValue::Duration(Duration::SixWeeksToThreeMonths),
        AnswerValue::Activity(Activity::Partly),
        AnswerValue::Work(Work::GradedSickLeave),
        AnswerValue::Thought(Thought::FeelingDown, Agreement::Agree),
    ];
    let mut actions = vec![Action::Next];
    for q in Question::ORDER {
        let value = match q {
            Question::Location => Some(AnswerValue::Location(location)),
            Question::RedFlags(g) => Some(AnswerValue::Flags(g, FlagAnswer::NoneOfThese)),
            q => chosen
                .into_iter()
                .find(|v| v.question() == q)
                .or_else(|| q.options(Some(location)).first().copied()),
        };
        actions.extend(value.map(answer));
        actions.push(Action::Next);
    }
    actions
}

pub fn on(q: Question) -> Step {
    Step::Question(q)
}
