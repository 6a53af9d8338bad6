//! The six invariants of content spec section 6, over every combination of
//! answers (walked once, in `pass`).

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::common::NON_URGENT_PREFIXES;
use crate::enumerate::{flag_choices, Violations};
use crate::pass::{pass, Seen};
use ryggsjekk::assessment::result::Block;
use ryggsjekk::assessment::*;
use ryggsjekk::i18n::{self, Arg, Lang, Msg, Text, Var};

pub const INVARIANT_1: &str = "invariant 1 (A → 113, B → 116 117, no self-care text)";
pub const INVARIANT_2: &str = "invariant 2 (C never lowers A/B, never hides the referral)";
pub const INVARIANT_4: &str =
    "invariant 4 (safety net on every non-urgent result, not on urgent ones)";
pub const INVARIANT_6: &str = "invariant 6 (every option names a source)";

/// The number of combinations, counted from the content spec (sections 4 and 5),
/// independently of the code: A has 3 statements for every location and 3 more
/// for the neck; B has 9 + 2 (v2); C has 7; each screen adds «none of these».
pub fn expected_combinations() -> u64 {
    let screens = |a: u64, b: u64, c: u64| (a + 1) * (b + 1) * (c + 1);
    let neck_locations = 2 * screens(3 + 3, 9 + 2, 7); // neck, several places
    let back_locations = 2 * screens(3, 9, 7); // middle of the back, lower back
    let radiating = 5; // v2: worse or spreading, severe, stable, pain only, no
    let durations = 5;
    let activity = 3;
    let work = 4;
    let thoughts = 3u64.pow(5); // agree / disagree / skipped, five statements
    (neck_locations + back_locations) * radiating * durations * activity * work * thoughts
}

/// The headline an A or B sign demands (radiating pain getting worse or
/// spreading is a B sign too, v2, content spec 5.2); `None` without one.
fn urgent_headline(a: &Answers) -> Option<Headline> {
    if a.flag(RedFlagGroup::A).is_some() {
        Some(Headline::Call113)
    } else if a.flag(RedFlagGroup::B).is_some() || a.radiating == Some(Radiating::WorseOrSpreading)
    {
        Some(Headline::LegevaktToday)
    } else {
        None
    }
}

fn non_urgent(m: Msg) -> bool {
    static NON_URGENT: OnceLock<Vec<bool>> = OnceLock::new();
    NON_URGENT.get_or_init(|| {
        Msg::ALL
            .iter()
            .map(|m| NON_URGENT_PREFIXES.iter().any(|p| m.id().starts_with(p)))
            .collect()
    })[m as usize]
}

/// Invariant 1 (and the A/B half of 2: whatever C says).
pub fn invariant_1(s: &Seen, broken: &mut Violations) {
    let (answers, view) = (s.answers, s.view);
    match urgent_headline(answers) {
        Some(h) => {
            let messages = view.messages();
            let self_care = messages.iter().find(|m| non_urgent(**m));
            if view.headline != h
                || s.outcome.headline() != h
                || view.urgent.is_none()
                || self_care.is_some()
            {
                broken.record(|| {
                    format!(
                        "{answers:?}: headline {:?}, expected {h:?}; non-urgent text {self_care:?}",
                        view.headline
                    )
                });
            }
        }
        None => {
            if view.headline.is_urgent() || view.urgent.is_some() {
                broken.record(|| format!("{answers:?}: urgent headline without an A or B flag"));
            }
        }
    }
}

/// Invariant 2, first half: a C sign beside an A or B sign keeps A's or B's headline.
pub fn invariant_2_c_never_lowers(s: &Seen, broken: &mut Violations) {
    if let Some(h) = urgent_headline(s.answers) {
        if s.answers.flag(RedFlagGroup::C).is_some() && s.view.headline != h {
            broken.record(|| format!("{:?}: C lowered {h:?} to {:?}", s.answers, s.view.headline));
        }
    }
}

/// Invariant 4: the safety net on every non-urgent result, never on urgent ones.
pub fn invariant_4(s: &Seen, broken: &mut Violations) {
    let shown = s.view.has_section(SectionName::SafetyNet);
    if shown == urgent_headline(s.answers).is_some() {
        broken.record(|| format!("{:?}: safety net shown = {shown}", s.answers));
    }
}

/// Invariant 6: every evidence option names a source from section 8.
pub fn invariant_6(s: &Seen, broken: &mut Violations) {
    for section in &s.view.sections {
        for block in &section.blocks {
            if let Block::Options(options) = block {
                for (text, sources) in options {
                    if sources.is_empty() || sources.iter().any(|x| !SourceId::ALL.contains(x)) {
                        broken.record(|| format!("{} names no source", text.id()));
                    }
                }
            }
        }
    }
}

/// Invariants 2 (C never hides the referral) and 3 (referral monotone in
/// duration): whether the referral is shown, on a grid of C answers ×
/// durations for each set of the other answers, checked at the end of a job.
#[derive(Default)]
pub struct Grid {
    rows: HashMap<Answers, Vec<[bool; Duration::ALL.len()]>>,
    pub hidden_by_c: Violations,
    pub not_monotone: Violations,
}

