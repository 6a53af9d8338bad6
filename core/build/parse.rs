//! Reading and parsing the `.ftl` files (build time): Fluent syntax into the
//! checker's `Message`/`Node` model, with an error per unsupported construct.

use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

use super::check::{category, params::parse_params, Message, Node};

pub fn read_dir_sorted(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    entries
}

pub fn file_name(path: &Path) -> String {
    path.file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

/// All messages of one language: `main.ftl` first, then the other files by name.
pub fn read_language(lang: &str, dir: &Path, errors: &mut Vec<String>) -> Vec<Message> {
    if !dir.is_dir() {
        errors.push(format!("locales/{lang}/: the folder is missing"));
        return Vec::new();
    }
    let mut files: Vec<PathBuf> = read_dir_sorted(dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort_by_key(|p| (file_stem(p) != "main", file_stem(p)));
    let mut messages = Vec::new();
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let stem = file_stem(&path);
        let shown = format!("locales/{lang}/{stem}.ftl");
        let source =
            fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {shown}: {e}"));
        parse_file(&source, &shown, &stem, &mut messages, errors);
    }
    messages
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

fn line_of(source: &str, byte: usize) -> usize {
    source[..byte.min(source.len())].matches('\n').count() + 1
}

fn parse_file(
    source: &str,
    shown: &str,
    stem: &str,
    out: &mut Vec<Message>,
    errors: &mut Vec<String>,
) {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, parse_errors)) => {
            for e in parse_errors {
                errors.push(format!(
                    "{shown}:{}: parse error: {}",
                    line_of(source, e.pos.start),
                    e.kind
                ));
            }
            resource
        }
    };
    for entry in resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let at = format!("{shown}: message `{}`", m.id.name);
                if !m.attributes.is_empty() {
                    errors.push(format!("{at}: attributes (.name = …) are not supported"));
                }
                let Some(value) = m.value else {
                    errors.push(format!("{at} has no value"));
                    continue;
                };
                let nodes = convert_pattern(&value, &at, errors);
                let comment = m.comment.as_ref().map_or(&[][..], |c| &c.content[..]);
                out.push(Message {
                    id: m.id.name.to_string(),
                    file: stem.to_string(),
                    nodes,
                    params: parse_params(comment, &at, errors),
                    category: category::parse(comment, &at, errors),
                });
            }
            ast::Entry::Term(t) => {
                errors.push(format!(
                    "{shown}: term `-{}`: terms are not supported",
                    t.id.name
                ));
            }
            ast::Entry::Junk { content } => {
                // Parse errors are reported above; name the text for context.
                let first = content.lines().next().unwrap_or_default();
                errors.push(format!("{shown}: cannot parse `{first}`"));
            }
            ast::Entry::Comment(_)
            | ast::Entry::GroupComment(_)
            | ast::Entry::ResourceComment(_) => {}
        }
    }
}

fn convert_pattern(pattern: &ast::Pattern<&str>, at: &str, errors: &mut Vec<String>) -> Vec<Node> {
    let mut nodes = Vec::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => push_text(&mut nodes, value),
            ast::PatternElement::Placeable { expression } => {
                convert_expression(expression, at, errors, &mut nodes)
            }
        }
    }
    // Fluent trims the pattern; keep it so after joining lines.
    if let Some(Node::Text(t)) = nodes.first_mut() {
        *t = t.trim_start().to_string();
    }
    if let Some(Node::Text(t)) = nodes.last_mut() {
        *t = t.trim_end().to_string();
    }
    nodes.retain(|n| !matches!(n, Node::Text(t) if t.is_empty()));
    nodes
}

/// Appends text, joining Fluent's continuation lines with a single space.
fn push_text(nodes: &mut Vec<Node>, value: &str) {
    let mut text = String::new();
    let mut in_break = false;
    for c in value.chars() {
        if c == '\n' || c == '\r' {
            in_break = true;
            let kept = text.trim_end_matches([' ', '\t']).len();
            text.truncate(kept);
        } else if in_break && (c == ' ' || c == '\t') {
            // Indentation of a continuation line.
        } else {
            if in_break {
                text.push(' ');
                in_break = false;
            }
            text.push(c);
        }
    }
    if in_break {
        text.push(' ');
    }
    match nodes.last_mut() {
        Some(Node::Text(prev)) => {
            if prev.ends_with(' ') && text.starts_with(' ') {
                text.remove(0);
            }
            prev.push_str(&text);
        }
        _ => nodes.push(Node::Text(text)),
    }
}

fn convert_expression(
    expression: &ast::Expression<&str>,
    at: &str,
    errors: &mut Vec<String>,
    nodes: &mut Vec<Node>,
) {
    match expression {
        ast::Expression::Inline(inline) => convert_inline(inline, at, errors, nodes),
        ast::Expression::Select { selector, variants } => {
            let ast::InlineExpression::VariableReference { id } = selector else {
                errors.push(format!(
                    "{at}: a select must choose on a placeholder (`{{ $name -> … }}`)"
                ));
                return;
            };
            let mut out = Vec::new();
            let mut default = None;
            for variant in variants {
                let key = match &variant.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                };
                if variant.default {
                    default = Some(out.len());
                }
                out.push((key, convert_pattern(&variant.value, at, errors)));
            }
            let Some(default) = default else {
                errors.push(format!(
                    "{at}: the select on ${} has no default variant (*[…])",
                    id.name
                ));
                return;
            };
            nodes.push(Node::Select {
                var: id.name.to_string(),
                variants: out,
                default,
            });
        }
    }
}

fn convert_inline(
    inline: &ast::InlineExpression<&str>,
    at: &str,
    errors: &mut Vec<String>,
    nodes: &mut Vec<Node>,
) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            nodes.push(Node::Var(id.name.to_string()))
        }
        ast::InlineExpression::StringLiteral { value } => match unescape(value) {
            Some(text) => match nodes.last_mut() {
                Some(Node::Text(prev)) => prev.push_str(&text),
                _ => nodes.push(Node::Text(text)),
            },
            None => errors.push(format!(
                "{at}: bad escape in the string literal \"{value}\""
            )),
        },
        ast::InlineExpression::NumberLiteral { value } => push_text(nodes, value),
        ast::InlineExpression::Placeable { expression } => {
            convert_expression(expression, at, errors, nodes)
        }
        ast::InlineExpression::FunctionReference { id, .. } => {
            errors.push(format!("{at}: functions ({}()) are not supported", id.name));
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            errors.push(format!(
                "{at}: message references ({{ {} }}) are not supported",
                id.name
            ));
        }
        ast::InlineExpression::TermReference { id, .. } => {
            errors.push(format!(
                "{at}: terms ({{ -{} }}) are not supported",
                id.name
            ));
        }
    }
}

/// Fluent string literal escapes: `\\`, `\"`, `\uXXXX`, `\UXXXXXX`.
fn unescape(raw: &str) -> Option<String> {
    let mut out = String::new();
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            '\\' => out.push('\\'),
            '"' => out.push('"'),
            u @ ('u' | 'U') => {
                let len = if u == 'u' { 4 } else { 6 };
                let hex: String = chars.by_ref().take(len).collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
            }
            _ => return None,
        }
    }
    Some(out)
}
