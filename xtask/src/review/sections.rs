//! The reference parts of the review document: header, questions, red flags,
//! rules, options, citations and the invariants the tests prove.

use std::fmt::Write as _;

use ryggsjekk_core::assessment::rules::{EvidenceOption, OPTIONS, RULES};
use ryggsjekk_core::assessment::*;
use ryggsjekk_core::i18n::{self, Arg, Msg, Var};

use super::{
    combinations, combinations_formula, group_action, group_thousands, sources, Doc, REGENERATE,
};

impl Doc {
    pub(super) fn header(&self, out: &mut String) {
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
    pub(super) fn questions(&self, out: &mut String) {
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
                        self.tc(option.label()),
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
    pub(super) fn red_flags(&self, out: &mut String) {
        let _ = writeln!(out, "## {}\n", self.t(Msg::ReviewFlags));
        for group in RedFlagGroup::ALL {
            let _ = writeln!(out, "### {}\n", self.t(group_action(group)));
            for (n, flag) in group.flags(Location::Several).enumerate() {
                let option = AnswerValue::Flags(group, FlagAnswer::Flag(flag));
                let _ = writeln!(
                    out,
                    "{}. {}{}",
                    n + 1,
                    self.tc(flag.label()),
                    self.neck_marker(option)
                );
                if let Some(say) = flag.say() {
                    let _ = writeln!(out, "   - «{}» _[{}]_", self.t(say), say.category().name());
                }
            }
            out.push('\n');
        }
    }

    pub(super) fn rules(&self, out: &mut String) {
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

    pub(super) fn options(&self, out: &mut String) {
        let _ = writeln!(out, "## {}\n", self.t(Msg::SectionOptions));
        let line = |o: &EvidenceOption| {
            format!(
                "- {} _({} {})_",
                self.tc(o.text),
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

    pub(super) fn citations(&self, out: &mut String) {
        let _ = writeln!(out, "## {}\n", self.t(Msg::ReviewSources));
        for s in SourceId::ALL {
            let _ = writeln!(out, "{}. {}", s.number(), s.citation());
        }
        out.push('\n');
    }

    /// The six invariants of the content spec, section 6, and the tests that
    /// prove them over every combination of answers.
    pub(super) fn invariants(&self, out: &mut String) {
        let _ = writeln!(out, "## {}\n", self.t(Msg::ReviewInvariants));
        let _ = writeln!(
            out,
            "`tests/exhaustive.rs`: {} ({})\n",
            group_thousands(combinations()),
            combinations_formula()
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
        // Content version 2: invariants 7 and 8, section 11, and the categories.
        for (file, names) in [
            (
                "tests/invariants_v2.rs",
                &[
                    "invariant_7_a_b_sign_through_the_radiating_question_gives_the_b_result",
                    "invariant_8_no_non_urgent_result_says_less_than_the_fallback",
                    "questions_for_the_fastlege_follow_section_11_and_never_reach_a_or_b",
                    "purpose_under_the_headline_and_after_the_action_on_urgent_screens",
                ][..],
            ),
            (
                "tests/exhaustive/allowlist.rs",
                &["a_and_b_screens_show_only_urgent_frame_and_safety_net_messages"][..],
            ),
        ] {
            let _ = writeln!(out, "\n`{file}`:\n");
            for name in names {
                let _ = writeln!(out, "- `{name}`");
            }
        }
        out.push('\n');
    }
}
