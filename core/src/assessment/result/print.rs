//! The one-page summary for the fastlege: which parts of the result go on
//! paper, and in which order. The shell only turns it into DOM, so a native
//! test can check what the patient would hand over.

use super::{Block, ResultView, SectionName, ViewSection};
use crate::i18n::{Lang, Msg, Text};

/// What the printout holds, top to bottom: the headline, the sections, then
/// the footer (guideline, date, content version, disclaimer, privacy).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintSummary {
    pub headline: Msg,
    /// The timeline in words, under the headline (the picture stays on screen).
    pub timeline: Option<Text>,
    pub sections: Vec<ViewSection>,
    pub footer: Vec<Block>,
}

/// Whether a block means anything on paper: a kiosk note, a phone link, the
/// phone script and twenty citations do not.
fn printable(b: &Block) -> bool {
    !matches!(
        b,
        Block::KioskOnly(_) | Block::Phone(_) | Block::Say { .. } | Block::Citations(_)
    )
}

impl ResultView {
    /// The printout of this result, or `None` for the urgent screens (A and
    /// B): they ask the patient to call now, not to print and wait.
    pub fn print_summary(&self) -> Option<PrintSummary> {
        if self.urgent.is_some() {
            return None;
        }
        let mut sections = Vec::new();
        let mut footer = Vec::new();
        // Plain loops: iterator adapters cost ~1 KB of wasm here.
        for s in &self.sections {
            let heading = match s.name {
                // The fastlege knows the evidence and the self-care advice. The
                // neck note has no heading, so on paper it read as part of the
                // section before it (e.g. «Tanker og følelser»).
                SectionName::Options | SectionName::SelfCare | SectionName::Neck => continue,
                // On paper the patient's answers are for the fastlege to read.
                SectionName::Why => Some(Msg::PrintAnswers),
                _ => s.heading,
            };
            let mut blocks = Vec::new();
            for b in &s.blocks {
                if printable(b) {
                    blocks.push(b.clone());
                }
            }
            if s.name == SectionName::Sources {
                footer = blocks;
            } else {
                sections.push(ViewSection {
                    name: s.name,
                    heading,
                    blocks,
                });
            }
        }
        Some(PrintSummary {
            headline: self.headline_text,
            timeline: self.first.as_ref().map(|f| f.timeline),
            sections,
            footer,
        })
    }
}

impl PrintSummary {
    /// The languages of the paper, in order: the patient's, then bokmål when
    /// the patient's is not Norwegian, so the fastlege can read the same
    /// summary (bokmål is always in the wasm: printing fetches nothing).
    /// A language added later prints bilingual too unless it is listed here.
    pub fn languages(lang: Lang) -> Vec<Lang> {
        match lang {
            Lang::Nb | Lang::Nn => vec![lang],
            _ => vec![lang, Lang::BUILTIN],
        }
    }

    /// Every message on the paper, top to bottom (for tests).
    pub fn messages(&self) -> Vec<Msg> {
        let mut out = vec![self.headline];
        out.extend(self.timeline.map(|t| t.msg()));
        self.sections.iter().for_each(|s| s.messages(&mut out));
        self.footer.iter().for_each(|b| b.messages(&mut out));
        out
    }
}
