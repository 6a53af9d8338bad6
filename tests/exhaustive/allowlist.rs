//! Categories, not id prefixes (issue 13): the A and B screens show only
//! messages whose declared category (`# category: …` in
//! `locales/nb/main.ftl`) is on the allowlist, over every combination of
//! answers (in the one walk, `pass`). A new self-care message can never reach
//! an urgent screen, however its id is spelt.

use crate::enumerate::Violations;
use crate::pass::{pass, Seen};
use ryggsjekk::assessment::*;
use ryggsjekk::i18n::{Category, Msg};

pub const URGENT_ALLOWLIST: &str = "A and B screens: urgent, frame and safety-net only";

/// What an A or B screen may show: its own action and phone script
/// (urgent), the widget's frame (purpose, kiosk line) and the emergency
/// lines (safety-net). Content spec section 4: "No self-care text on this
/// screen"; section 6, rule 1: "no other advice".
const ALLOWED: [Category; 3] = [Category::Urgent, Category::Frame, Category::SafetyNet];

/// The messages of `view` that it may not show: on an A or B screen, those
/// outside [`ALLOWED`]; on any other result, none.
fn outside_allowlist(view: &ResultView) -> Vec<Msg> {
    if view.urgent.is_none() {
        return Vec::new();
    }
    view.messages()
        .into_iter()
        .filter(|m| !ALLOWED.contains(&m.category()))
        .collect()
}

pub fn urgent_allowlist(seen: &Seen, broken: &mut Violations) {
    let bad = outside_allowlist(seen.view);
    if !bad.is_empty() {
        broken.record(|| {
            let shown: Vec<String> = bad
                .iter()
                .map(|m| format!("`{}` ({})", m.id(), m.category().name()))
                .collect();
            format!(
                "the screen for {:?} shows {}",
                seen.answers,
                shown.join(", ")
            )
        });
    }
}

#[test]
fn a_and_b_screens_show_only_urgent_frame_and_safety_net_messages() {
    pass().assert_none(URGENT_ALLOWLIST);
}
