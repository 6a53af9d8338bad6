//! The full advice text of the main outcomes, as the patient reads it: example
//! answers for each, rendered block by block from `result_view`.

use std::fmt::Write as _;

use ryggsjekk_core::assessment::result::Block;
use ryggsjekk_core::assessment::*;
use ryggsjekk_core::i18n::{self, Arg, Msg, Var};

use super::{sources, Doc};

impl Doc {
    pub(super) fn outcomes(&self, out: &mut String) {
        let _ = writeln!(out, "## {}\n", self.t(Msg::ReviewOutcomes));
        for (n, (answers, qualifier)) in examples().into_iter().enumerate() {
            let outcome = advise(&answers).expect("the examples are complete");
            let view = result_view(&outcome, &answers);
            let qualifier = qualifier
                .map(|q| format!(" ({})", self.t(q)))
                .unwrap_or_default();
            let headline = self.t(view.headline_text);
            let category = view.headline_text.category().name();
            let _ = writeln!(
                out,
                "### {}. {}{qualifier} _[{category}]_\n",
                n + 1,
                headline.trim_end_matches('.')
            );
            // The first screen's actions and why-sentence (core `first_screen`).
            if let Some(first) = &view.first {
                let _ = writeln!(
                    out,
                    "**{}** _[{}]_\n",
                    self.t(Msg::NowTitle),
                    Msg::NowTitle.category().name()
                );
                for a in &first.actions {
                    let _ = writeln!(out, "- {}", self.tc(a.text()));
                }
                let why = first.why.msg().category().name();
                let _ = writeln!(out, "\n{} _[{why}]_\n", first.why.render(self.lang));
            }
            for section in &view.sections {
                if let Some(h) = section.heading {
                    let _ = writeln!(out, "#### {}\n", self.tc(h));
                }
                for block in &section.blocks {
                    self.block(block, out);
                }
            }
        }
    }

    fn block(&self, block: &Block, out: &mut String) {
        let lang = self.lang;
        let _ = match block {
            Block::Para(m) => writeln!(out, "{}\n", self.tc(*m)),
            Block::ParaWith(text) => writeln!(
                out,
                "{} _[{}]_\n",
                text.render(lang),
                text.msg().category().name()
            ),
            Block::KioskOnly(m) => writeln!(out, "> Kiosk: {}\n", self.tc(*m)),
            Block::Bullets(ms) => writeln!(
                out,
                "{}\n",
                ms.iter()
                    .map(|m| format!("- {}", self.tc(*m)))
                    .collect::<Vec<_>>()
                    .join("\n")
            ),
            Block::Answers(qa) => writeln!(
                out,
                "{}\n",
                qa.iter()
                    .map(|(q, a)| format!(
                        "- {} **{}** _[{}]_",
                        self.t(*q),
                        self.t(*a),
                        a.category().name()
                    ))
                    .collect::<Vec<_>>()
                    .join("\n")
            ),
            Block::Options(options) => writeln!(
                out,
                "{}\n",
                options
                    .iter()
                    .map(|(m, s)| format!(
                        "- {} _({} {})_",
                        self.tc(*m),
                        self.t(Msg::OptionSources),
                        sources(s)
                    ))
                    .collect::<Vec<_>>()
                    .join("\n")
            ),
            Block::Subheading(m) => {
                writeln!(out, "**{}** _[{}]_\n", self.t(*m), m.category().name())
            }
            Block::Phone(p) => {
                let category = p.label.category().name();
                let label = self.t(p.label);
                writeln!(
                    out,
                    "**{}**: [{label}]({}) _[{category}]_\n",
                    p.number, p.tel
                )
            }
            Block::Say {
                location_key,
                statement,
            } => writeln!(
                out,
                "> «{} {}» _[{}]_\n",
                i18n::format(
                    lang,
                    Msg::UrgentSayWhere,
                    &[(Var::Where, Arg::Str(location_key))]
                ),
                self.t(*statement),
                statement.category().name()
            ),
            Block::Citations(list) => writeln!(
                out,
                "_{}: {}–{}_\n",
                self.t(Msg::ReviewSources),
                list.first().map_or(0, |s| s.number()),
                list.last().map_or(0, |s| s.number())
            ),
        };
    }
}

/// The main outcomes, each as example answers and what sets it apart.
fn examples() -> Vec<(Answers, Option<Msg>)> {
    let calm = Answers {
        location: Some(Location::LowerBack),
        flags_a: Some(FlagAnswer::NoneOfThese),
        flags_b: Some(FlagAnswer::NoneOfThese),
        flags_c: Some(FlagAnswer::NoneOfThese),
        radiating: Some(Radiating::No),
        duration: Some(Duration::UnderTwoWeeks),
        activity: Some(Activity::AsBefore),
        work: Some(Work::Working),
        // Thoughts skipped, and any question the examples do not name unanswered.
        ..Answers::default()
    };
    let with = |duration, activity, work| Answers {
        duration: Some(duration),
        activity: Some(activity),
        work: Some(work),
        ..calm.clone()
    };
    let agree = Some(Agreement::Agree);
    let disagree = Some(Agreement::Disagree);
    vec![
        // A example: stops at once; only the action.
        (
            Answers {
                flags_a: Some(FlagAnswer::Flag(RedFlag::ChestPainOrBreathing)),
                ..calm.clone()
            },
            None,
        ),
        // B example: cauda equina sign.
        (
            Answers {
                flags_b: Some(FlagAnswer::Flag(RedFlag::SaddleNumbness)),
                ..calm.clone()
            },
            None,
        ),
        // C, with the referral rule also met: the referral stays under the C headline.
        (
            Answers {
                flags_c: Some(FlagAnswer::Flag(RedFlag::CancerHistory)),
                ..with(Duration::FourToFiveWeeks, Activity::Partly, Work::Working)
            },
            None,
        ),
        // Referral at 4–6, 6–12 and over 12 weeks.
        (
            Answers {
                radiating: Some(Radiating::PainOnly),
                ..with(Duration::FourToFiveWeeks, Activity::Partly, Work::Working)
            },
            Some(Msg::Duration45),
        ),
        (
            with(
                Duration::SixWeeksToThreeMonths,
                Activity::Partly,
                Work::GradedSickLeave,
            ),
            Some(Msg::Duration6Weeks3Months),
        ),
        (
            with(
                Duration::OverThreeMonths,
                Activity::MostlyNot,
                Work::FullSickLeave,
            ),
            Some(Msg::DurationOver3Months),
        ),
        // Stay active (under 4 weeks) and keep going (4 weeks or more, and back).
        (calm.clone(), None),
        (
            with(
                Duration::SixWeeksToThreeMonths,
                Activity::AsBefore,
                Work::Working,
            ),
            None,
        ),
        // Thoughts and feelings, with the mood-safety line.
        (
            Answers {
                thoughts: [agree, disagree, agree, agree, None],
                ..with(Duration::TwoToThreeWeeks, Activity::Partly, Work::Working)
            },
            Some(Msg::SectionThoughts),
        ),
        // Neck: the neck note.
        (
            Answers {
                location: Some(Location::Neck),
                radiating: Some(Radiating::WithNumbnessOrWeakness),
                ..with(Duration::TwoToThreeWeeks, Activity::AsBefore, Work::Working)
            },
            Some(Msg::LocationNeck),
        ),
    ]
}
