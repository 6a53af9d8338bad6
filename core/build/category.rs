//! Message categories (part of `check.rs`): what kind of text a message is,
//! declared by the writer where the message is defined, so a check can say
//! which kinds may reach a screen. An id prefix cannot do that: `work-full`
//! is an answer option, `work-plan-return` advice.
//!
//! In the reference language's `main.ftl`, every message's comment has one
//! line `# category: <name>` (a comment, not a Fluent attribute: comments are
//! the Fluent convention for notes to translators, cost no bytes and ask
//! nothing of translation tools):
//!
//! ```ftl
//! # category: urgent
//! urgent-a-title = Ring 113 nå
//! ```
//!
//! The other files need no declaration: their file is their category
//! (`fallback.ftl` → `fallback`, `review.ftl` → `review`). Translations may
//! repeat the line; if they do, it must agree with the reference.

use std::fmt::Write as _;

use super::{camel_case, Locale, Message, REVIEW_FILE};

/// The comment line that declares a category.
pub const PREFIX: &str = "category:";

/// The file whose messages must declare their category.
const DECLARING_FILE: &str = "main";

/// The categories writers can declare: name, and what belongs there.
pub const DECLARED: [(&str, &str); 12] = [
    ("urgent", "the A and B screens: what to do now, the phone script, and the A and B signs themselves"),
    ("safety-net", "when to get help again: the 113 and 116 117 lines, dark thoughts, the always-visible emergency line"),
    ("frame", "around every screen: name, navigation, purpose, privacy, kiosk, display and print controls"),
    ("question", "questions, hints and answer options (C signs included), and how the answers are named"),
    ("advice", "the non-urgent result's headline, first screen (what to do now, why, timeline) and radiating-pain section"),
    ("referral", "referral to specialist care"),
    ("work", "work and sick leave advice"),
    ("thoughts", "thoughts and feelings advice"),
    ("self-care", "what you can do yourself now"),
    ("gp-questions", "questions to take to the fastlege (content spec section 11)"),
    ("evidence", "the evidence-based options and the neck note"),
    ("sources", "sources, guideline date, content version"),
];

/// The categories a file implies (files other than `main.ftl`).
pub const IMPLIED: [(&str, &str); 2] = [
    (
        "fallback",
        "the loader's static fallback (fallback.ftl), never in the wasm",
    ),
    (
        REVIEW_FILE,
        "the clinical review documents only (review.ftl), never shown to patients",
    ),
];

/// The category a message's comment declares, if any (checked later, by
/// [`check`], against the file and the reference).
pub fn parse(comment: &[&str], at: &str, errors: &mut Vec<String>) -> Option<String> {
    let mut found = None;
    for line in comment {
        let Some(rest) = line.trim().strip_prefix(PREFIX) else {
            continue;
        };
        if found.is_some() {
            errors.push(format!("{at}: more than one `# {PREFIX} …` line"));
        }
        found = Some(rest.trim().to_string());
    }
    found
}

fn allowed() -> String {
    DECLARED.map(|(name, _)| name).join(", ")
}

/// The category of a message of the reference language.
pub fn of(m: &Message) -> Option<&str> {
    if m.file == DECLARING_FILE {
        m.category.as_deref()
    } else {
        IMPLIED
            .iter()
            .find(|(name, _)| *name == m.file)
            .map(|(name, _)| *name)
    }
}

/// Every `main.ftl` message of the reference declares a known category;
/// other files declare none; translations that repeat one agree with it.
pub fn check(locales: &[Locale]) -> Vec<String> {
    let mut errors = Vec::new();
    let Some((reference, others)) = locales.split_first() else {
        return errors;
    };
    for m in &reference.messages {
        let at = format!(
            "locales/{}/{}.ftl: message `{}`",
            reference.lang, m.file, m.id
        );
        match (&m.category, m.file == DECLARING_FILE) {
            (None, true) => errors.push(format!(
                "{at} has no category: add a comment line `# {PREFIX} <name>` right above it, one of: {}",
                allowed()
            )),
            (Some(c), true) if !DECLARED.iter().any(|(name, _)| name == c) => errors.push(format!(
                "{at} has the unknown category `{c}`: use one of: {}",
                allowed()
            )),
            (Some(_), false) => errors.push(format!(
                "{at}: messages in {}.ftl take their category from the file; remove the `# {PREFIX}` line",
                m.file
            )),
            _ => {}
        }
    }
    for other in others {
        for o in &other.messages {
            let Some(c) = &o.category else { continue };
            let want = reference
                .messages
                .iter()
                .find(|m| m.id == o.id)
                .and_then(|m| m.category.as_ref());
            if want != Some(c) {
                errors.push(format!(
                    "locales/{}/{}.ftl: message `{}` declares the category `{c}`, but {} declares {}: remove the line or make it agree",
                    other.lang,
                    o.file,
                    o.id,
                    reference.lang,
                    want.map_or("none".to_string(), |w| format!("`{w}`"))
                ));
            }
        }
    }
    errors
}

/// `Category` and `Msg::category()`: a plain match, dropped from the wasm
/// unless the widget itself asks for a category.
pub fn generate(s: &mut String, order: &[&Message]) {
    let all = DECLARED.iter().chain(&IMPLIED);
    s.push_str("/// What kind of text a message is, declared where it is defined\n/// (`# category: …` in `locales/nb/main.ftl`; see `locales/README.md`).\n");
    s.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]\npub enum Category {\n");
    for (name, doc) in all.clone() {
        let _ = writeln!(s, "    /// `{name}`: {doc}\n    {},", camel_case(name));
    }
    s.push_str("}\n\nimpl Category {\n    pub const ALL: &'static [Category] = &[\n");
    for (name, _) in all.clone() {
        let _ = writeln!(s, "        Category::{},", camel_case(name));
    }
    s.push_str("    ];\n\n    /// The name as declared, e.g. `\"safety-net\"`.\n    pub fn name(self) -> &'static str {\n        match self {\n");
    for (name, _) in all {
        let _ = writeln!(s, "            Category::{} => {name:?},", camel_case(name));
    }
    s.push_str("        }\n    }\n}\n\nimpl Msg {\n    /// The message's category.\n    pub fn category(self) -> Category {\n        match self {\n");
    for m in order {
        // The build stops on a missing or unknown category before codegen.
        let name = of(m).expect("checked by category::check");
        let _ = writeln!(
            s,
            "            Msg::{} => Category::{},",
            camel_case(&m.id),
            camel_case(name)
        );
    }
    s.push_str("        }\n    }\n}\n\n");
}
