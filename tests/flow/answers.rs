//! Changing answers: a new location drops statements no longer shown, restart
//! and language changes, and answers that are not for the screen shown.

use crate::helpers::*;
use ryggsjekk::assessment::*;
use ryggsjekk::i18n::Lang;

#[test]
fn changing_location_to_a_non_neck_one_drops_a_neck_only_answer() {
    let mut actions = to_flags_a(Location::Neck);
    actions.extend([
        none_of(RedFlagGroup::A),
        Action::Next,
        flag(RedFlagGroup::B, RedFlag::NeckStiffWithFever), // chosen, not yet confirmed
        Action::Back,
        Action::Back,
        answer(AnswerValue::Location(Location::MiddleBack)),
    ]);
    let s = run(start(), &actions);
    assert_eq!(
        s.answers.flags_b, None,
        "a statement no longer shown must not count"
    );
    assert_eq!(
        s.answers.flags_a,
        Some(FlagAnswer::NoneOfThese),
        "other answers stay"
    );
    assert!(s.is_consistent());
}

#[test]
fn changing_location_between_neck_locations_keeps_a_neck_only_answer() {
    let mut actions = to_flags_a(Location::Neck);
    actions.extend([
        flag(RedFlagGroup::A, RedFlag::NeckStrokeSigns),
        Action::Back,
        answer(AnswerValue::Location(Location::Several)),
    ]);
    let s = run(start(), &actions);
    assert_eq!(
        s.answers.flags_a,
        Some(FlagAnswer::Flag(RedFlag::NeckStrokeSigns))
    );
}

#[test]
fn restart_clears_everything_but_the_language() {
    let s = run(State::new(Lang::Nn), &full_journey(Location::Neck)).reduce(Action::Restart);
    assert_eq!(s, State::new(Lang::Nn));
}

#[test]
fn set_lang_keeps_answers_and_screen() {
    let before = run(start(), &full_journey(Location::Neck));
    let after = before.reduce(Action::SetLang(Lang::En));
    assert_eq!(after.lang, Lang::En);
    assert_eq!(after.answers, before.answers);
    assert_eq!(after.step, before.step);
}

#[test]
fn an_answer_for_a_question_not_on_screen_is_ignored() {
    let on_location = start().reduce(Action::Next);
    for v in [
        AnswerValue::Duration(Duration::OverThreeMonths),
        AnswerValue::Flags(RedFlagGroup::A, FlagAnswer::NoneOfThese),
        AnswerValue::Thought(Thought::WorryALot, Agreement::Agree),
    ] {
        assert_eq!(on_location.reduce(answer(v)), on_location, "{v:?}");
    }
    // Nor on the start screen or the result.
    assert_eq!(
        start().reduce(answer(AnswerValue::Location(Location::Neck))),
        start()
    );
    let result = run(start(), &full_journey(Location::LowerBack));
    assert_eq!(
        result.reduce(answer(AnswerValue::Work(Work::Working))),
        result
    );
}

#[test]
fn a_statement_not_shown_for_the_location_is_ignored() {
    let on_a = run(start(), &to_flags_a(Location::LowerBack));
    assert_eq!(
        on_a.reduce(flag(RedFlagGroup::A, RedFlag::NeckStrokeSigns)),
        on_a,
        "neck-only, lower back"
    );
    assert_eq!(
        on_a.reduce(flag(RedFlagGroup::A, RedFlag::SaddleNumbness)),
        on_a,
        "a B statement on the A screen"
    );
}
