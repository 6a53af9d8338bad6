//! The assessment core: the questionnaire as data, the flow as a reducer, and
//! the rules that turn answers into advice. Plain Rust: nothing here knows about
//! the DOM or wasm, so `cargo test` can check every combination of answers.

pub mod answers;
pub mod evidence;
pub mod flow;
pub mod gp_questions;
pub mod questionnaire;
pub mod red_flags;
pub mod result;
pub mod rules;
pub mod sources;
mod table;

pub use flow::{Action, State, Step};
pub use gp_questions::GpQuestion;
pub use questionnaire::*;
pub use red_flags::UrgentReason;
pub use result::{result_view, Block, PrintSummary, ResultView, SectionName};
pub use rules::{advise, Advice, Headline, Outcome, Section};
pub use sources::{SourceId, CONTENT_DIGEST, CONTENT_VERSION, GUIDELINE_TITLE, GUIDELINE_UPDATED};
