//! The first screen of a non-urgent result (issue 16): what to do now, why in
//! one sentence, the timeline in words, and what the screen may fold away.
//! Over every combination of answers that reaches a full advice; expectations
//! from the content spec (section 6) and from the answers, not from the code.

use std::collections::HashMap;

#[path = "core/helpers.rs"]
#[allow(dead_code)]
mod helpers;

use helpers::{calm, flag_choices};
use ryggsjekk::assessment::result::{Block, NowAction, MAX_ACTIONS};
use ryggsjekk::assessment::*;
use ryggsjekk::i18n::{Lang, Msg, Text};

const THOUGHT_VALUES: [Option<Agreement>; 3] =
    [Some(Agreement::Agree), Some(Agreement::Disagree), None];

/// The answers the why-sentence may speak of: a C sign, duration, activity, work.
type Deciding = (bool, Duration, Activity, Work);

/// Every non-urgent combination: A and B «none», every C choice, every
/// radiating answer but «worse or spreading» (a B sign since content v2,
/// spec section 5), every other answer.
fn for_each_non_urgent(mut check: impl FnMut(&Answers)) -> u64 {
    let mut n = 0;
    for location in Location::ALL {
        for c in flag_choices(RedFlagGroup::C, location) {
            for radiating in Radiating::ALL {
                if radiating == Radiating::WorseOrSpreading {
                    continue;
                }
                for duration in Duration::ALL {
                    for activity in Activity::ALL {
                        for work in Work::ALL {
                            for t in 0..3usize.pow(5) {
                                let mut a = calm(location);
                                a.flags_c = Some(c);
                                a.radiating = Some(radiating);
                                a.duration = Some(duration);
                                a.activity = Some(activity);
                                a.work = Some(work);
                                for (i, slot) in a.thoughts.iter_mut().enumerate() {
                                    *slot = THOUGHT_VALUES[t / 3usize.pow(i as u32) % 3];
                                }
                                check(&a);
                                n += 1;
                            }
                        }
                    }
                }
            }
        }
    }
    n
}

fn agreed(a: &Answers) -> usize {
    Thought::ALL.iter().filter(|&&t| a.agreed(t)).count()
}

fn back(a: &Answers) -> bool {
    a.activity == Some(Activity::AsBefore) && !a.work.unwrap().on_sick_leave()
}

