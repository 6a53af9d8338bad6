//! The handoff fragment (issue 17): every non-urgent result survives the trip
//! to the phone unchanged; urgent results never leave; anything damaged,
//! foreign or outdated is refused with its reason, and random input never
//! panics.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use ryggsjekk::assessment::*;
use ryggsjekk::embed::parse_handoff_url;
use ryggsjekk::i18n::Lang;
use ryggsjekk_core::handoff::{decode, encode, replay_taps, taps, HandoffError};

/// Walks the flow like a patient. `pick[i]` chooses on the i-th screen: among
/// the red-flag statements counted from «none of these» (0) backwards, so 0
/// is the calm answer; elsewhere by position. On the thoughts screen each
/// digit answers one statement: 0 skip, 1 agree, 2 disagree.
fn walk(lang: Lang, pick: &[usize]) -> State {
    let mut s = State::new(lang).reduce(Action::Next);
    let mut i = 0;
    while let Step::Question(q) = s.step {
        let p = pick.get(i).copied().unwrap_or(0);
        if q == Question::Thoughts {
            for (k, t) in Thought::ALL.into_iter().enumerate() {
                let d = pick.get(i + k).copied().unwrap_or(0) % 3;
                if d > 0 {
                    s = s.reduce(Action::Answer(AnswerValue::Thought(
                        t,
                        Agreement::ALL[d - 1],
                    )));
                }
            }
        } else {
            let shown = q.options(s.answers.location);
            let n = p % shown.len();
            let n = if matches!(q, Question::RedFlags(_)) {
                shown.len() - 1 - n
            } else {
                n
            };
            s = s.reduce(Action::Answer(shown[n]));
        }
        s = s.reduce(Action::Next);
        i += 1;
        if i > 40 {
            break;
        }
    }
    s
}

#[test]
fn a_result_comes_back_with_the_same_answers_language_and_advice() {
    let s = walk(Lang::En, &[2, 0, 0, 0, 3, 3, 2, 2, 1, 0, 1, 0, 1]);
    assert_eq!(s.step, Step::Result);
    let f = encode(&s).expect("a calm result can be handed over");
    // Compact: it has to fit a QR code a phone reads from a kiosk screen.
    assert!(f.len() < 40, "{f}");
    assert!(f.contains(CONTENT_VERSION), "versioned: {f}");
    let back = decode(&f).expect("its own fragment decodes");
    assert_eq!(back.answers, s.answers);
    assert_eq!(back.lang, Lang::En);
    assert_eq!(back.step, Step::Result);
    assert_eq!(back.outcome(), s.outcome());
    // With the `#` the address bar shows, too.
    assert_eq!(decode(&format!("#{f}")).map(|b| b.answers), Ok(s.answers));
}

#[test]
fn urgent_results_and_unfinished_journeys_are_never_handed_over() {
    let mut urgent = 0;
    for a in 0..6 {
        for b in 0..6 {
            let s = walk(Lang::Nb, &[1, a, b]);
            if let Step::Urgent(_) = s.step {
                urgent += 1;
                assert_eq!(encode(&s), None, "{:?}", s.answers);
            }
        }
    }
    assert!(urgent > 0, "the walk reached A/B screens");
    assert_eq!(encode(&State::new(Lang::Nb)), None);
    assert_eq!(taps(&State::new(Lang::Nb)), None);
    assert_eq!(
        taps(&walk(Lang::Nb, &[1, 1])),
        None,
        "an urgent A screen has no taps"
    );
}

proptest! {
    #[test]
    fn every_reachable_result_round_trips(
        picks in proptest::collection::vec(0usize..12, 13),
        lang in prop::sample::select(Lang::ALL.to_vec()),
    ) {
        let s = walk(lang, &picks);
        match encode(&s) {
            Some(f) => {
                let back = decode(&f).expect("decodes");
                prop_assert_eq!(back.answers, s.answers);
                prop_assert_eq!(back.lang, lang);
            }
            None => prop_assert!(!matches!(s.outcome(), Some(Outcome::Advice(_)))),
        }
    }

    #[test]
    fn random_text_never_panics_and_is_refused(input in ".{0,60}") {
        // Almost surely not a valid fragment; if it is, it is a calm result.
        if let Ok(s) = decode(&input) {
            prop_assert!(matches!(s.outcome(), Some(Outcome::Advice(_))));
        }
    }

    #[test]
    fn damaged_fragments_are_refused_or_still_calm(
        picks in proptest::collection::vec(0usize..12, 13),
        pos in 0usize..40,
        byte in 0u8..128,
    ) {
        let s = walk(Lang::Nb, &picks);
        if let Some(f) = encode(&s) {
            let mut bytes = f.into_bytes();
            let p = pos % bytes.len();
            bytes[p] = byte;
            let damaged = String::from_utf8_lossy(&bytes).into_owned();
            match decode(&damaged) {
                Ok(back) => prop_assert!(matches!(back.outcome(), Some(Outcome::Advice(_)))),
                Err(e) => prop_assert!(matches!(e, HandoffError::Damaged | HandoffError::Foreign | HandoffError::Outdated)),
            }
        }
    }
}

