//! The compact texts `i18n` renders from (build time): per language one
//! string with every message back to back and the `u16` offsets where each
//! starts. One string and one array per language instead of ~600 `&[Part]`
//! slices keeps the wasm small (the `Part` tables are only linked natively);
//! the generated `Msg` and `Text` only carry indices into it.
//!
//! Only the reference language (bokmål) is compiled into the wasm. Every
//! other language's patient texts become an asset of their own (`asset`,
//! written to `$OUT_DIR/texts.<lang>.bin`; `scripts/build` ships it as
//! `texts.<lang>.<hash>.bin`), fetched by the loader only when a patient
//! needs that language, and checked by `i18n::asset::decode` before use.

use std::fmt::Write as _;

use super::check::{self, Locale, Message, Node};
use super::codegen::find;

/// What a language asset starts with (bump the digit when the layout below
/// changes, so an old decoder refuses the new layout), and what separates its
/// header and messages: a control character no text contains and the
/// encoding does not use.
pub const ASSET_MAGIC: &str = "RSTX1 ";
pub const ASSET_SEPARATOR: char = '\x06';

/// A language's texts, encoded: the messages one after the other, each
/// ended by an [`ASSET_SEPARATOR`], and where each starts (one more offset
/// than messages: the last is the length). The same layout compiled in and
/// in an asset, so an asset is this table with a header.
pub fn table(locale: &Locale, msgs: &[&Message], display: bool) -> (String, Vec<usize>) {
    let mut code = String::new();
    let mut offsets = vec![0usize];
    for m in msgs {
        let params: Vec<&str> = m.params.iter().map(|(p, _)| p.as_str()).collect();
        encode(&find(locale, &m.id).nodes, &params, display, &mut code);
        code.push(ASSET_SEPARATOR);
        offsets.push(code.len());
    }
    assert!(
        code.len() <= u16::MAX as usize,
        "the texts of {} are {} bytes: make the offsets u32 in build/encode.rs and i18n/asset.rs",
        locale.lang,
        code.len()
    );
    (code, offsets)
}

/// A digest of the patient messages' ids and placeholders, in `Msg` order
/// (FNV-1a, 32 bits, as 8 hex digits). An asset carries the digest of the
/// build that wrote it, and the decoder refuses any other: indices into
/// another build's table would show the wrong texts.
pub fn schema(main: &[&Message]) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for m in main {
        let params: Vec<&str> = m.params.iter().map(|(p, _)| p.as_str()).collect();
        for b in format!("{}:{}\n", m.id, params.join(",")).bytes() {
            h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
    }
    format!("{h:08x}")
}

/// A language asset (decoded by `i18n::asset::decode`): UTF-8 text, so the
/// loader checks the bytes with `TextDecoder` and the wasm needs no UTF-8
/// validator of its own. The header `RSTX1 <schema> <lang>` and a
/// separator, then the language's [`table`]: each message (`encode`) ended by
/// an [`ASSET_SEPARATOR`] (so a cut-off file is noticed even within its last
/// message):
///
/// ```text
/// RSTX1 1a2b3c4d nn␆Ryggsjekk␆Ryggsjekk – ein eigensjekk …␆…␆
/// ```
pub fn asset(lang: &str, schema: &str, code: &str) -> String {
    format!("{ASSET_MAGIC}{schema} {lang}{ASSET_SEPARATOR}{code}")
}

