//! What changed in content version 2 (every point the content spec marks
//! [v2], and its section 11), each with where it shows and its sources; and
//! the empty sign-off table for the clinic's own clinical review.
//!
//! The sources come from the rules in `RULES` a change belongs to, so the
//! table cannot cite differently from the rule list above it.

use std::fmt::Write as _;

use ryggsjekk_core::assessment::rules::RULES;
use ryggsjekk_core::assessment::*;
use ryggsjekk_core::i18n::{self, Arg, Msg, Var};

use super::{sources, Doc};

/// One [v2] change.
struct Change {
    /// The content spec's section.
    spec: &'static str,
    what: Msg,
    /// The messages that carry it.
    shows: &'static [Msg],
    /// Where it shows when no message carries it (a test, a file).
    shows_elsewhere: &'static str,
    /// The rules in `RULES` it belongs to; their sources are its sources.
    rules: &'static [&'static str],
    /// Sources beyond those of its rules.
    more_sources: &'static [SourceId],
}

const fn change(
    spec: &'static str,
    what: Msg,
    shows: &'static [Msg],
    rules: &'static [&'static str],
) -> Change {
    Change {
        spec,
        what,
        shows,
        shows_elsewhere: "",
        rules,
        more_sources: &[],
    }
}

/// In the order of the content spec.
const CHANGES: &[Change] = &[
    change(
        "1",
        Msg::ReviewV2Purpose,
        &[Msg::Disclaimer, Msg::Privacy],
        &[],
    ),
    Change {
        shows_elsewhere: "`tests/locales.rs`, `tests/content_v2.rs`",
        ..change("1", Msg::ReviewV2ConditionNames, &[], &[])
    },
    change(
        "4 A",
        Msg::ReviewV2HardFall,
        &[
            Msg::FlagATraumaWeakness,
            Msg::SayATraumaWeakness,
            Msg::Safety113,
        ],
        &["urgent-a"],
    ),
    change(
        "4 A",
        Msg::ReviewV2Tearing,
        &[Msg::FlagATearingPain, Msg::SayATearingPain],
        &["urgent-a"],
    ),
    change(
        "4 A",
        Msg::ReviewV2Dizziness,
        &[Msg::FlagADizziness, Msg::SayADizziness, Msg::Safety113],
        &["urgent-a"],
    ),
    change(
        "4 B",
        Msg::ReviewV2Saddle,
        &[
            Msg::FlagBSaddleNumbness,
            Msg::SayBSaddleNumbness,
            Msg::Safety116,
        ],
        &["urgent-b"],
    ),
    change(
        "4 B",
        Msg::ReviewV2Bladder,
        &[Msg::FlagBBladderBowel, Msg::SayBBladderBowel],
        &["urgent-b"],
    ),
    change(
        "4 B",
        Msg::ReviewV2BothLegs,
        &[Msg::FlagBBothLegs, Msg::SayBBothLegs],
        &["urgent-b"],
    ),
    change(
        "4 B",
        Msg::ReviewV2Sexual,
        &[Msg::FlagBSexualFunction, Msg::SayBSexualFunction],
        &["urgent-b"],
    ),
    change(
        "4 B",
        Msg::ReviewV2Unsteady,
        &[Msg::FlagBUnsteadyWalking, Msg::SayBUnsteadyWalking],
        &["urgent-b"],
    ),
    change(
        "4 C, 5.2",
        Msg::ReviewV2Radiating,
        &[
            Msg::QRadiatingHint,
            Msg::FlagBRadiatingWorse,
            Msg::FlagCRadiatingSevere,
            Msg::RadiatingNumb,
        ],
        &["radiating-b", "radiating-c"],
    ),
    change(
        "5.3",
        Msg::ReviewV2Durations,
        &[
            Msg::DurationUnder2,
            Msg::Duration23,
            Msg::Duration45,
            Msg::Duration6Weeks3Months,
            Msg::DurationOver3Months,
        ],
        &["four-weeks", "referral"],
    ),
    change("5.5", Msg::ReviewV2Egenmelding, &[Msg::WorkFull], &["work"]),
    change(
        "6",
        Msg::ReviewV2FollowUp,
        &[Msg::WorkFollowUpPlan],
        &["work"],
    ),
    change(
        "6.3",
        Msg::ReviewV2Referral,
        &[
            Msg::ReferralWhat,
            Msg::ReferralTeam,
            Msg::ReferralRehab,
            Msg::ReferralVaries,
        ],
        &["referral", "referral-strength"],
    ),
    change(
        "6",
        Msg::ReviewV2Psychosocial,
        &[Msg::ThoughtsAffect, Msg::OptionPsychosocial],
        &["thoughts"],
    ),
    change(
        "6",
        Msg::ReviewV2PhoneScript,
        &[Msg::UrgentSayWhere],
        &["phone-script"],
    ),
    Change {
        shows_elsewhere: "`tests/invariants_v2.rs`",
        ..change(
            "6",
            Msg::ReviewV2Invariants,
            &[],
            &["radiating-b", "safety-net"],
        )
    },
    Change {
        more_sources: &[SourceId::Arbeidsmiljoloven, SourceId::NhsCaudaEquina],
        ..change("8", Msg::ReviewV2Sources, &[Msg::SectionSources], &[])
    },
    change(
        "9",
        Msg::ReviewV2Fallback,
        &[Msg::FallbackA, Msg::FallbackB, Msg::FallbackGp],
        &["safety-net"],
    ),
    Change {
        shows_elsewhere: "`tests/readability.rs`",
        ..change("9", Msg::ReviewV2Readability, &[], &[])
    },
    Change {
        shows_elsewhere: "`locales/nn/`, `locales/en/`",
        ..change("9", Msg::ReviewV2Languages, &[], &[])
    },
    change(
        "11",
        Msg::ReviewV2GpQuestions,
        &[
            Msg::GpQuestionActive,
            Msg::GpQuestionReferral,
            Msg::GpQuestionWork,
            Msg::GpQuestionWorries,
            Msg::GpQuestionRadiating,
            Msg::GpQuestionSigns,
        ],
        &[
            "question-active",
            "question-referral",
            "question-work",
            "question-worries",
            "question-radiating",
            "question-signs",
        ],
    ),
];

