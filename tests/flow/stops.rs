//! Red flags in the flow: A and B stop at once on an urgent screen that back
//! and next cannot leave; C does not stop.

use crate::helpers::*;
use ryggsjekk::assessment::*;

#[test]
fn an_a_statement_stops_at_the_urgent_113_screen() {
    let mut actions = to_flags_a(Location::LowerBack);
    actions.extend([
        flag(RedFlagGroup::A, RedFlag::ChestPainOrBreathing),
        Action::Next,
    ]);
    let s = run(start(), &actions);
    assert_eq!(s.step, Step::Urgent(RedFlagGroup::A));
    assert_eq!(s.outcome().map(|o| o.headline()), Some(Headline::Call113));
}

#[test]
fn a_b_statement_stops_at_the_urgent_legevakt_screen() {
    let mut actions = to_flags_a(Location::Neck);
    actions.extend([
        none_of(RedFlagGroup::A),
        Action::Next,
        flag(RedFlagGroup::B, RedFlag::NeckHandClumsiness),
        Action::Next,
    ]);
    let s = run(start(), &actions);
    assert_eq!(s.step, Step::Urgent(RedFlagGroup::B));
    assert_eq!(
        s.outcome().map(|o| o.headline()),
        Some(Headline::LegevaktToday)
    );
}

#[test]
fn back_and_next_on_an_urgent_screen_do_nothing() {
    let mut actions = to_flags_a(Location::LowerBack);
    actions.extend([flag(RedFlagGroup::A, RedFlag::TearingPain), Action::Next]);
    let urgent = run(start(), &actions);
    assert_eq!(urgent.reduce(Action::Back), urgent);
    assert_eq!(urgent.reduce(Action::Next), urgent);
}

#[test]
fn a_c_statement_does_not_stop() {
    let mut actions = to_flags_a(Location::LowerBack);
    actions.extend([
        none_of(RedFlagGroup::A),
        Action::Next,
        none_of(RedFlagGroup::B),
        Action::Next,
        flag(RedFlagGroup::C, RedFlag::MorningStiffness),
        Action::Next,
    ]);
    assert_eq!(run(start(), &actions).step, on(Question::Radiating));
}
