//! The answers in the handoff link's fragment (`handoff.html#…`), which the
//! patient's phone opens from the QR code (issue 17). The fragment never
//! reaches a server, but it is read by a page, so the decoder trusts nothing:
//! a damaged, foreign or outdated fragment is an error the page explains,
//! never a crash, and never a result the kiosk could not have shown.
//!
//! Format: `rs1~<content version>~<lang>~<answers><check>`. The content
//! version is inside because a rule change can change the result of the same
//! answers: an old link is refused rather than shown with newer advice.
//! Answers are one base-36 digit each (0 = not answered, n = the n-th option),
//! in a fixed order; the check digit catches a mistyped or cut-off link.

use crate::assessment::red_flags::{FlagAnswer, RedFlagGroup};
use crate::assessment::{
    Action, Activity, Agreement, AnswerValue, Answers, Duration, Location, Outcome, Question,
    Radiating, State, Step, Thought, Work, CONTENT_VERSION,
};
use crate::embed::lang_from_tag;
use crate::i18n::Lang;

const PREFIX: &str = "rs1";
const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
/// location, flags A/B/C, radiating, duration, activity, work, five thoughts.
const FIELDS: usize = 13;

/// Why a fragment was not shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HandoffError {
    /// Not a link this widget makes (another format, or no fragment at all).
    Foreign,
    /// Made by another content version: the advice may have changed since.
    Outdated,
    /// Ours and current, but cut off, mistyped or not a possible set of answers.
    Damaged,
}

fn index<T: PartialEq>(all: &[T], v: Option<T>) -> usize {
    v.and_then(|v| all.iter().position(|x| *x == v))
        .map_or(0, |i| i + 1)
}

fn pick<T: Copy>(all: &[T], d: usize) -> Result<Option<T>, HandoffError> {
    match d {
        0 => Ok(None),
        _ => all
            .get(d - 1)
            .copied()
            .map(Some)
            .ok_or(HandoffError::Damaged),
    }
}

fn check_digit(digits: &[usize]) -> usize {
    digits
        .iter()
        .enumerate()
        .map(|(i, d)| (i + 1) * d)
        .sum::<usize>()
        % 36
}

/// The flag picked in a group as its 1-based position among the statements
/// shown for the location (so the digit stays below 36).
fn flag_index(a: &Answers, group: RedFlagGroup) -> usize {
    match (a.flags(group), a.location) {
        (Some(FlagAnswer::NoneOfThese), _) => 1,
        (Some(FlagAnswer::Flag(f)), Some(l)) => {
            group.flags(l).position(|x| x == f).map_or(0, |i| i + 2)
        }
        _ => 0,
    }
}

fn flag_pick(
    d: usize,
    group: RedFlagGroup,
    location: Option<Location>,
) -> Result<Option<FlagAnswer>, HandoffError> {
    match (d, location) {
        (0, _) => Ok(None),
        (1, _) => Ok(Some(FlagAnswer::NoneOfThese)),
        (_, Some(l)) => group
            .flags(l)
            .nth(d - 2)
            .map(|f| Some(FlagAnswer::Flag(f)))
            .ok_or(HandoffError::Damaged),
        (_, None) => Err(HandoffError::Damaged),
    }
}

/// The fragment (without `#`) for a finished, non-urgent result; `None` for
/// anything else (an urgent result needs a phone call now, not a phone link).
pub fn encode(state: &State) -> Option<String> {
    if state.step != Step::Result || !matches!(state.outcome(), Some(Outcome::Advice(_))) {
        return None;
    }
    let a = &state.answers;
    let mut d = vec![
        index(&Location::ALL, a.location),
        flag_index(a, RedFlagGroup::A),
        flag_index(a, RedFlagGroup::B),
        flag_index(a, RedFlagGroup::C),
        index(&Radiating::ALL, a.radiating),
        index(&Duration::ALL, a.duration),
        index(&Activity::ALL, a.activity),
        index(&Work::ALL, a.work),
    ];
    d.extend(a.thoughts.iter().map(|t| index(&Agreement::ALL, *t)));
    d.push(check_digit(&d));
    let payload: String = d.iter().map(|&i| DIGITS[i % 36] as char).collect();
    Some(format!(
        "{PREFIX}~{CONTENT_VERSION}~{}~{payload}",
        state.lang.code()
    ))
}

