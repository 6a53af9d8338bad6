//! The placeholders of a message as typed parameters (part of `check.rs`).
//!
//! Fluent has no types, so the reference language declares them in the
//! message's comment, the Fluent convention for translators:
//!
//! ```ftl
//! # $step (Number) - the question the patient is on
//! # $total (Number) - how many questions there are
//! progress = Spørsmål { $step } av { $total }
//! ```
//!
//! The declaration order is the parameter order of the generated
//! `Text::progress(step, total)`, so rewording a text never reorders the
//! arguments at the call sites. A numeric select may only use the plural
//! categories of its language (CLDR) and exact numbers (`[0]`).

use std::collections::{BTreeMap, BTreeSet};

use super::plural::PluralRule;
use super::{vars_of, Locale, Node};

/// What a placeholder holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A whole number (`i64`); a select on it chooses by plural category.
    Number,
    /// A text (`&'static str`); a select on it chooses the key equal to it.
    String,
}

/// Names the generated `Text` already uses for its own methods.
const RESERVED: [&str; 5] = ["msg", "render", "args", "from", "new"];

/// The declarations in a message comment: every line that starts with `$`
/// must read `$name (Number)` or `$name (String)`, optionally followed by a
/// description. Other comment lines are free text.
pub fn parse_params(comment: &[&str], at: &str, errors: &mut Vec<String>) -> Vec<(String, Kind)> {
    let mut out = Vec::new();
    for line in comment {
        let Some(rest) = line.trim().strip_prefix('$') else {
            continue;
        };
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
            .collect();
        let kind = match rest[name.len()..].trim_start() {
            k if k.starts_with("(Number)") => Kind::Number,
            k if k.starts_with("(String)") => Kind::String,
            _ => {
                errors.push(format!(
                    "{at}: the comment line `{}` must read `$name (Number)` or `$name (String)`",
                    line.trim()
                ));
                continue;
            }
        };
        out.push((name, kind));
    }
    out
}

/// `kiosk-idle-body` → `kiosk_idle_body` (the typed constructor's name).
pub fn snake_case(id: &str) -> String {
    id.replace('-', "_").to_ascii_lowercase()
}

/// In the reference language every placeholder is declared exactly once and
/// every declaration is used, and the constructor name is a free identifier.
pub fn check_declarations(reference: &Locale, errors: &mut Vec<String>) {
    for m in &reference.messages {
        let at = format!(
            "locales/{}/{}.ftl: message `{}`",
            reference.lang, m.file, m.id
        );
        let used = vars_of(&m.nodes);
        let mut declared = BTreeSet::new();
        for (name, _) in &m.params {
            if !declared.insert(name.as_str()) {
                errors.push(format!("{at}: ${name} is declared twice"));
            }
            if !used.contains(name) {
                errors.push(format!("{at}: ${name} is declared but not used"));
            }
        }
        for name in used.iter().filter(|v| !declared.contains(v.as_str())) {
            errors.push(format!(
                "{at}: ${name} has no type: add `# ${name} (Number) - …` or `# ${name} (String) - …` on the line above"
            ));
        }
        let snake = snake_case(&m.id);
        if !m.params.is_empty() && (RESERVED.contains(&snake.as_str()) || is_keyword(&snake)) {
            errors.push(format!(
                "{at}: the id gives the Rust name `{snake}`, which is taken"
            ));
        }
    }
}

pub fn is_keyword(name: &str) -> bool {
    const KEYWORDS: &str = " as async await break const continue crate do dyn else enum extern false fn for gen if impl in let loop match mod move mut pub ref return self static struct super trait true try type unsafe use where while yield ";
    KEYWORDS.contains(&format!(" {name} ")) || name == "Self"
}

/// Every select on a `Number` placeholder (as declared in the reference) uses
/// only exact whole numbers and the plural categories of `locale`'s language;
/// a select on a `String` placeholder has the same keys as in the reference
/// (a key missing in one language would silently show its default there).
pub fn check_select_keys(locale: &Locale, reference: &Locale, errors: &mut Vec<String>) {
    let Some(rule) = PluralRule::for_code(&locale.lang) else {
        errors.push(format!(
            "locales/{}/: no plural rule for this language: add it to core/src/i18n/plural.rs",
            locale.lang
        ));
        return;
    };
    for m in &locale.messages {
        let Some(r) = reference.messages.iter().find(|r| r.id == m.id) else {
            continue;
        };
        let at = format!("locales/{}/{}.ftl: message `{}`", locale.lang, m.file, m.id);
        let mut keys = BTreeMap::new();
        walk(&m.nodes, &r.params, rule, &at, &mut keys, errors);
        let mut want = BTreeMap::new();
        walk(&r.nodes, &r.params, rule, &at, &mut want, &mut Vec::new());
        for (var, want) in &want {
            let got = keys.get(var).cloned().unwrap_or_default();
            if got != *want {
                errors.push(format!(
                    "{at}: the select on ${var} has the keys {got:?}, but {} has {want:?}",
                    reference.lang
                ));
            }
        }
    }
}

/// Checks numeric select keys and collects the keys of text selects by placeholder.
fn walk(
    nodes: &[Node],
    params: &[(String, Kind)],
    rule: PluralRule,
    at: &str,
    text_keys: &mut BTreeMap<String, BTreeSet<String>>,
    errors: &mut Vec<String>,
) {
    for node in nodes {
        let Node::Select { var, variants, .. } = node else {
            continue;
        };
        let numeric = params.iter().any(|(n, k)| n == var && *k == Kind::Number);
        for (key, body) in variants {
            let valid =
                key.parse::<i64>().is_ok() || rule.categories().iter().any(|c| c.key() == key);
            if numeric && !valid {
                let keys: Vec<&str> = rule.categories().iter().map(|c| c.key()).collect();
                errors.push(format!(
                    "{at}: [{key}] is not a plural category here (${var} is a number; use {} or an exact number like [0])",
                    keys.join(", ")
                ));
            }
            if !numeric {
                text_keys
                    .entry(var.clone())
                    .or_default()
                    .insert(key.clone());
            }
            walk(body, params, rule, at, text_keys, errors);
        }
    }
}
