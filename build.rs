//! Turns `locales/<lang>/*.ftl` into typed, static text tables
//! (`$OUT_DIR/messages.rs`, included by `src/i18n.rs`).
//!
//! Fluent is only the file format: the files are parsed here, at build time,
//! so no Fluent runtime ships in the wasm. The build fails, naming the file,
//! language and id, when a text is missing, extra, duplicated, uses other
//! placeholders than in `nb`, or uses syntax `i18n::format` cannot render
//! (terms, attributes, functions, message references).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

use fluent_syntax::ast;

#[path = "locales/check.rs"]
mod check;

use check::{Locale, Message, Node};

/// The languages, reference first. Must match `i18n::Lang`.
const LANGS: [&str; 3] = ["nb", "nn", "en"];

fn main() {
    let root = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let dir = root.join("locales");
    println!("cargo:rerun-if-changed={}", dir.display());
    println!("cargo:rerun-if-changed=locales/check.rs");

    let mut errors = Vec::new();
    let mut locales = Vec::new();
    for lang in LANGS {
        let lang_dir = dir.join(lang);
        println!("cargo:rerun-if-changed={}", lang_dir.display());
        locales.push(Locale {
            lang: lang.to_string(),
            messages: read_language(lang, &lang_dir, &mut errors),
        });
    }
    for entry in read_dir_sorted(&dir) {
        let name = file_name(&entry);
        if entry.is_dir() && !LANGS.contains(&name.as_str()) {
            errors.push(format!(
                "locales/{name}/: unknown language (expected {LANGS:?}; add it to build.rs and i18n::Lang)"
            ));
        }
    }
    errors.extend(check::check(&locales));
    if !errors.is_empty() {
        panic!(
            "\n\nThe texts in locales/ have {} problem(s):\n  - {}\n\n",
            errors.len(),
            errors.join("\n  - ")
        );
    }

    let out = PathBuf::from(env::var_os("OUT_DIR").expect("OUT_DIR")).join("messages.rs");
    let code = generate(&locales);
    // Only write on change, so dependants are not rebuilt for nothing.
    if fs::read_to_string(&out).ok().as_deref() != Some(code.as_str()) {
        fs::write(&out, code).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
    }
}