#[test]
fn every_non_urgent_result_has_two_to_four_actions_from_the_sections_that_apply() {
    let mut whys: HashMap<Deciding, Text> = HashMap::new();
    let mut problems = Vec::new();
    let n = for_each_non_urgent(|a| {
        let v = helpers::view(a);
        let Some(first) = &v.first else {
            problems.push(format!("{a:?}: no first screen"));
            return;
        };
        let acts = &first.actions;
        let has = |x: NowAction| acts.contains(&x);
        // C: a sign from the C list, or (content v2, spec section 4) radiating
        // pain that usual painkillers do not make bearable.
        let c_sign = a.flag(RedFlagGroup::C).is_some() || a.radiating == Some(Radiating::Severe);
        let duration = a.duration.unwrap();
        let four_weeks = duration >= Duration::FourToFiveWeeks;
        let sick = a.work.unwrap().on_sick_leave();
        let referral_action =
            has(NowAction::BookGpAskReferral) || has(NowAction::AskReferralAtVisit);
        let mut unique = acts.clone();
        unique.dedup();
        let checks = [
            ("2–4 actions", (2..=MAX_ACTIONS).contains(&acts.len())),
            (
                "no action twice",
                unique.len() == acts.len()
                    && acts
                        .iter()
                        .all(|x| acts.iter().filter(|y| *y == x).count() == 1),
            ),
            // Section 6, rule 3: referral ↔ 4 weeks or more and not back; never hidden by C.
            (
                "the referral action exactly when the referral section applies",
                referral_action == v.has_section(SectionName::Referral),
            ),
            (
                "the referral action exactly when 4 weeks or more and not back",
                referral_action == (four_weeks && !back(a)),
            ),
            // Section 6, rule 2: a C sign → book the fastlege within a few days, first.
            (
                "a C sign books the fastlege first",
                c_sign == (acts.first() == Some(&NowAction::BookGpWithinDays)),
            ),
            (
                "«ask at that visit» only with a C sign",
                !has(NowAction::AskReferralAtVisit) || c_sign,
            ),
            // "What you can do now: stay active" is on every non-urgent result.
            ("stay active on every result", has(NowAction::StayActive)),
            // Rule 4: under 4 weeks → the fastlege if not better after 4–6 weeks.
            (
                "the 4–6-week check only under 4 weeks without C",
                has(NowAction::GpIfNotBetter) == (!four_weeks && !c_sign),
            ),
            (
                "exercise only when 4 weeks or more and back",
                !has(NowAction::Exercise) || (four_weeks && back(a) && !c_sign),
            ),
            (
                "work on sick leave, and only then",
                has(NowAction::AskForFollowUpPlan) == sick,
            ),
            (
                "thoughts only with two or more agreed",
                !has(NowAction::TalkAboutThoughts) || agreed(a) >= 2,
            ),
            (
                "every action names sources from the citation list",
                acts.iter().all(|x| {
                    !x.sources().is_empty() && x.sources().iter().all(|s| SourceId::ALL.contains(s))
                }),
            ),
            (
                "every action comes from a rule in the catalogue",
                acts.iter()
                    .all(|x| rules::RULES.iter().any(|r| r.id == x.rule())),
            ),
        ];
        for (what, ok) in checks {
            if !ok && problems.len() < 10 {
                problems.push(format!("{what}: {a:?} → {acts:?}"));
            }
        }
        let key = (c_sign, duration, a.activity.unwrap(), a.work.unwrap());
        // The sentence depends on the deciding answers only, not on location,
        // radiating pain or thoughts.
        if *whys.entry(key).or_insert(first.why) != first.why && problems.len() < 10 {
            problems.push(format!("{a:?}: another why for the same deciding answers"));
        }
    });
    assert!(n > 1_000_000, "enumerated only {n} combinations");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(
        whys.len(),
        2 * 5 * 3 * 4,
        "one why per C × duration × activity × work"
    );
    for (key, why) in &whys {
        check_why(*key, why);
    }
}

/// The spec's duration bands (section 5, v2) in bokmål.
fn band_nb(d: Duration) -> &'static str {
    match d {
        Duration::UnderTwoWeeks => "under 2 uker",
        Duration::TwoToThreeWeeks => "2–3 uker",
        Duration::FourToFiveWeeks => "4–5 uker",
        Duration::SixWeeksToThreeMonths => "6 uker til 3 måneder",
        Duration::OverThreeMonths => "mer enn 3 måneder",
    }
}

fn one_sentence(s: &str) -> bool {
    s.ends_with('.')
        && s.matches(['.', '?', '!']).count() == 1
        && !s.contains("  ")
        && !s.contains(" ,")
}

/// The why-sentence names the duration the patient gave and no other; it
/// speaks of activity and work only as answered, and only where they decided
/// the advice (from 4 weeks, without a C sign).
fn check_why((c_sign, duration, activity, work): Deciding, why: &Text) {
    let nb = why.render(Lang::Nb);
    let ctx = format!("C={c_sign} {duration:?} {activity:?} {work:?}: «{nb}»");
    assert!(nb.starts_with("Fordi du"), "{ctx}");
    assert!(one_sentence(&nb), "one sentence: {ctx}");
    for d in Duration::ALL {
        assert_eq!(
            nb.contains(band_nb(d)),
            d == duration,
            "names only the duration given: {ctx}"
        );
    }
    assert_eq!(nb.contains("tegn"), c_sign, "{ctx}");
    let speaks = !c_sign && duration >= Duration::FourToFiveWeeks;
    let expected_activity = match activity {
        Activity::AsBefore => " og er tilbake i vanlige aktiviteter",
        Activity::Partly => " og bare delvis er tilbake",
        Activity::MostlyNot => " og stort sett ikke er tilbake",
    };
    assert_eq!(nb.contains(expected_activity), speaks, "{ctx}");
    assert_eq!(nb.contains("aktiviteter"), speaks, "{ctx}");
    let expected_work = match work {
        Work::Working => Some("i jobb"),
        Work::GradedSickLeave => Some("delvis sykmeldt"),
        Work::FullSickLeave => Some("helt sykmeldt"),
        Work::NotInPaidWork => None,
    };
    assert_eq!(
        nb.contains("sykmeldt"),
        speaks && work.on_sick_leave(),
        "{ctx}"
    );
    assert_eq!(
        nb.contains("jobb"),
        speaks && work == Work::Working,
        "{ctx}"
    );
    if let (true, Some(w)) = (speaks, expected_work) {
        assert!(nb.contains(w), "{ctx}");
    }
    for lang in [Lang::Nn, Lang::En] {
        let s = why.render(lang);
        assert!(one_sentence(&s), "{}: «{s}» ({ctx})", lang.code());
        let digits: String = band_nb(duration)
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        let shown: String = s.chars().filter(char::is_ascii_digit).collect();
        assert_eq!(
            shown,
            digits,
            "{}: «{s}» names the same band ({ctx})",
            lang.code()
        );
    }
}

