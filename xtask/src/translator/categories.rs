//! The sheet's category column and its legend: each message's category as
//! declared in `locales/nb/main.ftl` (`# category: …`, generated into
//! `Msg::category()`; `fallback.ftl`'s messages are `fallback`), in words a
//! clinic and a translator understand, and which kinds to review first.

use std::fmt::Write as _;

use ryggsjekk_core::i18n::{Category, Msg};

/// How much a wrong word costs, so a review with little time starts where it
/// matters: a misread emergency text can delay help.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Priority {
    First,
    Next,
    Then,
}

impl Priority {
    fn name(self) -> &'static str {
        match self {
            Priority::First => "**review first**",
            Priority::Next => "next",
            Priority::Then => "then",
        }
    }
}

/// The column's words for a category, what it holds, and its review priority.
/// A match, not a table: a new category does not compile until it has words here.
pub fn describe(c: Category) -> (&'static str, &'static str, Priority) {
    use Priority::*;
    match c {
        Category::Urgent => ("urgent", "the 113 and 116 117 screens: what to do now, what to say on the phone, the warning signs themselves", First),
        Category::SafetyNet => ("safety net", "when to get help again (113, 116 117), dark thoughts, the emergency line shown on every screen", First),
        // Cautious: it is the emergency text a patient sees when the widget
        // cannot start, so it is reviewed with the urgent texts.
        Category::Fallback => ("fallback", "shown instead of the widget when it cannot start: the warning signs with 113 and 116 117", First),
        Category::Question => ("question", "questions, hints and answer options (some are warning signs); a misread question changes the advice", Next),
        Category::Advice => ("advice", "the result's headline, what to do now and why, the timeline, radiating pain", Next),
        Category::Referral => ("referral", "referral to specialist care", Next),
        Category::Thoughts => ("thoughts", "thoughts and feelings", Next),
        Category::Work => ("work", "work and sick leave", Then),
        Category::SelfCare => ("self-care", "what the patient can do now", Then),
        Category::GpQuestions => ("GP questions", "questions to take to the fastlege", Then),
        Category::Evidence => ("evidence", "what helps and what usually does not, the neck note", Then),
        Category::Sources => ("sources", "sources, guideline date, content version", Then),
        Category::Frame => ("frame", "around every screen: name, navigation, purpose, privacy, kiosk, display and print controls", Then),
        Category::Review => ("review document", "the clinical review document only, never shown to patients", Then),
    }
}

/// The category cell of a message's row: its words, bold where it is reviewed first.
pub fn cell(m: Msg) -> String {
    let (label, _, priority) = describe(m.category());
    if priority == Priority::First {
        format!("**{label}**")
    } else {
        label.to_string()
    }
}

/// The legend above the messages: the categories of `messages`, most
/// important first, each with its declared name and how many messages it has.
pub fn legend(messages: &[Msg]) -> String {
    let mut used: Vec<Category> = Category::ALL
        .iter()
        .copied()
        .filter(|&c| messages.iter().any(|m| m.category() == c))
        .collect();
    used.sort_by_key(|&c| describe(c).2);
    let mut s = String::from(
        "## Categories\n\n\
         Each message's category says what kind of text it is (declared in `locales/nb/main.ftl`). \
         With little time, review the **urgent**, **safety net** and **fallback** messages first: \
         they tell a patient when to call 113 or 116 117, and a wrong or softened word there can delay help. \
         The questions come next, because a misread question changes the advice.\n\n\
         | category | declared as | what it is | review | messages |\n| --- | --- | --- | --- | ---: |\n",
    );
    for c in used {
        let (label, what, priority) = describe(c);
        let n = messages.iter().filter(|m| m.category() == c).count();
        let _ = writeln!(
            s,
            "| {label} | `{}` | {what} | {} | {n} |",
            c.name(),
            priority.name()
        );
    }
    s
}
