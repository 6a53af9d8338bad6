//! The completed page's headline conditions, written from the core's own
//! sets (durations that give a referral, what counts as «not back») and
//! checked against `advise` before anything is written.

use ryggsjekk_core::assessment::rules::{not_back, referral};
use ryggsjekk_core::assessment::*;
use ryggsjekk_core::i18n::Msg;

use super::questions::{list, name, none_value, value};

/// «A flag of group g was picked», on its screen or (B and C) as the
/// radiating-pain option that counts as a sign of that group.
pub(super) fn flag_picked(g: RedFlagGroup) -> String {
    let q = name(Question::RedFlags(g));
    let on_screen = format!("{{{q}}} notempty and {{{q}}} <> '{}'", none_value(g));
    match radiating_sign(g) {
        Some(r) => format!(
            "({on_screen}) or {{{}}} = '{}'",
            name(Question::Radiating),
            value(AnswerValue::Radiating(r))
        ),
        None => on_screen,
    }
}

/// The radiating-pain option that counts as a sign of group g, if any.
pub(super) fn radiating_sign(g: RedFlagGroup) -> Option<Radiating> {
    Radiating::ALL.into_iter().find(|r| r.sign() == Some(g))
}

fn sign_picked(a: &Answers, g: RedFlagGroup) -> bool {
    a.flag(g).is_some() || (radiating_sign(g).is_some() && a.radiating == radiating_sign(g))
}

/// The sets the headline conditions are written with, taken from the core.
pub(super) struct Sets {
    referral_durations: Vec<Duration>,
    short_durations: Vec<Duration>,
    not_back_activities: Vec<Activity>,
    not_back_work: Vec<Work>,
}

pub(super) fn sets() -> Sets {
    Sets {
        referral_durations: Duration::ALL
            .into_iter()
            .filter(|&d| referral(d, true).is_some())
            .collect(),
        short_durations: Duration::ALL
            .into_iter()
            .filter(|d| !d.four_weeks_or_more())
            .collect(),
        not_back_activities: Activity::ALL
            .into_iter()
            .filter(|&a| not_back(a, Work::Working))
            .collect(),
        not_back_work: Work::ALL
            .into_iter()
            .filter(|&w| not_back(Activity::AsBefore, w))
            .collect(),
    }
}

/// A headline's condition in Rust, to check it against `advise`.
type Holds<'a> = Box<dyn Fn(&Answers) -> bool + 'a>;

/// The headlines in the order SurveyJS tries them (the first condition that
/// holds wins), each with its condition as a SurveyJS expression and as Rust
/// (for the check against `advise`). `None` = the default (`completedHtml`).
pub(super) fn headline_rules(x: &Sets) -> Vec<(Headline, Option<String>, Holds<'_>)> {
    let dur = |v: &[Duration]| list(v.iter().map(|&d| value(AnswerValue::Duration(d))));
    vec![
        (
            Headline::Call113,
            Some(flag_picked(RedFlagGroup::A)),
            Box::new(|a: &Answers| a.flag(RedFlagGroup::A).is_some()),
        ),
        (
            Headline::LegevaktToday,
            Some(flag_picked(RedFlagGroup::B)),
            Box::new(|a: &Answers| sign_picked(a, RedFlagGroup::B)),
        ),
        (
            Headline::SeeGpWithinDays,
            Some(flag_picked(RedFlagGroup::C)),
            Box::new(|a: &Answers| sign_picked(a, RedFlagGroup::C)),
        ),
        (
            Headline::TalkToGpAboutReferral,
            Some(format!(
                "{{duration}} anyof {} and ({{activity}} anyof {} or {{work}} anyof {})",
                dur(&x.referral_durations),
                list(
                    x.not_back_activities
                        .iter()
                        .map(|&v| value(AnswerValue::Activity(v)))
                ),
                list(x.not_back_work.iter().map(|&v| value(AnswerValue::Work(v)))),
            )),
            Box::new(|a: &Answers| {
                a.duration
                    .is_some_and(|d| x.referral_durations.contains(&d))
                    && (a
                        .activity
                        .is_some_and(|v| x.not_back_activities.contains(&v))
                        || a.work.is_some_and(|w| x.not_back_work.contains(&w)))
            }),
        ),
        (
            Headline::StayActive,
            Some(format!("{{duration}} anyof {}", dur(&x.short_durations))),
            Box::new(|a: &Answers| a.duration.is_some_and(|d| x.short_durations.contains(&d))),
        ),
        (Headline::KeepGoing, None, Box::new(|_: &Answers| true)),
    ]
}

/// Every answer set that reaches an outcome and differs in what decides the
/// headline (thoughts and radiating pain never change it; one of each is enough).
pub(super) fn deciding_answers() -> Vec<Answers> {
    let mut out = Vec::new();
    for location in Location::ALL {
        let base = Answers {
            location: Some(location),
            ..Answers::default()
        };
        for g in [RedFlagGroup::A, RedFlagGroup::B] {
            for f in g.flags(location) {
                let mut a = base.clone();
                for earlier in RedFlagGroup::ALL.into_iter().take_while(|&e| e != g) {
                    *a.flags_mut(earlier) = Some(FlagAnswer::NoneOfThese);
                }
                *a.flags_mut(g) = Some(FlagAnswer::Flag(f));
                out.push(a);
            }
        }
        let c_answers = std::iter::once(FlagAnswer::NoneOfThese)
            .chain(RedFlagGroup::C.flags(location).map(FlagAnswer::Flag));
        for c in c_answers {
            for radiating in Radiating::ALL {
                for duration in Duration::ALL {
                    for activity in Activity::ALL {
                        for work in Work::ALL {
                            out.push(Answers {
                                location: Some(location),
                                flags_a: Some(FlagAnswer::NoneOfThese),
                                flags_b: Some(FlagAnswer::NoneOfThese),
                                flags_c: Some(c),
                                radiating: Some(radiating),
                                duration: Some(duration),
                                activity: Some(activity),
                                work: Some(work),
                                ..Answers::default()
                            });
                        }
                    }
                }
            }
        }
    }
    out
}

/// Checks the SurveyJS headline conditions against the core over every
/// deciding combination of answers; returns each headline's text (from
/// `result_view`, as the widget shows it).
pub(super) fn checked_headline_texts(x: &Sets) -> Vec<(Headline, Msg)> {
    let rules = headline_rules(x);
    let mut texts: Vec<(Headline, Msg)> = Vec::new();
    for a in deciding_answers() {
        let outcome = advise(&a).expect("complete answers give an outcome");
        let core = outcome.headline();
        let ours = rules
            .iter()
            .find(|r| (r.2)(&a))
            .map(|r| r.0)
            .expect("the last rule always holds");
        assert_eq!(
            ours, core,
            "the SurveyJS headline conditions disagree with advise() for {a:?}"
        );
        let msg = result_view(&outcome, &a).headline_text;
        match texts.iter().find(|t| t.0 == core) {
            Some(t) => assert_eq!(t.1, msg, "{core:?} has two headline texts"),
            None => texts.push((core, msg)),
        }
    }
    for (h, ..) in &rules {
        assert!(
            texts.iter().any(|t| t.0 == *h),
            "{h:?} is never reached: remove or fix its condition"
        );
    }
    texts
}
