//! The one walk: every combination of answers, its outcome and its view
//! computed once, handed to every check (`CHECKS`) and collector.
//!
//! A new exhaustive check is one function `fn(&Seen, &mut Violations)`, one
//! line in `CHECKS` and a `#[test]` calling `pass().assert_none(NAME)`.

use std::sync::OnceLock;

use crate::enumerate::{par_jobs, walk_job, Violations};
use crate::{allowlist, digest, invariants, invariants_v2};
use ryggsjekk::assessment::*;

/// One combination as every check sees it.
pub struct Seen<'a> {
    pub answers: &'a Answers,
    pub outcome: &'a Outcome,
    pub view: &'a ResultView,
}

/// A check of one combination: records what it finds broken.
pub type Check = fn(&Seen, &mut Violations);

/// Every check of single combinations, by the name its test asserts.
pub const CHECKS: &[(&str, Check)] = &[
    (invariants::INVARIANT_1, invariants::invariant_1),
    (
        invariants::INVARIANT_2,
        invariants::invariant_2_c_never_lowers,
    ),
    (invariants::INVARIANT_4, invariants::invariant_4),
    (invariants::INVARIANT_6, invariants::invariant_6),
    (invariants_v2::INVARIANT_7, invariants_v2::invariant_7),
    (invariants_v2::INVARIANT_8, invariants_v2::invariant_8),
    (invariants_v2::QUESTIONS, invariants_v2::gp_questions),
    (invariants_v2::PURPOSE, invariants_v2::purpose),
    (allowlist::URGENT_ALLOWLIST, allowlist::urgent_allowlist),
];

/// What the walk found.
#[derive(Default)]
pub struct Pass {
    pub combinations: u64,
    /// Complete answers without an outcome (every check needs one).
    pub no_outcome: Violations,
    /// `CHECKS[i]`'s findings.
    broken: Vec<Violations>,
    /// Invariants 2 and 3, over a grid of C answers × durations.
    pub grid: invariants::Grid,
    /// Invariant 5: what the views show, rendered once per message afterwards.
    pub shown: invariants::Shown,
    pub radiating_b: u64,
    pub digest: digest::Outcomes,
}

impl Pass {
    fn new() -> Self {
        Pass {
            broken: CHECKS.iter().map(|_| Violations::default()).collect(),
            shown: invariants::Shown::new(),
            ..Default::default()
        }
    }

    fn visit(&mut self, answers: &Answers) {
        self.combinations += 1;
        let Some(outcome) = advise(answers) else {
            self.no_outcome
                .record(|| format!("no outcome for complete answers {answers:?}"));
            return;
        };
        let view = result_view(&outcome, answers);
        let seen = Seen {
            answers,
            outcome: &outcome,
            view: &view,
        };
        for ((_, check), broken) in CHECKS.iter().zip(&mut self.broken) {
            check(&seen, broken);
        }
        self.grid.visit(&seen);
        self.shown.visit(&seen);
        self.radiating_b += u64::from(invariants_v2::reaches_radiating_b(&seen));
        self.digest.visit(&seen);
    }

    fn end_job(&mut self) {
        self.grid.end_job();
        self.digest.end_job();
    }

    /// Adds a later job's findings (the digest depends on the order).
    fn merge(&mut self, later: Pass) {
        self.combinations += later.combinations;
        self.no_outcome.merge(later.no_outcome);
        for (mine, theirs) in self.broken.iter_mut().zip(later.broken) {
            mine.merge(theirs);
        }
        self.grid.merge(later.grid);
        self.shown.merge(later.shown);
        self.radiating_b += later.radiating_b;
        self.digest.merge(later.digest);
    }

    /// Fails with the check's name and examples if it found anything broken
    /// (or if some combination had no outcome to check).
    pub fn assert_none(&self, name: &str) {
        let i = CHECKS
            .iter()
            .position(|c| c.0 == name)
            .unwrap_or_else(|| panic!("no check named {name:?} in CHECKS"));
        self.no_outcome.assert_none(name);
        self.broken[i].assert_none(name);
    }
}

/// The walk, run once for every test of this binary.
pub fn pass() -> &'static Pass {
    static PASS: OnceLock<Pass> = OnceLock::new();
    PASS.get_or_init(|| {
        let started = std::time::Instant::now();
        let mut total = Pass::new();
        for job in par_jobs(|location, a| {
            let mut pass = Pass::new();
            walk_job(location, a, &mut |answers| pass.visit(answers));
            pass.end_job();
            pass
        }) {
            total.merge(job);
        }
        eprintln!(
            "walked {} combinations of answers once for {} checks in {:.1?} (expected from the spec: {})",
            total.combinations,
            CHECKS.len() + 3,
            started.elapsed(),
            invariants::expected_combinations()
        );
        total
    })
}
