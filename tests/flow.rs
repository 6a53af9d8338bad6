//! The flow (`State::reduce`) against the content spec, section 3: one screen
//! per question, A and B stop at once, answers survive going back and forth.
//! Ends with random action sequences (a small deterministic xorshift generator).

mod common;
use common::NON_URGENT_PREFIXES;
use ryggsjekk::assessment::result::Block;
use ryggsjekk::assessment::*;
use ryggsjekk::i18n::{self, Lang};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

fn run(state: State, actions: &[Action]) -> State {
    actions.iter().fold(state, |s, a| s.reduce(*a))
}

fn start() -> State {
    State::new(Lang::Nb)
}

fn answer(v: AnswerValue) -> Action {
    Action::Answer(v)
}

fn none_of(group: RedFlagGroup) -> Action {
    answer(AnswerValue::Flags(group, FlagAnswer::NoneOfThese))
}

fn flag(group: RedFlagGroup, f: RedFlag) -> Action {
    answer(AnswerValue::Flags(group, FlagAnswer::Flag(f)))
}

/// From the start screen to the A screen, with the given location.
fn to_flags_a(location: Location) -> Vec<Action> {
    vec![
        Action::Next,
        answer(AnswerValue::Location(location)),
        Action::Next,
    ]
}

/// A complete journey without red flags, ending on the result.
fn full_journey(location: Location) -> Vec<Action> {
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

fn on(q: Question) -> Step {
    Step::Question(q)
}

// ---------------------------------------------------------------------------
// Behaviour, one by one
// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------
// Random sequences of actions
// ---------------------------------------------------------------------------

/// xorshift64*: small, deterministic, good enough to shuffle actions.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// Every answer value there is, also those never shown together (a B statement
/// for group A, a neck statement for the lower back): the reducer must ignore them.
fn every_answer_value() -> Vec<AnswerValue> {
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
    all.extend(Radiating::ALL.map(AnswerValue::Radiating));
    all.extend(Duration::ALL.map(AnswerValue::Duration));
    all.extend(Activity::ALL.map(AnswerValue::Activity));
    all.extend(Work::ALL.map(AnswerValue::Work));
    for t in Thought::ALL {
        all.extend(Agreement::ALL.map(|a| AnswerValue::Thought(t, a)));
    }
    all
}

/// A random action, biased towards the options on screen so that many
/// sequences reach an urgent screen or the result.
fn random_action(rng: &mut Rng, state: &State, universe: &[AnswerValue]) -> Action {
    match rng.below(100) {
        0..=39 => Action::Next,
        40..=74 => match state.step {
            Step::Question(Question::Thoughts) => answer(AnswerValue::Thought(
                rng.pick(&Thought::ALL),
                rng.pick(&Agreement::ALL),
            )),
            // Mostly «none of these» on red-flag screens, or few sequences get past A.
            Step::Question(Question::RedFlags(g)) if rng.below(10) < 8 => {
                answer(AnswerValue::Flags(g, FlagAnswer::NoneOfThese))
            }
            Step::Question(q) => answer(rng.pick(&q.options(state.answers.location))),
            _ => answer(rng.pick(universe)),
        },
        75..=84 => answer(rng.pick(universe)),
        85..=93 => Action::Back,
        94..=97 => Action::SetLang(rng.pick(&Lang::ALL)),
        _ => Action::Restart,
    }
}

/// The invariants of content spec section 6 on one reached outcome.
fn check_outcome(state: &State, outcome: &Outcome, context: &dyn Fn() -> String) {
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
            assert!(!view.has_section("safety-net"), "{}", context());
        }
        None => {
            assert_eq!(state.step, Step::Result, "{}", context());
            assert!(!view.headline.is_urgent(), "{}", context());
            assert!(view.has_section("safety-net"), "{}", context());
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
fn check_step(before: &State, action: Action, after: &State, context: &dyn Fn() -> String) {
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
        assert!((1..=9).contains(&k) && n == 9, "{}", context());
    }
}

#[test]
fn random_action_sequences_keep_the_state_consistent_and_the_invariants() {
    const SEQUENCES: usize = 20_000;
    let universe = every_answer_value();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut steps, mut urgent, mut results) = (0usize, 0usize, 0usize);
    for seq in 0..SEQUENCES {
        let len = rng.below(61);
        let mut state = State::new(rng.pick(&Lang::ALL));
        let mut history: Vec<Action> = Vec::with_capacity(len);
        for _ in 0..len {
            let action = random_action(&mut rng, &state, &universe);
            history.push(action);
            let next = state.reduce(action);
            let context = || format!("sequence {seq}, actions {history:?}, state {next:?}");
            assert!(next.is_consistent(), "inconsistent: {}", context());
            check_step(&state, action, &next, &context);
            if let Some(outcome) = next.outcome() {
                check_outcome(&next, &outcome, &context);
                if matches!(next.step, Step::Urgent(_)) {
                    urgent += 1;
                } else {
                    results += 1;
                }
            }
            state = next;
            steps += 1;
        }
    }
    eprintln!("{SEQUENCES} random sequences, {steps} actions, {urgent} urgent and {results} result states checked");
    assert!(
        urgent > 0 && results > 0,
        "the generator must reach both urgent screens and results"
    );
}

// ---------------------------------------------------------------------------
// The same properties with proptest: random sequences that shrink to a
// minimal failing one when something breaks.
// ---------------------------------------------------------------------------

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
        8 => Action::SetLang(Lang::ALL[pick % 3]),
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
