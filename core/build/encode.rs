//! The compact texts `i18n` renders from (build time): per language one
//! string with every message back to back and the `u16` offsets where each
//! starts. One string and one array per language instead of ~600 `&[Part]`
//! slices keeps the wasm small (the `Part` tables are only linked natively),
//! and a later issue can ship each language's table as its own asset: the
//! generated `Msg` and `Text` only carry indices into it.

use std::fmt::Write as _;

use super::check::{self, Locale, Message, Node};
use super::codegen::find;

/// Writes `CODE_<LANG>`/`OFFSETS_<LANG>` (patient texts only in the wasm,
/// every text natively) and `code_tables(lang)`.
pub fn code_tables(s: &mut String, locales: &[Locale], order: &[&Message], main_count: usize) {
    for locale in locales {
        let upper = locale.lang.to_uppercase();
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
                order,
                "main + review",
                false,
            ),
        ] {
            let mut code = String::new();
            let mut offsets = vec![0usize];
            for m in msgs {
                let params: Vec<&str> = m.params.iter().map(|(p, _)| p.as_str()).collect();
                encode(&find(locale, &m.id).nodes, &params, display, &mut code);
                offsets.push(code.len());
            }
            assert!(
                code.len() <= u16::MAX as usize,
                "the {name} texts of {} are {} bytes: make OFFSETS_* u32 in build/encode.rs",
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
    s.push_str("    }\n}\n");
}

/// The compact encoding of a message (decoded by `i18n::render`). Texts never
/// contain control characters, so bytes below 0x20 mark the placeholders:
///
/// - `\x01 p`: the placeholder at position `p` of `params` (`p` = `b'a'` +
///   the position: the argument's index in `Text`);
/// - `\x02 p`, then any number of variants `key \x03 body \x04`, then `\x05`:
///   a select on the placeholder `p`. The default variant comes last (keys
///   are unique, so the order changes nothing else). Bodies are encoded the
///   same way, so selects may nest.
///
/// With `display`, «116 117» and «116 123» get a no-break space, so a phone
/// number never breaks across two lines (the wasm's texts).
pub fn encode(nodes: &[Node], params: &[&str], display: bool, out: &mut String) {
    let param = |v: &str| {
        let i = params
            .iter()
            .position(|p| *p == v)
            .expect("checked: declared");
        assert!(
            i < 26,
            "more than 26 placeholders in one message: widen build/encode.rs"
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
                out.push(param(v));
            }
            Node::Select {
                var,
                variants,
                default,
            } => {
                out.push('\x02');
                out.push(param(var));
                let others = variants.iter().enumerate().filter(|(i, _)| i != default);
                for (_, (key, body)) in others.chain(variants.iter().enumerate().nth(*default)) {
                    out.push_str(key);
                    out.push('\x03');
                    encode(body, params, display, out);
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