fn read_dir_sorted(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    entries
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

/// All messages of one language: `main.ftl` first, then the other files by name.
fn read_language(lang: &str, dir: &Path, errors: &mut Vec<String>) -> Vec<Message> {
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
                out.push(Message {
                    id: m.id.name.to_string(),
                    file: stem.to_string(),
                    nodes,
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

// ---------------------------------------------------------------- codegen

fn generate(locales: &[Locale]) -> String {
    let reference = &locales[0];
    // Patient texts first, then the review texts (left out of the wasm).
    let mut order: Vec<&Message> = reference
        .messages
        .iter()
        .filter(|m| m.file != check::REVIEW_FILE)
        .collect();
    let main_count = order.len();
    order.extend(
        reference
            .messages
            .iter()
            .filter(|m| m.file == check::REVIEW_FILE),
    );

    let mut vars: Vec<String> = Vec::new();
    for m in &order {
        for v in check::vars_of(&m.nodes) {
            if !vars.contains(&v) {
                vars.push(v);
            }
        }
    }

    let mut s = String::new();
    s.push_str("// @generated by build.rs from locales/*/*.ftl. Do not edit.\n\n");

    s.push_str("/// One text. The id `flag-a-chest-breathing` becomes `FlagAChestBreathing`.\n");
    s.push_str(
        "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]\npub enum Msg {\n",
    );
    for m in &order {
        let _ = writeln!(
            s,
            "    #[doc = {:?}]",
            format!("`{}` ({}.ftl): «{}»", m.id, m.file, preview(&m.nodes))
        );
        let _ = writeln!(s, "    {},", check::camel_case(&m.id));
    }
    s.push_str("}\n\n");

    s.push_str(
        "impl Msg {\n    /// Every message: the patient texts first, then the review texts.\n",
    );
    s.push_str("    pub const ALL: &'static [Msg] = &[\n");
    for m in &order {
        let _ = writeln!(s, "        Msg::{},", check::camel_case(&m.id));
    }
    s.push_str("    ];\n\n    /// The Fluent id, e.g. `\"flag-a-chest-breathing\"`.\n    pub fn id(self) -> &'static str {\n        match self {\n");
    for m in &order {
        let _ = writeln!(
            s,
            "            Msg::{} => {:?},",
            check::camel_case(&m.id),
            m.id
        );
    }
    s.push_str("        }\n    }\n\n    /// The placeholders the message uses (the same in every language).\n    pub fn vars(self) -> &'static [Var] {\n        match self {\n");
    for m in &order {
        let vs = check::vars_of(&m.nodes);
        if !vs.is_empty() {
            let list: Vec<String> = vs
                .iter()
                .map(|v| format!("Var::{}", check::camel_case(v)))
                .collect();
            let _ = writeln!(
                s,
                "            Msg::{} => &[{}],",
                check::camel_case(&m.id),
                list.join(", ")
            );
        }
    }
    s.push_str("            _ => &[],\n        }\n    }\n\n    /// The file stem the message lives in: `\"main\"` or `\"review\"`.\n    pub fn file(self) -> &'static str {\n");
    let _ = writeln!(
        s,
        "        if (self as usize) < {main_count} {{ {:?} }} else {{ {:?} }}",
        "main",
        check::REVIEW_FILE
    );
    // Only two files exist today; fail loudly if that changes.
    for m in &order {
        assert!(
            m.file == "main" || m.file == check::REVIEW_FILE,
            "locales/nb/{}.ftl: only main.ftl and review.ftl are supported (teach build.rs Msg::file first)",
            m.file
        );
    }
    s.push_str("    }\n}\n\n");

    s.push_str("/// A placeholder (`{ $name }`) used by some message.\n");
    s.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Var {\n");
    for v in &vars {
        let _ = writeln!(s, "    /// `${v}`\n    {},", check::camel_case(v));
    }
    s.push_str("}\n\nimpl Var {\n    /// The name without `$`, e.g. `\"step\"`.\n    pub fn name(self) -> &'static str {\n        match self {\n");
    for v in &vars {
        let _ = writeln!(s, "            Var::{} => {:?},", check::camel_case(v), v);
    }
    s.push_str("        }\n    }\n}\n\n");

    let _ = writeln!(s, "const MAIN_COUNT: usize = {main_count};");
    let review_count = order.len() - main_count;
    let _ = writeln!(
        s,
        "#[allow(dead_code)]\nconst REVIEW_COUNT: usize = {review_count};\n"
    );
    for locale in locales {
        let upper = locale.lang.to_uppercase();
        let find = |id: &str| {
            &locale
                .messages
                .iter()
                .find(|m| m.id == id)
                .expect("checked")
                .nodes
        };
        let _ = writeln!(s, "static MAIN_{upper}: [&[Part]; MAIN_COUNT] = [");
        for m in &order[..main_count] {
            let _ = writeln!(s, "    {},", parts_literal(find(&m.id)));
        }
        s.push_str("];\n");
        let _ = writeln!(s, "#[cfg(not(target_arch = \"wasm32\"))]\nstatic REVIEW_{upper}: [&[Part]; REVIEW_COUNT] = [");
        for m in &order[main_count..] {
            let _ = writeln!(s, "    {},", parts_literal(find(&m.id)));
        }
        s.push_str("];\n\n");
    }

    // The compact form `i18n::format` renders from: one string per language with
    // every message back to back (placeholders as control bytes, see
    // `encode`) and the offsets where each message starts. One string and one
    // `u16` array per language instead of ~600 `&[Part]` slices keeps the wasm
    // small (Part tables are only linked when `parts()` is used: natively).
    s.push_str("\n");
    for locale in locales {
        let upper = locale.lang.to_uppercase();
        let find = |id: &str| {
            &locale
                .messages
                .iter()
                .find(|m| m.id == id)
                .expect("checked")
                .nodes
        };
        // The wasm gets the patient texts only, with the emergency numbers
        // already glued with no-break spaces (so the UI need not do it at run time).
        for (cfg, msgs, name, display) in [
            (
                "target_arch = \"wasm32\"",
                &order[..main_count],
                "main",
                true,
            ),
            (
                "not(target_arch = \"wasm32\")",
                &order[..],
                "main + review",
                false,
            ),
        ] {
            let mut code = String::new();
            let mut offsets = vec![0usize];
            for m in msgs {
                encode(find(&m.id), &vars, display, &mut code);
                offsets.push(code.len());
            }
            assert!(
                code.len() <= u16::MAX as usize,
                "the {name} texts of {} are {} bytes: make OFFSETS_* u32 in build.rs",
                locale.lang,
                code.len()
            );
            let list: Vec<String> = offsets.iter().map(|o| o.to_string()).collect();
            let _ = writeln!(
                s,
                "/// The {name} texts of `{}`, encoded (see `i18n::render`).",
                locale.lang
            );
            let _ = writeln!(s, "#[cfg({cfg})]\nstatic CODE_{upper}: &str = {code:?};");
            let _ = writeln!(
                s,
                "#[cfg({cfg})]\nstatic OFFSETS_{upper}: [u16; {}] = [{}];",
                offsets.len(),
                list.join(",")
            );
        }
    }
    s.push_str("\n/// The encoded texts of one language and where each message starts in them\n/// (`Msg as usize` indexes the offsets; the wasm has no review texts).\nfn code_tables(lang: Lang) -> (&'static str, &'static [u16]) {\n    match lang {\n");
    for locale in locales {
        let upper = locale.lang.to_uppercase();
        let _ = writeln!(
            s,
            "        Lang::{} => (CODE_{upper}, &OFFSETS_{upper}),",
            check::camel_case(&locale.lang)
        );
    }
    s.push_str("    }\n}\n\n");

    s.push_str("/// The patient texts and the review texts of one language (the review\n/// texts are empty in the wasm: only the native review generator uses them).\n");
    s.push_str("fn tables(lang: Lang) -> (&'static [&'static [Part]], &'static [&'static [Part]]) {\n    match lang {\n");
    for locale in locales {
        let upper = locale.lang.to_uppercase();
        let _ = writeln!(
            s,
            "        Lang::{} => (&MAIN_{upper}, {{\n            #[cfg(not(target_arch = \"wasm32\"))]\n            {{ &REVIEW_{upper} }}\n            #[cfg(target_arch = \"wasm32\")]\n            {{ &[] }}\n        }}),",
            check::camel_case(&locale.lang)
        );
    }
    s.push_str("    }\n}\n");
    s
}

/// The compact encoding of a message (decoded by `i18n::render`). Texts never
/// contain control characters, so bytes below 0x20 mark the placeholders:
///
/// - `\x01 v`: the placeholder `v` (`v` = `b'a'` + its index in `Var`);
/// - `\x02 v d` then variants `key \x03 body \x04`, then `\x05`: a select on
///   `v` whose default is variant `d` (`d` = `b'0'` + index). Bodies are encoded
///   the same way, so selects may nest.
///
/// With `display`, «116 117» and «116 123» get a no-break space, so a phone
/// number never breaks across two lines (the wasm's texts).
fn encode(nodes: &[Node], vars: &[String], display: bool, out: &mut String) {
    let var_char = |v: &str| {
        let i = vars.iter().position(|x| x == v).expect("collected");
        assert!(
            i < 26,
            "more than 26 placeholders: widen the encoding in build.rs"
        );
        char::from(b'a' + i as u8)
    };
    for n in nodes {
        match n {
            Node::Text(t) => {
                assert!(
                    !t.chars().any(|c| (c as u32) < 0x20),
                    "a text contains a control character: {t:?}"
                );
                if display {
                    out.push_str(&glue_numbers(t));
                } else {
                    out.push_str(t);
                }
            }
            Node::Var(v) => {
                out.push('\x01');
                out.push(var_char(v));
            }
            Node::Select {
                var,
                variants,
                default,
            } => {
                assert!(*default < 10, "a select with more than 10 variants");
                out.push('\x02');
                out.push(var_char(var));
                out.push(char::from(b'0' + *default as u8));
                for (key, body) in variants {
                    out.push_str(key);
                    out.push('\x03');
                    encode(body, vars, display, out);
                    out.push('\x04');
                }
                out.push('\x05');
            }
        }
    }
}

/// The emergency numbers that must not break across lines, glued with U+00A0.
fn glue_numbers(text: &str) -> String {
    text.replace("116 117", "116\u{a0}117")
        .replace("116 123", "116\u{a0}123")
}

fn parts_literal(nodes: &[Node]) -> String {
    let items: Vec<String> = nodes
        .iter()
        .map(|n| match n {
            Node::Text(t) => format!("Part::Text({t:?})"),
            Node::Var(v) => format!("Part::Var(Var::{})", check::camel_case(v)),
            Node::Select {
                var,
                variants,
                default,
            } => {
                let vs: Vec<String> = variants
                    .iter()
                    .map(|(k, ns)| format!("({k:?}, {})", parts_literal(ns)))
                    .collect();
                format!(
                    "Part::Select {{ var: Var::{}, variants: &[{}], default: {default} }}",
                    check::camel_case(var),
                    vs.join(", ")
                )
            }
        })
        .collect();
    format!("&[{}]", items.join(", "))
}

/// The nb text for the docs of `Msg`, placeholders as `{ $name }`.
fn preview(nodes: &[Node]) -> String {
    let mut out = String::new();
    for n in nodes {
        match n {
            Node::Text(t) => out.push_str(t),
            Node::Var(v) => {
                let _ = write!(out, "{{ ${v} }}");
            }
            Node::Select {
                var,
                variants,
                default,
            } => {
                let _ = write!(
                    out,
                    "{{ ${var} -> *[{}] {} … }}",
                    variants[*default].0,
                    preview(&variants[*default].1)
                );
            }
        }
    }
    out
}