impl Grid {
    pub fn visit(&mut self, s: &Seen) {
        let a = s.answers;
        let (Some(location), Some(c), Some(d)) = (a.location, a.flags_c, a.duration) else {
            return;
        };
        let choices = flag_choices(RedFlagGroup::C, location);
        let ci = choices
            .iter()
            .position(|x| *x == c)
            .expect("a shown C answer");
        let di = Duration::ALL
            .iter()
            .position(|x| *x == d)
            .expect("a duration");
        let rest = Answers {
            flags_c: None,
            duration: None,
            ..a.clone()
        };
        let rows = self
            .rows
            .entry(rest)
            .or_insert_with(|| vec![[false; Duration::ALL.len()]; choices.len()]);
        rows[ci][di] = s.view.has_section(SectionName::Referral);
    }

    pub fn end_job(&mut self) {
        for (rest, shown) in std::mem::take(&mut self.rows) {
            let location = rest.location.expect("walked with a location");
            let choices = flag_choices(RedFlagGroup::C, location);
            let without_c = choices
                .iter()
                .position(|c| *c == FlagAnswer::NoneOfThese)
                .expect("«none» is an option");
            for (ci, row) in shown.iter().enumerate() {
                if *row != shown[without_c] {
                    self.hidden_by_c.record(|| {
                        format!(
                            "{rest:?} C={:?}: referral by duration {row:?}, without C {:?}",
                            choices[ci], shown[without_c]
                        )
                    });
                }
                if row.windows(2).any(|w| w[0] && !w[1]) {
                    self.not_monotone.record(|| {
                        format!("{rest:?} C={:?}: referral by duration {row:?}", choices[ci])
                    });
                }
            }
        }
    }

    pub fn merge(&mut self, later: Grid) {
        self.hidden_by_c.merge(later.hidden_by_c);
        self.not_monotone.merge(later.not_monotone);
    }
}

/// Invariant 5: every message some view shows, and the placeholder values the
/// views fill in (`urgent-say-where` keys and `ParaWith`); rendering is
/// checked once per message afterwards.
#[derive(Default)]
pub struct Shown {
    /// By `Msg as usize`.
    seen: Vec<bool>,
    say_keys: Vec<&'static str>,
    filled: Vec<Text>,
}

impl Shown {
    pub fn new() -> Self {
        Shown {
            seen: vec![false; Msg::ALL.len()],
            ..Default::default()
        }
    }

    pub fn visit(&mut self, s: &Seen) {
        for m in s.view.messages() {
            self.seen[m as usize] = true;
        }
        for section in &s.view.sections {
            for block in &section.blocks {
                match *block {
                    Block::Say { location_key, .. } if !self.say_keys.contains(&location_key) => {
                        self.say_keys.push(location_key)
                    }
                    Block::ParaWith(text) if !self.filled.contains(&text) => self.filled.push(text),
                    _ => {}
                }
            }
        }
    }

    pub fn merge(&mut self, later: Shown) {
        for (mine, theirs) in self.seen.iter_mut().zip(later.seen) {
            *mine |= theirs;
        }
        for k in later.say_keys {
            if !self.say_keys.contains(&k) {
                self.say_keys.push(k);
            }
        }
        for f in later.filled {
            if !self.filled.contains(&f) {
                self.filled.push(f);
            }
        }
    }
}

#[test]
fn enumerates_every_combination_counted_from_the_spec() {
    let r = pass();
    eprintln!("combinations enumerated: {}", r.combinations);
    assert_eq!(r.combinations, expected_combinations());
}

#[test]
fn invariant_1_a_gives_113_and_b_gives_legevakt_with_no_self_care_text() {
    pass().assert_none(INVARIANT_1);
}

#[test]
fn invariant_2_c_never_lowers_a_or_b_and_never_hides_the_referral() {
    pass().assert_none(INVARIANT_2);
    pass().grid.hidden_by_c.assert_none(INVARIANT_2);
}

#[test]
fn invariant_3_referral_stays_for_every_longer_duration() {
    pass()
        .grid
        .not_monotone
        .assert_none("invariant 3 (referral monotone in duration)");
}

#[test]
fn invariant_4_safety_net_on_every_non_urgent_result_only() {
    pass().assert_none(INVARIANT_4);
}

#[test]
fn invariant_5_every_shown_message_has_text_in_every_language() {
    let r = &pass().shown;
    let shown: Vec<Msg> = Msg::ALL
        .iter()
        .copied()
        .filter(|m| r.seen[*m as usize])
        .collect();
    assert!(
        shown.len() > 50,
        "the views show the whole advice text; only {} messages seen",
        shown.len()
    );
    let mut empty = Vec::new();
    for lang in Lang::ALL {
        for &m in &shown {
            if i18n::text(lang, m).trim().is_empty() {
                empty.push(format!("{}: {}", lang.code(), m.id()));
            }
        }
        for &key in &r.say_keys {
            let line = i18n::format(lang, Msg::UrgentSayWhere, &[(Var::Where, Arg::Str(key))]);
            if line.trim().is_empty() {
                empty.push(format!("{}: urgent-say-where [{key}]", lang.code()));
            }
        }
        for text in &r.filled {
            let line = text.render(lang);
            for arg in text.args() {
                let shown = match *arg {
                    Arg::Str(value) => line.contains(value),
                    Arg::Num(n) => line.contains(&n.to_string()),
                };
                if !shown {
                    empty.push(format!(
                        "{}: {} does not show {arg:?}",
                        lang.code(),
                        text.msg().id()
                    ));
                }
            }
        }
    }
    assert!(
        empty.is_empty(),
        "messages without text:\n{}",
        empty.join("\n")
    );
}

#[test]
fn invariant_6_every_evidence_option_names_a_source() {
    pass().assert_none(INVARIANT_6);
    for option in rules::OPTIONS {
        assert!(
            !option.sources.is_empty(),
            "{} names no source",
            option.text.id()
        );
    }
}