#[test]
fn urgent_results_have_no_first_screen() {
    for location in Location::ALL {
        for group in [RedFlagGroup::A, RedFlagGroup::B] {
            for flag in group.flags(location) {
                let mut a = calm(location);
                *a.flags_mut(group) = Some(FlagAnswer::Flag(flag));
                let v = helpers::view(&a);
                assert!(v.urgent.is_some(), "{flag:?}");
                assert_eq!(
                    v.first, None,
                    "{location:?} {flag:?}: A and B screens stay as they are"
                );
            }
        }
    }
}

#[test]
fn the_timeline_in_words_names_the_duration_and_the_referral_point_on_screen_and_paper() {
    for duration in Duration::ALL {
        let mut a = calm(Location::LowerBack);
        a.duration = Some(duration);
        let v = helpers::view(&a);
        let first = v.first.as_ref().expect("a first screen");
        assert_eq!(first.duration, duration);
        let nb = first.timeline.render(Lang::Nb);
        assert!(nb.contains(band_nb(duration)), "«{nb}»");
        assert!(
            nb.contains("4–6 uker") && nb.contains("henvisning"),
            "«{nb}»"
        );
        for lang in [Lang::Nn, Lang::En] {
            assert!(
                first.timeline.render(lang).contains("4–6"),
                "{}",
                lang.code()
            );
        }
        let printed = v.print_summary().expect("printable");
        assert_eq!(printed.timeline.map(|t| t.render(Lang::Nb)), Some(nb));
        assert!(printed.messages().contains(&Msg::TimelineAlt));
    }
}

#[test]
fn warning_signs_and_the_dark_thoughts_line_are_never_folded_away() {
    let mut problems = Vec::new();
    for_each_non_urgent(|a| {
        let v = helpers::view(a);
        for s in &v.sections {
            if !s.name.on_demand() {
                continue;
            }
            for b in &s.blocks {
                let mut ms = Vec::new();
                b.messages(&mut ms);
                let unsafe_to_fold = ms.iter().any(|m| {
                    let id = m.id();
                    id.starts_with("safety-") || *m == Msg::MoodSafety
                });
                if unsafe_to_fold && !b.never_folded() && problems.len() < 5 {
                    problems.push(format!("{:?} folds {b:?} ({a:?})", s.name));
                }
            }
        }
        if a.agreed(Thought::FeelingDown) {
            let shown = v.sections.iter().any(|s| {
                s.blocks
                    .iter()
                    .any(|b| *b == Block::Para(Msg::MoodSafety) && b.never_folded())
            });
            if !shown && problems.len() < 5 {
                problems.push(format!("feeling down without the 116 123 line: {a:?}"));
            }
        }
    });
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(!SectionName::SafetyNet.on_demand());
    // The sections issue 16 lists as "on demand".
    for name in [
        SectionName::Why,
        SectionName::Options,
        SectionName::Work,
        SectionName::Thoughts,
        SectionName::Sources,
    ] {
        assert!(name.on_demand(), "{name:?}");
    }
}
