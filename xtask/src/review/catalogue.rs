//! The texts by category, the first screen of non-urgent results (actions
//! and the why-sentence) and the questions for the fastlege with their rules.

use std::fmt::Write as _;

use ryggsjekk_core::assessment::result::NowAction;
use ryggsjekk_core::assessment::rules::RULES;
use ryggsjekk_core::assessment::*;
use ryggsjekk_core::i18n::{Category, Msg, Text};

use super::changes::id_with_category;
use super::{sources, Doc};

/// Every first-screen action, in the order the screen lists them.
const ACTIONS: [NowAction; 8] = [
    NowAction::BookGpWithinDays,
    NowAction::BookGpAskReferral,
    NowAction::AskReferralAtVisit,
    NowAction::StayActive,
    NowAction::GpIfNotBetter,
    NowAction::Exercise,
    NowAction::AskForFollowUpPlan,
    NowAction::TalkAboutThoughts,
];

/// Fails to compile when an action is added, so `ACTIONS` is kept complete.
#[allow(dead_code)]
fn listed(a: NowAction) {
    match a {
        NowAction::BookGpWithinDays
        | NowAction::BookGpAskReferral
        | NowAction::AskReferralAtVisit
        | NowAction::StayActive
        | NowAction::GpIfNotBetter
        | NowAction::Exercise
        | NowAction::AskForFollowUpPlan
        | NowAction::TalkAboutThoughts => {}
    }
}

fn description(c: Category) -> Msg {
    match c {
        Category::Urgent => Msg::ReviewCategoryUrgent,
        Category::SafetyNet => Msg::ReviewCategorySafetyNet,
        Category::Frame => Msg::ReviewCategoryFrame,
        Category::Question => Msg::ReviewCategoryQuestion,
        Category::Advice => Msg::ReviewCategoryAdvice,
        Category::Referral => Msg::ReviewCategoryReferral,
        Category::Work => Msg::ReviewCategoryWork,
        Category::Thoughts => Msg::ReviewCategoryThoughts,
        Category::SelfCare => Msg::ReviewCategorySelfCare,
        Category::GpQuestions => Msg::ReviewCategoryGpQuestions,
        Category::Evidence => Msg::ReviewCategoryEvidence,
        Category::Sources => Msg::ReviewCategorySources,
        Category::Fallback => Msg::ReviewCategoryFallback,
        Category::Review => Msg::ReviewCategoryReview,
    }
}

impl Doc {
    /// `text _[category]_`: how the document shows a patient text.
    pub(super) fn tc(&self, m: Msg) -> String {
        format!("{} _[{}]_", self.t(m), m.category().name())
    }

    /// Each category with what belongs there and its messages' ids (the
    /// review texts left out: they are this document).
    pub(super) fn categories(&self, out: &mut String) {
        let _ = writeln!(out, "## {}\n", self.t(Msg::ReviewCategories));
        let _ = writeln!(out, "{}\n", self.t(Msg::ReviewCategoriesIntro));
        for &c in Category::ALL.iter().filter(|c| **c != Category::Review) {
            let ids: Vec<String> = Msg::ALL
                .iter()
                .filter(|m| m.category() == c)
                .map(|m| format!("`{}`", m.id()))
                .collect();
            let _ = writeln!(
                out,
                "- **{}** — {} {}",
                c.name(),
                self.t(description(c)),
                ids.join(", ")
            );
        }
        out.push('\n');
    }

    pub(super) fn first_screen(&self, out: &mut String) {
        let _ = writeln!(out, "## {}\n", self.t(Msg::ReviewFirstScreen));
        let _ = writeln!(out, "**{}**\n", self.t(Msg::NowTitle));
        let _ = writeln!(out, "{}\n", self.t(Msg::ReviewFirstScreenRule));
        for (n, a) in ACTIONS.into_iter().enumerate() {
            let _ = writeln!(
                out,
                "{}. {} — {} `{}` _({} {})_",
                n + 1,
                self.tc(a.text()),
                self.t(Msg::ReviewFirstScreenRuleId),
                a.rule(),
                self.t(Msg::OptionSources),
                sources(a.sources())
            );
        }
        let _ = writeln!(out, "\n{}\n", self.t(Msg::ReviewFirstScreenWhy));
        for why in [
            Text::now_why_sign(Duration::TwoToThreeWeeks.key()),
            Text::now_why_short(Duration::UnderTwoWeeks.key()),
            Text::now_why_long(Duration::SixWeeksToThreeMonths.key(), "partly", "graded"),
        ] {
            let m = why.msg();
            let _ = writeln!(
                out,
                "- «{}» — {}",
                why.render(self.lang),
                id_with_category(m)
            );
        }
        out.push('\n');
    }

    pub(super) fn gp_questions(&self, out: &mut String) {
        let _ = writeln!(out, "## {}\n", self.t(Msg::SectionGpQuestions));
        let _ = writeln!(out, "{}\n", self.t(Msg::ReviewGpQuestionsIntro));
        for (n, q) in GpQuestion::ALL.into_iter().enumerate() {
            let rule = RULES
                .iter()
                .find(|r| r.id == q.rule())
                .unwrap_or_else(|| panic!("no rule `{}` in RULES", q.rule()));
            let _ = writeln!(
                out,
                "{}. «{}» _[{}]_\n   - {} _({} {})_",
                n + 1,
                self.t(q.text()),
                q.text().category().name(),
                self.t(rule.description),
                self.t(Msg::OptionSources),
                sources(q.sources())
            );
        }
        out.push('\n');
    }
}
