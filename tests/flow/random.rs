//! Random action sequences with proptest: every step of every sequence must
//! keep the state consistent and pass `properties`; a failure shrinks to a
//! minimal sequence of actions.

use std::cell::Cell;

use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::TestRunner;

use crate::helpers::answer;
use crate::properties::{check_outcome, check_step, every_answer_value};
use ryggsjekk::assessment::*;
use ryggsjekk::i18n::Lang;

/// A generated step. Which options are on screen depends on the steps
/// before, so the action is only chosen against the state it meets (`action`).
#[derive(Clone, Copy, Debug)]
enum Move {
    Next,
    /// An option of the screen shown; `none` picks «none of these» on a
    /// red-flag screen. Off the questions, any answer value.
    OnScreen {
        none: bool,
        option: Index,
        agreement: Index,
    },
    /// Any answer value there is, shown or not.
    Any(Index),
    Back,
    SetLang(Lang),
    Restart,
}

/// Biased towards the options on screen, and mostly «none of these» on the
/// red-flag screens, so that many sequences reach an urgent screen or the
/// result instead of stopping at A.
fn a_move() -> impl Strategy<Value = Move> {
    prop_oneof![
        40 => Just(Move::Next),
        35 => (proptest::bool::weighted(0.8), any::<Index>(), any::<Index>())
            .prop_map(|(none, option, agreement)| Move::OnScreen { none, option, agreement }),
        10 => any::<Index>().prop_map(Move::Any),
        9 => Just(Move::Back),
        4 => proptest::sample::select(Lang::ALL.to_vec()).prop_map(Move::SetLang),
        2 => Just(Move::Restart),
    ]
}

fn action(m: Move, state: &State, universe: &[AnswerValue]) -> Action {
    match m {
        Move::Next => Action::Next,
        Move::OnScreen {
            none,
            option,
            agreement,
        } => match state.step {
            Step::Question(Question::Thoughts) => answer(AnswerValue::Thought(
                *option.get(&Thought::ALL),
                *agreement.get(&Agreement::ALL),
            )),
            Step::Question(Question::RedFlags(g)) if none => {
                answer(AnswerValue::Flags(g, FlagAnswer::NoneOfThese))
            }
            Step::Question(q) => answer(*option.get(&q.options(state.answers.location))),
            _ => answer(*option.get(universe)),
        },
        Move::Any(i) => answer(*i.get(universe)),
        Move::Back => Action::Back,
        Move::SetLang(lang) => Action::SetLang(lang),
        Move::Restart => Action::Restart,
    }
}

#[test]
fn random_action_sequences_keep_the_state_consistent_and_the_invariants() {
    const SEQUENCES: u32 = 20_000;
    let universe = every_answer_value();
    let sequences = (
        proptest::sample::select(Lang::ALL.to_vec()),
        proptest::collection::vec(a_move(), 0..=60),
    );
    // Counted over all cases: the generator must reach both kinds of outcome,
    // or the checks of `check_outcome` would pass without running.
    let (steps, urgent, results) = (Cell::new(0usize), Cell::new(0usize), Cell::new(0usize));
    let mut runner = TestRunner::new(ProptestConfig {
        cases: SEQUENCES,
        source_file: Some(file!()),
        ..ProptestConfig::default()
    });
    let run = runner.run(&sequences, |(lang, moves)| {
        let mut state = State::new(lang);
        let mut history: Vec<Action> = Vec::with_capacity(moves.len());
        for m in moves {
            let action = action(m, &state, &universe);
            history.push(action);
            let next = state.reduce(action);
            let context = || format!("actions {history:?}, state {next:?}");
            prop_assert!(next.is_consistent(), "inconsistent: {}", context());
            check_step(&state, action, &next, &context);
            if let Some(outcome) = next.outcome() {
                check_outcome(&next, &outcome, &context);
                let reached = if matches!(next.step, Step::Urgent(_)) {
                    &urgent
                } else {
                    &results
                };
                reached.set(reached.get() + 1);
            }
            state = next;
            steps.set(steps.get() + 1);
        }
        Ok(())
    });
    if let Err(e) = run {
        panic!("{e}");
    }
    let (steps, urgent, results) = (steps.get(), urgent.get(), results.get());
    eprintln!("{SEQUENCES} random sequences, {steps} actions, {urgent} urgent and {results} result states checked");
    assert!(
        urgent > 0 && results > 0,
        "the generator must reach both urgent screens and results"
    );
}

// The same checks with a flatter mix of actions (`kind`) and options picked by
// number, from the start screen in bokmål.

/// One generated step: `kind` picks the action, `pick` the option.
fn action_from(kind: u8, pick: usize, state: &State, universe: &[AnswerValue]) -> Action {
    match kind % 10 {
        0..=3 => Action::Next,
        4..=5 => match state.step {
            Step::Question(Question::Thoughts) => answer(AnswerValue::Thought(
                Thought::ALL[pick % Thought::ALL.len()],
                Agreement::ALL[pick / 7 % 2],
            )),
            Step::Question(q) => {
                let options = q.options(state.answers.location);
                answer(options[pick % options.len()])
            }
            _ => answer(universe[pick % universe.len()]),
        },
        6 => answer(universe[pick % universe.len()]),
        7 => Action::Back,
        8 => Action::SetLang(Lang::ALL[pick % Lang::ALL.len()]),
        _ => Action::Restart,
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3_000))]
    #[test]
    fn proptest_reducer_never_reaches_an_impossible_state(
        steps in proptest::collection::vec((0u8..10, 0usize..1_000), 0..80)
    ) {
        let universe = every_answer_value();
        let mut state = State::new(Lang::Nb);
        for (i, &(kind, pick)) in steps.iter().enumerate() {
            let action = action_from(kind, pick, &state, &universe);
            let next = state.reduce(action);
            let context = || format!("step {i}: {action:?} → {next:?}");
            proptest::prop_assert!(next.is_consistent(), "inconsistent: {}", context());
            check_step(&state, action, &next, &context);
            if let Some(outcome) = next.outcome() {
                check_outcome(&next, &outcome, &context);
            }
            state = next;
        }
    }
}
