//! Generates the clinical review documents, `docs/clinical-review.nb.md` and
//! `docs/clinical-review.nn.md`, from the code and the texts: the questions,
//! the red flags, the rules with their sources, the full advice text for the
//! main outcomes (rendered from `result_view`, as the patient reads it), the
//! evidence-based options and the citation list.
//!
//! ```text
//! cargo run --bin review -- --write   # write both files
//! cargo run --bin review -- --check   # exit 1 if a file is out of date
//! cargo run --bin review              # print the bokmål document
//! ```
//!
//! `tests/review.rs` regenerates the documents in memory and fails when the
//! committed files differ, so reviewers can trust them.

use std::fmt::Write as _;
use std::path::PathBuf;

use ryggsjekk::assessment::result::Block;
use ryggsjekk::assessment::rules::{EvidenceOption, OPTIONS, RULES};
use ryggsjekk::assessment::*;
use ryggsjekk::i18n::{self, Arg, Lang, Msg, Var};

/// The languages of the review document (clinicians read bokmål or nynorsk).
pub const LANGS: [Lang; 2] = [Lang::Nb, Lang::Nn];

/// The command that regenerates the documents.
pub const REGENERATE: &str = "cargo run --bin review -- --write";

/// Where the document of a language lives.
pub fn path(lang: Lang) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(format!("docs/clinical-review.{}.md", lang.code()))
}

#[allow(dead_code)] // `tests/review.rs` includes this file as a module and never calls `main`.
fn main() {
    let arg = std::env::args().nth(1);
    match arg.as_deref() {
        Some("--write") => {
            for lang in LANGS {
                let p = path(lang);
                std::fs::create_dir_all(p.parent().expect("docs/")).expect("create docs/");
                std::fs::write(&p, render(lang))
                    .unwrap_or_else(|e| panic!("write {}: {e}", p.display()));
                println!("wrote {}", p.display());
            }
        }
        Some("--check") => {
            let stale: Vec<String> = LANGS
                .into_iter()
                .filter(|&l| {
                    std::fs::read_to_string(path(l)).ok().as_deref() != Some(render(l).as_str())
                })
                .map(|l| path(l).display().to_string())
                .collect();
            if !stale.is_empty() {
                eprintln!(
                    "out of date: {}\nregenerate with: {REGENERATE}",
                    stale.join(", ")
                );
                std::process::exit(1);
            }
        }
        None => print!("{}", render(Lang::Nb)),
        Some(other) => {
            eprintln!("unknown argument {other:?}; use --write, --check or nothing");
            std::process::exit(2);
        }
    }
}

/// The whole review document in one language.
pub fn render(lang: Lang) -> String {
    let doc = Doc { lang };
    let mut out = String::new();
    doc.header(&mut out);
    doc.questions(&mut out);
    doc.red_flags(&mut out);
    doc.rules(&mut out);
    doc.outcomes(&mut out);
    doc.options(&mut out);
    doc.citations(&mut out);
    doc.invariants(&mut out);
    out
}

struct Doc {
    lang: Lang,
}

impl Doc {
    fn t(&self, m: Msg) -> String {
        i18n::text(self.lang, m)
    }

    fn header(&self, out: &mut String) {
        let _ = writeln!(out, "# {}\n", self.t(Msg::ReviewTitle));
        let _ = writeln!(out, "{}\n", self.t(Msg::ReviewIntro));
        let _ = writeln!(out, "```sh\n{REGENERATE}\n```\n");
        let _ = writeln!(out, "- **{GUIDELINE_TITLE}**");
        let _ = writeln!(out, "- {}", self.t(Msg::SourcesGuideline));
        let _ = writeln!(
            out,
            "- {}",
            i18n::format(
                self.lang,
                Msg::SourcesUpdated,
                &[(Var::Date, Arg::Str(GUIDELINE_UPDATED))]
            )
        );
        let _ = writeln!(
            out,
            "- {}\n",
            i18n::format(
                self.lang,
                Msg::ContentVersion,
                &[(Var::Version, Arg::Str(CONTENT_VERSION))]
            )
        );
    }