/// The sources of `c`: its rules' sources, then its own, each once.
fn sources_of(c: &Change) -> Vec<SourceId> {
    let mut out: Vec<SourceId> = Vec::new();
    let of_rules = c.rules.iter().flat_map(|id| {
        RULES
            .iter()
            .find(|r| r.id == *id)
            .unwrap_or_else(|| panic!("no rule `{id}` in RULES"))
            .sources
    });
    for s in of_rules.chain(c.more_sources) {
        if !out.contains(s) {
            out.push(*s);
        }
    }
    out
}

/// A message id as the documents name it: `` `flag-a-dizziness` (urgent) ``.
pub(super) fn id_with_category(m: Msg) -> String {
    format!("`{}` ({})", m.id(), m.category().name())
}

impl Doc {
    pub(super) fn changes(&self, out: &mut String) {
        let title = i18n::format(
            self.lang,
            Msg::ReviewChanges,
            &[(Var::Version, Arg::Str(CONTENT_VERSION))],
        );
        let _ = writeln!(out, "## {title}\n");
        let _ = writeln!(out, "{}\n", self.t(Msg::ReviewChangesIntro));
        let cols = [
            Msg::ReviewColSpec,
            Msg::ReviewColChange,
            Msg::ReviewColShows,
            Msg::ReviewColSource,
        ];
        let _ = writeln!(out, "| {} |", cols.map(|m| self.t(m)).join(" | "));
        let _ = writeln!(out, "|{}", " --- |".repeat(cols.len()));
        for c in CHANGES {
            let mut shows: Vec<String> = c.shows.iter().map(|m| id_with_category(*m)).collect();
            if !c.shows_elsewhere.is_empty() {
                shows.push(c.shows_elsewhere.to_string());
            }
            let list = sources_of(c);
            let source = if list.is_empty() {
                "—".to_string()
            } else {
                sources(&list)
            };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {source} |",
                c.spec,
                self.t(c.what).replace('|', "\\|"),
                shows.join(", ")
            );
        }
        out.push('\n');
    }

    pub(super) fn sign_off(&self, out: &mut String) {
        let _ = writeln!(out, "## {}\n", self.t(Msg::ReviewSignoff));
        let _ = writeln!(out, "{}\n", self.t(Msg::ReviewSignoffIntro));
        let cols = [
            Msg::ReviewSignoffReviewer,
            Msg::ReviewSignoffRole,
            Msg::ReviewSignoffDate,
            Msg::ReviewSignoffVersion,
        ];
        let _ = writeln!(out, "| {} |", cols.map(|m| self.t(m)).join(" | "));
        let _ = writeln!(out, "|{}", " --- |".repeat(cols.len()));
        for _ in 0..3 {
            let _ = writeln!(out, "|{}", "   |".repeat(cols.len()));
        }
    }
}