#[test]
fn foreign_outdated_and_damaged_say_which() {
    let s = walk(Lang::Nn, &[0, 0, 0, 0, 4, 0, 0, 0]);
    let f = encode(&s).expect("calm");
    assert_eq!(decode("").map(|_| ()), Err(HandoffError::Foreign));
    assert_eq!(decode("#top").map(|_| ()), Err(HandoffError::Foreign));
    assert_eq!(
        decode(&f.replace(CONTENT_VERSION, "2025.1.1")).map(|_| ()),
        Err(HandoffError::Outdated)
    );
    // Cut off, one answer changed (the check digit no longer fits), an
    // unknown language, an extra part.
    assert_eq!(
        decode(&f[..f.len() - 2]).map(|_| ()),
        Err(HandoffError::Damaged)
    );
    let payload_start = f.rfind('~').unwrap() + 1;
    let mut changed = f.clone().into_bytes();
    changed[payload_start + 5] = if changed[payload_start + 5] == b'1' {
        b'2'
    } else {
        b'1'
    };
    assert_eq!(
        decode(std::str::from_utf8(&changed).unwrap()).map(|_| ()),
        Err(HandoffError::Damaged)
    );
    assert_eq!(
        decode(&f.replace("~nn~", "~xx~")).map(|_| ()),
        Err(HandoffError::Damaged)
    );
    assert_eq!(
        decode(&f.replace("~nn~", "~nno~")).map(|_| ()),
        Err(HandoffError::Damaged)
    );
    assert_eq!(
        decode(&format!("{f}~1")).map(|_| ()),
        Err(HandoffError::Damaged)
    );
}

#[test]
fn a_hand_made_fragment_for_an_urgent_result_is_refused() {
    // Neck (1), the first A statement (2), then B none, C none…, with a valid
    // check digit: well-formed, but an A/B result never goes to the phone.
    let digits = [1usize, 2, 1, 1, 5, 1, 1, 1, 0, 0, 0, 0, 0];
    let check: usize = digits
        .iter()
        .enumerate()
        .map(|(i, d)| (i + 1) * d)
        .sum::<usize>()
        % 36;
    let payload: String = digits
        .iter()
        .chain(std::iter::once(&check))
        .map(|d| std::char::from_digit(*d as u32, 36).unwrap())
        .collect();
    let f = format!("rs1~{CONTENT_VERSION}~nb~{payload}");
    assert_eq!(decode(&f).map(|_| ()), Err(HandoffError::Damaged), "{f}");
}

#[test]
fn handoff_url_takes_https_only() {
    let mut w = Vec::new();
    assert!(!parse_handoff_url(None, &mut w));
    assert!(w.is_empty(), "unset is not a mistake");
    for ok in [
        "https://klinikk.example/ryggsjekk/v/2026.12.1/handoff.html",
        "  HTTPS://klinikk.example/handoff.html ",
        "http://127.0.0.1:8660/handoff.html",
        "http://localhost/handoff.html",
    ] {
        assert!(parse_handoff_url(Some(ok), &mut w), "{ok}");
    }
    assert!(w.is_empty(), "{w:?}");
    for bad in [
        "http://klinikk.example/handoff.html",
        "http://localhost.evil.example/handoff.html",
        "javascript:alert(1)",
        "https://",
        "https:///path",
        "https://klinikk.example/handoff.html#x",
        "https://klinikk .example/",
        "handoff.html",
        "banan",
    ] {
        let mut w = Vec::new();
        assert!(!parse_handoff_url(Some(bad), &mut w), "{bad}");
        assert_eq!(w.len(), 1, "{bad} warns once");
        assert!(w[0].contains("handoff-url"), "{:?}", w[0]);
    }
}

/// Applies the widget's side of a handoff (`Widget::restore`) to a widget
/// that was somewhere else before.
fn restore(from: State, lang: Lang, taps: &str) -> State {
    replay_taps(lang, taps)
        .into_iter()
        .fold(from, |s, a| s.reduce(a))
}

#[test]
fn taps_are_one_letter_per_step_from_the_first_question() {
    // Neck, no A, no B, no C, the first radiating option, … as the walk picks.
    let s = walk(Lang::Nb, &[0, 0, 0, 0, 2, 0, 0, 0]);
    assert_eq!(s.step, Step::Result);
    let t = taps(&s).expect("a calm result has taps");
    // Every screen: its answer then Next; the thoughts screen (skipped): Next.
    let shown = |q: Question, a: &Answers| q.options(a.location).len();
    let mut expected = String::from("a.");
    for g in [RedFlagGroup::A, RedFlagGroup::B, RedFlagGroup::C] {
        let n = shown(Question::RedFlags(g), &s.answers);
        expected.push(char::from(b'a' + n as u8 - 1));
        expected.push('.');
    }
    expected.push_str("c.a.a.a..");
    assert_eq!(t, expected);
    assert_eq!(restore(State::new(Lang::Nb), Lang::Nb, &t), s);
}

proptest! {
    #[test]
    fn replaying_a_decoded_fragment_reaches_the_same_result(
        picks in proptest::collection::vec(0usize..12, 13),
        before in proptest::collection::vec(0usize..12, 0..13),
    ) {
        let s = walk(Lang::En, &picks);
        if let Some(f) = encode(&s) {
            let decoded = decode(&f).expect("decodes");
            // The widget may have had other answers, another step, another language.
            let r = restore(walk(Lang::Nb, &before), Lang::En, &taps(&decoded).expect("calm"));
            prop_assert_eq!(r.step, Step::Result);
            prop_assert_eq!(r.lang, Lang::En);
            prop_assert_eq!(r.answers, s.answers);
        }
    }

    #[test]
    fn random_taps_never_panic_and_stay_on_the_patients_path(input in "[a-k.]{0,70}|.{0,70}") {
        let r = restore(State::new(Lang::Nb), Lang::Nb, &input);
        prop_assert!(r.is_consistent(), "{:?}", r);
        prop_assert!(replay_taps(Lang::Nb, &input).len() <= 3 + 64);
    }
}