    /// Every screen in order, with its options in order. Red-flag screens show
    /// the full list (neck or several places), neck-only statements marked.
    fn questions(&self, out: &mut String) {
        let _ = writeln!(out, "## {}\n", self.t(Msg::ReviewQuestions));
        for (i, q) in Question::ORDER.into_iter().enumerate() {
            let group = match q {
                Question::RedFlags(g) => format!(" — {}", self.t(group_action(g))),
                _ => String::new(),
            };
            let _ = writeln!(out, "### {}. {}{group}\n", i + 1, self.t(q.title()));
            if let Some(hint) = q.hint() {
                let _ = writeln!(out, "_{}_\n", self.t(hint));
            }
            if q == Question::Thoughts {
                let answers = Agreement::ALL.map(|a| self.t(a.label())).join(" / ");
                for (n, t) in Thought::ALL.into_iter().enumerate() {
                    let _ = writeln!(out, "{}. {} ({answers})", n + 1, self.t(t.label()));
                }
            } else {
                for (n, option) in q.options(Some(Location::Several)).into_iter().enumerate() {
                    let _ = writeln!(
                        out,
                        "{}. {}{}",
                        n + 1,
                        self.t(option.label()),
                        self.neck_marker(option)
                    );
                }
            }
            out.push('\n');
        }
    }

    fn neck_marker(&self, option: AnswerValue) -> String {
        match option {
            AnswerValue::Flags(_, FlagAnswer::Flag(f)) if f.neck_only() => {
                format!(" — _{}_", self.t(Msg::ReviewNeckOnly))
            }
            _ => String::new(),
        }
    }

    /// Each group with its action; each statement with what the patient can say
    /// on the phone (A and B) and whether it is neck-only.
    fn red_flags(&self, out: &mut String) {
        let _ = writeln!(out, "## {}\n", self.t(Msg::ReviewFlags));
        for group in RedFlagGroup::ALL {
            let _ = writeln!(out, "### {}\n", self.t(group_action(group)));
            for (n, flag) in group.flags(Location::Several).enumerate() {
                let option = AnswerValue::Flags(group, FlagAnswer::Flag(flag));
                let _ = writeln!(
                    out,
                    "{}. {}{}",
                    n + 1,
                    self.t(flag.label()),
                    self.neck_marker(option)
                );
                if let Some(say) = flag.say() {
                    let _ = writeln!(out, "   - «{}»", self.t(say));
                }
            }
            out.push('\n');
        }
    }

    fn rules(&self, out: &mut String) {
        let _ = writeln!(out, "## {}\n", self.t(Msg::ReviewRules));
        for rule in RULES {
            let _ = writeln!(
                out,
                "- **{}**: {} _({} {})_",
                rule.id,
                self.t(rule.description),
                self.t(Msg::OptionSources),
                sources(rule.sources)
            );
        }
        out.push('\n');
    }

