//! A tiny JSON writer: enough for a survey definition, without serde.

/// A JSON value.
pub(super) enum J {
    S(String),
    B(bool),
    A(Vec<J>),
    O(Vec<(&'static str, J)>),
}

pub(super) fn s(v: impl Into<String>) -> J {
    J::S(v.into())
}

pub(super) fn write_json(v: &J, indent: usize, out: &mut String) {
    let pad = |n: usize, out: &mut String| out.extend(std::iter::repeat_n(' ', n));
    match v {
        J::S(t) => {
            out.push('"');
            for c in t.chars() {
                match c {
                    '"' => out.push_str("\\\""),
                    '\\' => out.push_str("\\\\"),
                    '\n' => out.push_str("\\n"),
                    c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                    c => out.push(c),
                }
            }
            out.push('"');
        }
        J::B(b) => out.push_str(if *b { "true" } else { "false" }),
        J::A(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                pad(indent + 2, out);
                write_json(item, indent + 2, out);
            }
            if !items.is_empty() {
                out.push('\n');
                pad(indent, out);
            }
            out.push(']');
        }
        J::O(fields) => {
            out.push('{');
            for (i, (k, item)) in fields.iter().enumerate() {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                pad(indent + 2, out);
                out.push_str(&format!("\"{k}\": "));
                write_json(item, indent + 2, out);
            }
            if !fields.is_empty() {
                out.push('\n');
                pad(indent, out);
            }
            out.push('}');
        }
    }
}
