//! Translation status per message (native only: the tests and `cargo xtask
//! translator-sheet` read it; the wasm never needs it). Recorded in
//! `locales/<lang>/status.txt` with a digest of the bokmål text each message
//! was translated or reviewed from; `core/build/status.rs` computes today's
//! digests, so a message whose bokmål changed since reads as stale. Patient
//! texts only (`main.ftl`, `fallback.ftl`).

use super::{Lang, Msg};

include!(concat!(env!("OUT_DIR"), "/status.rs"));

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// Translated (by the team or machine-assisted), not checked by a
    /// qualified health translator.
    Translated,
    /// Checked by a qualified health translator.
    Reviewed,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Translated => "translated",
            Status::Reviewed => "reviewed",
        }
    }
}

/// A message's state in a translation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MessageStatus {
    /// `None`: no line in `status.txt`.
    pub status: Option<Status>,
    /// No line, or made from another bokmål text than today's.
    pub stale: bool,
}

/// The digest of the message's bokmål text today (what `status.txt` records).
pub fn source_digest(msg: Msg) -> &'static str {
    SOURCE_DIGESTS
        .iter()
        .find(|(id, _)| *id == msg.id())
        .map_or("", |(_, d)| d)
}

/// `None` for the reference language, which is the source, and for the
/// review document's texts (reviewed with the document, `cargo xtask review`).
pub fn status(lang: Lang, msg: Msg) -> Option<MessageStatus> {
    if msg.file() == "review" {
        return None;
    }
    let (_, records) = RECORDS.iter().find(|(l, _)| *l == lang.code())?;
    let record = records.iter().find(|(id, _, _)| *id == msg.id());
    Some(MessageStatus {
        status: record.map(|(_, s, _)| {
            if *s == "reviewed" {
                Status::Reviewed
            } else {
                Status::Translated
            }
        }),
        stale: record.is_none_or(|(_, _, d)| *d != source_digest(msg)),
    })
}

/// The stale messages of a translation, in `Msg` order.
pub fn stale(lang: Lang) -> Vec<Msg> {
    Msg::ALL
        .iter()
        .copied()
        .filter(|&m| status(lang, m).is_some_and(|s| s.stale))
        .collect()
}
