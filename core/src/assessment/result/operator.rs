//! The phone script for the one who answers 113 or 116 117. They speak
//! Norwegian, and a patient who reads the widget in Polish, Ukrainian, Arabic
//! or English may not manage to say the script in Norwegian from memory, nor
//! the operator understand it in the patient's language: beneath the script
//! the A and B screens show the same script in bokmål, to read aloud.

use super::{Block, ResultView, SectionName};
use crate::i18n::{Lang, Msg};

/// The script in bokmål under a one-line label in the patient's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OperatorSay {
    /// «Si dette på norsk:», in the patient's language.
    pub label: Msg,
    /// Always bokmål: the reference text, compiled into the wasm, so it never
    /// waits for a language file.
    pub lang: Lang,
    pub location_key: &'static str,
    pub statement: Msg,
}

/// Whether the operator can read the patient's language as it is: bokmål
/// and nynorsk, yes. English is not assumed: many operators speak it, but a
/// patient in distress should not depend on that.
fn operator_reads(lang: Lang) -> bool {
    matches!(lang, Lang::Nb | Lang::Nn)
}

impl ResultView {
    /// The bokmål copy of the phone script: only on an A or B screen that
    /// has a script, and only when the patient reads another language than
    /// bokmål or nynorsk.
    pub fn operator_say(&self, lang: Lang) -> Option<OperatorSay> {
        if self.urgent.is_none() || operator_reads(lang) {
            return None;
        }
        self.sections
            .iter()
            .filter(|s| s.name == SectionName::Say)
            .flat_map(|s| s.blocks.iter())
            .find_map(|b| match *b {
                Block::Say {
                    location_key,
                    statement,
                } => Some(OperatorSay {
                    label: Msg::UrgentSayNorwegian,
                    lang: Lang::BUILTIN,
                    location_key,
                    statement,
                }),
                _ => None,
            })
    }
}
