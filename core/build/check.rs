//! The checked model of the `.ftl` files and the cross-language checks.
//!
//! `build.rs` turns each Fluent message into a [`Message`] (rejecting syntax
//! we do not support) and runs [`check`] before it generates the text tables.
//! `tests/locales.rs` includes this file too, so the checks have unit tests.
//! Plain Rust, no dependencies.

use std::collections::BTreeSet;

#[path = "category.rs"]
pub mod category;
#[path = "params.rs"]
pub mod params;
// The renderer's plural rules, so the build accepts exactly the select keys
// the wasm can choose.
#[allow(dead_code)]
#[path = "../src/i18n/plural.rs"]
pub mod plural;

pub use params::Kind;

/// The file whose texts only the native review-document generator uses.
pub const REVIEW_FILE: &str = "review";
/// Every id in [`REVIEW_FILE`] starts with this, and no other id does.
pub const REVIEW_PREFIX: &str = "review-";

/// One piece of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Text(String),
    /// `{ $name }` (the name without `$`).
    Var(String),
    /// `{ $var -> [key] … *[other] … }`; `default` indexes `variants`.
    Select {
        var: String,
        variants: Vec<(String, Vec<Node>)>,
        default: usize,
    },
}

/// One message of one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: String,
    /// The file stem: `main` or `review`.
    pub file: String,
    pub nodes: Vec<Node>,
    /// The placeholders declared in the comment above the message
    /// (`# $step (Number) - …`), in order: the parameters of its typed
    /// constructor. Only the reference language's count.
    pub params: Vec<(String, Kind)>,
    /// The `# category: …` line of its comment, if any (see `category.rs`).
    pub category: Option<String>,
}

/// All messages of one language, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locale {
    pub lang: String,
    pub messages: Vec<Message>,
}

/// Placeholder names used anywhere in `nodes` (selectors included), in order
/// of first appearance, without duplicates.
pub fn vars_of(nodes: &[Node]) -> Vec<String> {
    fn walk(nodes: &[Node], out: &mut Vec<String>) {
        for node in nodes {
            match node {
                Node::Text(_) => {}
                Node::Var(v) => push_once(out, v),
                Node::Select { var, variants, .. } => {
                    push_once(out, var);
                    for (_, nodes) in variants {
                        walk(nodes, out);
                    }
                }
            }
        }
    }
    fn push_once(out: &mut Vec<String>, v: &str) {
        if !out.iter().any(|o| o == v) {
            out.push(v.to_string());
        }
    }
    let mut out = Vec::new();
    walk(nodes, &mut out);
    out
}

/// `flag-a-chest-breathing` → `FlagAChestBreathing`; `my_var` → `MyVar`.
pub fn camel_case(id: &str) -> String {
    id.split(['-', '_'])
        .filter(|s| !s.is_empty())
        .map(|s| {
            let mut chars = s.chars();
            let first = chars.next().map(|c| c.to_ascii_uppercase());
            first.into_iter().chain(chars).collect::<String>()
        })
        .collect()
}

/// Checks every language against the first one (the reference, `nb`).
/// Returns one line per problem, naming the language, file and id; empty
/// when all is well.
pub fn check(locales: &[Locale]) -> Vec<String> {
    let mut errors = Vec::new();
    for locale in locales {
        check_one(locale, &mut errors);
    }
    let Some((reference, others)) = locales.split_first() else {
        errors.push("no languages found".to_string());
        return errors;
    };
    params::check_declarations(reference, &mut errors);
    for locale in locales {
        params::check_select_keys(locale, reference, &mut errors);
    }
    let mut camel = BTreeSet::new();
    for m in &reference.messages {
        if !camel.insert(camel_case(&m.id)) {
            errors.push(format!(
                "locales/{}/{}.ftl: id `{}` gives the Rust name `{}`, which another id gives too",
                reference.lang,
                m.file,
                m.id,
                camel_case(&m.id)
            ));
        }
    }
    for other in others {
        for m in &reference.messages {
            let Some(o) = other.messages.iter().find(|o| o.id == m.id) else {
                errors.push(format!(
                    "locales/{}/{}.ftl: message `{}` is missing (it exists in {})",
                    other.lang, m.file, m.id, reference.lang
                ));
                continue;
            };
            if o.file != m.file {
                errors.push(format!(
                    "locales/{}/{}.ftl: message `{}` belongs in {}.ftl (as in {})",
                    other.lang, o.file, o.id, m.file, reference.lang
                ));
            }
            let want: BTreeSet<String> = vars_of(&m.nodes).into_iter().collect();
            let got: BTreeSet<String> = vars_of(&o.nodes).into_iter().collect();
            if want != got {
                errors.push(format!(
                    "locales/{}/{}.ftl: message `{}` uses the placeholders {:?}, but {} uses {:?}",
                    other.lang, o.file, o.id, got, reference.lang, want
                ));
            }
        }
        for o in &other.messages {
            if !reference.messages.iter().any(|m| m.id == o.id) {
                errors.push(format!(
                    "locales/{}/{}.ftl: message `{}` is extra (it does not exist in {})",
                    other.lang, o.file, o.id, reference.lang
                ));
            }
        }
    }
    errors
}

fn check_one(locale: &Locale, errors: &mut Vec<String>) {
    let mut seen = BTreeSet::new();
    for m in &locale.messages {
        let at = format!("locales/{}/{}.ftl: message `{}`", locale.lang, m.file, m.id);
        if !seen.insert(m.id.as_str()) {
            errors.push(format!("{at} is defined more than once"));
        }
        let is_review_id = m.id.starts_with(REVIEW_PREFIX);
        if m.file == REVIEW_FILE && !is_review_id {
            errors.push(format!(
                "{at}: ids in {REVIEW_FILE}.ftl must start with `{REVIEW_PREFIX}`"
            ));
        }
        if m.file != REVIEW_FILE && is_review_id {
            errors.push(format!(
                "{at}: ids starting with `{REVIEW_PREFIX}` belong in {REVIEW_FILE}.ftl"
            ));
        }
        if is_blank(&m.nodes) {
            errors.push(format!("{at} is empty"));
        }
        check_selects(&m.nodes, &at, errors);
    }
}

fn is_blank(nodes: &[Node]) -> bool {
    nodes
        .iter()
        .all(|n| matches!(n, Node::Text(t) if t.trim().is_empty()))
}

fn check_selects(nodes: &[Node], at: &str, errors: &mut Vec<String>) {
    for node in nodes {
        if let Node::Select {
            var,
            variants,
            default,
        } = node
        {
            if *default >= variants.len() {
                errors.push(format!(
                    "{at}: the select on ${var} has no default variant (*[…])"
                ));
            }
            let mut keys = BTreeSet::new();
            for (key, nodes) in variants {
                if !keys.insert(key.as_str()) {
                    errors.push(format!(
                        "{at}: the select on ${var} has the key [{key}] twice"
                    ));
                }
                check_selects(nodes, at, errors);
            }
        }
    }
}