/// The state a fragment stands for: the result screen with the same answers
/// and language, or why not. Accepts the fragment with or without its `#`.
pub fn decode(fragment: &str) -> Result<State, HandoffError> {
    let f = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut parts = f.split('~');
    if parts.next() != Some(PREFIX) {
        return Err(HandoffError::Foreign);
    }
    let (Some(version), Some(lang), Some(payload), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(HandoffError::Damaged);
    };
    if version != CONTENT_VERSION {
        return Err(HandoffError::Outdated);
    }
    // Only a tag the widget itself writes (`Lang::code`), not every alias.
    let lang: Lang = lang_from_tag(lang)
        .filter(|l| l.code() == lang)
        .ok_or(HandoffError::Damaged)?;
    let mut d = Vec::with_capacity(FIELDS + 1);
    for b in payload.bytes() {
        d.push(
            DIGITS
                .iter()
                .position(|&x| x == b)
                .ok_or(HandoffError::Damaged)?,
        );
    }
    let Some((&check, d)) = d.split_last() else {
        return Err(HandoffError::Damaged);
    };
    if d.len() != FIELDS || check_digit(d) != check {
        return Err(HandoffError::Damaged);
    }
    let location = pick(&Location::ALL, d[0])?;
    let mut answers = Answers {
        location,
        flags_a: flag_pick(d[1], RedFlagGroup::A, location)?,
        flags_b: flag_pick(d[2], RedFlagGroup::B, location)?,
        flags_c: flag_pick(d[3], RedFlagGroup::C, location)?,
        radiating: pick(&Radiating::ALL, d[4])?,
        duration: pick(&Duration::ALL, d[5])?,
        activity: pick(&Activity::ALL, d[6])?,
        work: pick(&Work::ALL, d[7])?,
        thoughts: [None; 5],
    };
    for (t, &x) in answers.thoughts.iter_mut().zip(&d[8..]) {
        *t = pick(&Agreement::ALL, x)?;
    }
    let claimed = State {
        lang,
        step: Step::Result,
        answers,
        error: None,
    };
    // Only what the kiosk could have shown: the same taps through the same
    // reducer (which ignores an answer its screen does not offer) must reach
    // a non-urgent result with exactly these answers.
    let mut s = State::new(lang);
    for a in replay(&claimed) {
        s = s.reduce(a);
    }
    if s == claimed && matches!(s.outcome(), Some(Outcome::Advice(_))) {
        Ok(s)
    } else {
        Err(HandoffError::Damaged)
    }
}

/// The patient's own steps to `state`, for a shell that only dispatches
/// actions: every answer goes through the same reducer as a tap would.
pub fn replay(state: &State) -> Vec<Action> {
    use AnswerValue as V;
    let a = &state.answers;
    let mut out = vec![Action::Restart, Action::SetLang(state.lang), Action::Next];
    let mut single = |v: Option<V>| {
        if let Some(v) = v {
            out.push(Action::Answer(v));
            out.push(Action::Next);
        }
    };
    single(a.location.map(V::Location));
    for g in RedFlagGroup::ALL {
        single(a.flags(g).map(|f| V::Flags(g, f)));
    }
    single(a.radiating.map(V::Radiating));
    single(a.duration.map(V::Duration));
    single(a.activity.map(V::Activity));
    single(a.work.map(V::Work));
    for (t, ag) in crate::assessment::Thought::ALL.into_iter().zip(a.thoughts) {
        if let Some(ag) = ag {
            out.push(Action::Answer(V::Thought(t, ag)));
        }
    }
    out.push(Action::Next);
    out
}

/// The option the `n`-th choice on question `q` stands for: the `n`-th option
/// shown (which depends on the location), or on the thoughts screen, which
/// has no single choice, statement `n / 2` answered with `Agreement::ALL[n % 2]`.
fn option(q: Question, answers: &Answers, n: usize) -> Option<AnswerValue> {
    if q == Question::Thoughts {
        let t = *Thought::ALL.get(n / 2)?;
        return Some(AnswerValue::Thought(t, Agreement::ALL[n % 2]));
    }
    q.options(answers.location).get(n).copied()
}

/// The taps that lead from the first question to a non-urgent result
/// (`None` for any other state): `.` for Next, `a`, `b`, … for the first,
/// second, … option on the screen. The widget's wasm says only this (on the
/// «Ta med på mobilen» button); `qr/` turns it into the link's fragment
/// ([`encode`]) and a checked fragment back ([`decode`]), so neither is in the
/// wasm every patient downloads. Read from the answers with what the screens
/// already use (`options`, `is_selected`), not by replaying the journey.
pub fn taps(state: &State) -> Option<String> {
    if state.step != Step::Result || !matches!(state.outcome(), Some(Outcome::Advice(_))) {
        return None;
    }
    let a = &state.answers;
    let letter = |n: usize| char::from(b'a' + n as u8);
    let mut out = String::new();
    for q in Question::ORDER {
        if q == Question::Thoughts {
            for (i, ag) in a.thoughts.iter().enumerate() {
                if let Some(ag) = ag {
                    out.push(letter(2 * i + usize::from(*ag != Agreement::ALL[0])));
                }
            }
        } else if let Some(n) = q.options(a.location).iter().position(|v| v.is_selected(a)) {
            out.push(letter(n));
        }
        out.push('.');
    }
    Some(out)
}

/// The actions `taps` stand for, from a fresh start in `lang`. Each goes
/// through the same reducer as a patient's tap, and what no screen offers is
/// skipped, so no input can show what the kiosk could not; the page checked
/// the link (`decode`) before, this only must not trust it.
pub fn replay_taps(lang: Lang, taps: &str) -> Vec<Action> {
    let mut out = vec![Action::Restart, Action::SetLang(lang), Action::Next];
    let mut s = State::new(lang).reduce(Action::Next);
    // A real journey is under 40 taps; more is not from `taps`.
    for b in taps.bytes().take(64) {
        let a = match (b, s.step) {
            (b'.', _) => Action::Next,
            (_, Step::Question(q)) => {
                match option(q, &s.answers, usize::from(b.wrapping_sub(b'a'))) {
                    Some(v) => Action::Answer(v),
                    None => continue,
                }
            }
            _ => continue,
        };
        s = s.reduce(a);
        out.push(a);
    }
    out
}
