//! Answers and views the rule tests start from: a calm, complete set of
//! answers that each test changes in one place.

use ryggsjekk::assessment::*;
use ryggsjekk::i18n::Msg;

/// The options of a red-flag screen for a location: each statement shown, then «none».
pub fn flag_choices(group: RedFlagGroup, location: Location) -> Vec<FlagAnswer> {
    group
        .flags(location)
        .map(FlagAnswer::Flag)
        .chain([FlagAnswer::NoneOfThese])
        .collect()
}

/// A complete, calm set of answers: no red flags, no radiating pain, under two
/// weeks, back to everything, working, thoughts skipped. Tests change one thing.
pub fn calm(location: Location) -> Answers {
    Answers {
        location: Some(location),
        flags_a: Some(FlagAnswer::NoneOfThese),
        flags_b: Some(FlagAnswer::NoneOfThese),
        flags_c: Some(FlagAnswer::NoneOfThese),
        radiating: Some(Radiating::No),
        duration: Some(Duration::UnderTwoWeeks),
        activity: Some(Activity::AsBefore),
        work: Some(Work::Working),
        // Thoughts skipped, and any question a test does not name unanswered.
        ..Answers::default()
    }
}

pub fn lower_back() -> Answers {
    calm(Location::LowerBack)
}

/// Lower back, with the given duration, activity and work.
pub fn lower_back_with(duration: Duration, activity: Activity, work: Work) -> Answers {
    Answers {
        duration: Some(duration),
        activity: Some(activity),
        work: Some(work),
        ..lower_back()
    }
}

pub fn outcome(a: &Answers) -> Outcome {
    advise(a).expect("complete answers give an outcome")
}

pub fn view(a: &Answers) -> ResultView {
    result_view(&outcome(a), a)
}

pub fn headline(a: &Answers) -> Headline {
    outcome(a).headline()
}

pub fn shows(v: &ResultView, m: Msg) -> bool {
    v.messages().contains(&m)
}

pub fn with_thoughts(mut a: Answers, agreed: &[Thought]) -> Answers {
    for t in Thought::ALL {
        a.thoughts[t.index()] = Some(if agreed.contains(&t) {
            Agreement::Agree
        } else {
            Agreement::Disagree
        });
    }
    a
}