/// Writes `CODE_<LANG>`/`OFFSETS_<LANG>` and `code_tables(lang)`, and
/// returns the assets (language code, text) of every language but the
/// reference. The wasm gets the reference language's patient texts only;
/// native builds get every text of every language (the review texts too).
pub fn code_tables(
    s: &mut String,
    locales: &[Locale],
    order: &[&Message],
    main_count: usize,
) -> Vec<(String, String)> {
    let schema = schema(&order[..main_count]);
    let _ = writeln!(
        s,
        "/// The digest of the patient messages (see `core/build/encode.rs`).\nconst TEXTS_SCHEMA: &str = {schema:?};\n"
    );
    let mut assets = Vec::new();
    for (i, locale) in locales.iter().enumerate() {
        let upper = locale.lang.to_uppercase();
        // The wasm's texts have the emergency numbers already glued with
        // no-break spaces (so the UI need not do it at run time).
        let (main_code, main_offsets) = table(locale, &order[..main_count], true);
        if i == 0 {
            write_table(
                s,
                &locale.lang,
                "main",
                "target_arch = \"wasm32\"",
                &main_code,
                &main_offsets,
            );
        } else {
            assets.push((
                locale.lang.clone(),
                asset(&locale.lang, &schema, &main_code),
            ));
            let _ = writeln!(
                s,
                "/// The asset of `{0}` (`$OUT_DIR/texts.{0}.bin`): for the tests and `scripts/build`.\n#[cfg(any(not(target_arch = \"wasm32\"), feature = \"asset-text\"))]\nstatic ASSET_{upper}: &str = include_str!(concat!(env!(\"OUT_DIR\"), \"/texts.{0}.bin\"));",
                locale.lang
            );
        }
        let (code, offsets) = table(locale, order, false);
        write_table(
            s,
            &locale.lang,
            "main + review",
            "not(target_arch = \"wasm32\")",
            &code,
            &offsets,
        );
    }
    let reference = check::camel_case(&locales[0].lang);
    let upper = locales[0].lang.to_uppercase();
    s.push_str("\n/// The encoded texts of one language and where each message starts in them\n/// (`Msg as usize` indexes the offsets). In the wasm: the reference language's\n/// patient texts, or a loaded asset's (`asset::loaded`); until it is loaded, a\n/// language renders in the reference language.\n");
    let _ = writeln!(
        s,
        "#[cfg(target_arch = \"wasm32\")]\nfn code_tables(lang: Lang) -> (&'static str, &'static [u16]) {{\n    match lang {{\n        Lang::{reference} => (CODE_{upper}, &OFFSETS_{upper}),\n        _ => asset::loaded(lang).unwrap_or((CODE_{upper}, &OFFSETS_{upper})),\n    }}\n}}"
    );
    s.push_str("#[cfg(not(target_arch = \"wasm32\"))]\nfn code_tables(lang: Lang) -> (&'static str, &'static [u16]) {\n    match lang {\n");
    for locale in locales {
        let upper = locale.lang.to_uppercase();
        let _ = writeln!(
            s,
            "        Lang::{} => (CODE_{upper}, &OFFSETS_{upper}),",
            check::camel_case(&locale.lang)
        );
    }
    s.push_str("    }\n}\n\n/// A language's asset as the build wrote it (`None` for the reference language).\n#[cfg(any(not(target_arch = \"wasm32\"), feature = \"asset-text\"))]\npub fn asset_text(lang: Lang) -> Option<&'static str> {\n    match lang {\n");
    for (i, locale) in locales.iter().enumerate() {
        let name = check::camel_case(&locale.lang);
        if i == 0 {
            let _ = writeln!(s, "        Lang::{name} => None,");
        } else {
            let _ = writeln!(
                s,
                "        Lang::{name} => Some(ASSET_{}),",
                locale.lang.to_uppercase()
            );
        }
    }
    s.push_str("    }\n}\n");
    assets
}

fn write_table(s: &mut String, lang: &str, name: &str, cfg: &str, code: &str, offsets: &[usize]) {
    let upper = lang.to_uppercase();
    let list: Vec<String> = offsets.iter().map(|o| o.to_string()).collect();
    let _ = writeln!(
        s,
        "/// The {name} texts of `{lang}`, encoded (see `i18n::render`)."
    );
    let _ = writeln!(s, "#[cfg({cfg})]\nstatic CODE_{upper}: &str = {code:?};");
    let _ = writeln!(
        s,
        "#[cfg({cfg})]\nstatic OFFSETS_{upper}: [u16; {}] = [{}];",
        offsets.len(),
        list.join(",")
    );
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