    /// The full advice text of the main outcomes, as the patient reads it.
    fn outcomes(&self, out: &mut String) {
        let _ = writeln!(out, "## {}\n", self.t(Msg::ReviewOutcomes));
        for (n, (answers, qualifier)) in examples().into_iter().enumerate() {
            let outcome = advise(&answers).expect("the examples are complete");
            let view = result_view(&outcome, &answers);
            let qualifier = qualifier
                .map(|q| format!(" ({})", self.t(q)))
                .unwrap_or_default();
            let headline = self.t(view.headline_text);
            let _ = writeln!(
                out,
                "### {}. {}{qualifier}\n",
                n + 1,
                headline.trim_end_matches('.')
            );
            for section in &view.sections {
                if let Some(h) = section.heading {
                    let _ = writeln!(out, "#### {}\n", self.t(h));
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
            Block::Para(m) => writeln!(out, "{}\n", self.t(*m)),
            Block::ParaWith(m, var, value) => writeln!(
                out,
                "{}\n",
                i18n::format(lang, *m, &[(*var, Arg::Str(value))])
            ),
            Block::KioskOnly(m) => writeln!(out, "> Kiosk: {}\n", self.t(*m)),
            Block::Bullets(ms) => writeln!(
                out,
                "{}\n",
                ms.iter()
                    .map(|m| format!("- {}", self.t(*m)))
                    .collect::<Vec<_>>()
                    .join("\n")
            ),
            Block::Answers(qa) => writeln!(
                out,
                "{}\n",
                qa.iter()
                    .map(|(q, a)| format!("- {} **{}**", self.t(*q), self.t(*a)))
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
                        self.t(*m),
                        self.t(Msg::OptionSources),
                        sources(s)
                    ))
                    .collect::<Vec<_>>()
                    .join("\n")
            ),
            Block::Subheading(m) => writeln!(out, "**{}**\n", self.t(*m)),
            Block::Phone(p) => {
                writeln!(out, "**{}**: [{}]({})\n", p.number, self.t(p.label), p.tel)
            }
            Block::Say {
                location_key,
                statement,
            } => writeln!(
                out,
                "> «{} {}»\n",
                i18n::format(
                    lang,
                    Msg::UrgentSayWhere,
                    &[(Var::Where, Arg::Str(location_key))]
                ),
                self.t(*statement)
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

    fn options(&self, out: &mut String) {
        let _ = writeln!(out, "## {}\n", self.t(Msg::SectionOptions));
        let line = |o: &EvidenceOption| {
            format!(
                "- {} _({} {})_",
                self.t(o.text),
                self.t(Msg::OptionSources),
                sources(o.sources)
            )
        };
        for o in OPTIONS.iter().filter(|o| o.useful) {
            let _ = writeln!(out, "{}", line(o));
        }
        let _ = writeln!(out, "\n**{}**\n", self.t(Msg::OptionsNotUsefulTitle));
        for o in OPTIONS.iter().filter(|o| !o.useful) {
            let _ = writeln!(out, "{}", line(o));
        }
        out.push('\n');
    }

    fn citations(&self, out: &mut String) {
        let _ = writeln!(out, "## {}\n", self.t(Msg::ReviewSources));
        for s in SourceId::ALL {
            let _ = writeln!(out, "{}. {}", s.number(), s.citation());
        }
        out.push('\n');
    }

    /// The six invariants of the content spec, section 6, and the tests that
    /// prove them over every combination of answers.
    fn invariants(&self, out: &mut String) {
        let _ = writeln!(out, "## {}\n", self.t(Msg::ReviewInvariants));
        let _ = writeln!(
            out,
            "`tests/core.rs`: {} (4 × A × B × C × 5 × 5 × 3 × 4 × 3⁵)\n",
            group_thousands(combinations())
        );
        for name in [
            "invariant_1_a_gives_113_and_b_gives_legevakt_with_no_self_care_text",
            "invariant_2_c_never_lowers_a_or_b_and_never_hides_the_referral",
            "invariant_3_referral_stays_for_every_longer_duration",
            "invariant_4_safety_net_on_every_non_urgent_result_only",
            "invariant_5_every_shown_message_has_text_in_every_language",
            "invariant_6_every_evidence_option_names_a_source",
        ] {
            let _ = writeln!(out, "- `{name}`");
        }
    }
}

fn group_action(g: RedFlagGroup) -> Msg {
    match g {
        RedFlagGroup::A => Msg::ReviewGroupA,
        RedFlagGroup::B => Msg::ReviewGroupB,
        RedFlagGroup::C => Msg::ReviewGroupC,
    }
}

/// Short names with their number in the citation list: "NHI [12], Pengel 2003 [17]".
fn sources(list: &[SourceId]) -> String {
    list.iter()
        .map(|s| format!("{} [{}]", s.short(), s.number()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The number of combinations of answers the tests enumerate, from the code's tables.
fn combinations() -> usize {
    let screens: usize = Location::ALL
        .into_iter()
        .map(|l| {
            RedFlagGroup::ALL
                .into_iter()
                .map(|g| g.flags(l).count() + 1)
                .product::<usize>()
        })
        .sum();
    screens
        * Radiating::ALL.len()
        * Duration::ALL.len()
        * Activity::ALL.len()
        * Work::ALL.len()
        * (Agreement::ALL.len() + 1).pow(Thought::ALL.len() as u32)
}

fn group_thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out
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
        thoughts: [None; 5],
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
