//! The episode as a small picture: 0 → 2 → 4 → 6 weeks → 3 months →, the
//! patient's duration and the guideline's 4–6-week referral point marked. It
//! illustrates the rule, it is not a score. Inline SVG built here (nothing is
//! fetched, so the strict CSP holds); the core's sentence is its text
//! alternative. Right-to-left: the stylesheet mirrors the drawing, not the text.
//!
//! Coordinates are string constants: no number formatting in the wasm.

use yew::prelude::*;

use super::t;
use crate::assessment::result::FirstScreen;
use crate::assessment::Duration;
use crate::i18n::{Lang, Msg};

/// The ticks (0, 2, 4, 6 weeks, 3 months) in the 320-wide view box, evenly
/// spaced: the picture shows the order of things, not a scale.
const TICKS: [&str; 5] = ["16", "80", "144", "208", "272"];

/// The patient's band on the axis (a path), and where «You are here» goes,
/// kept inside the view box.
fn band(d: Duration) -> (&'static str, &'static str) {
    match d {
        Duration::UnderTwoWeeks => ("M16 38H80", "48"),
        Duration::TwoToThreeWeeks => ("M80 38H144", "112"),
        Duration::FourToFiveWeeks => ("M144 38H208", "176"),
        Duration::SixWeeksToThreeMonths => ("M208 38H272", "240"),
        Duration::OverThreeMonths => ("M272 38H300", "270"),
    }
}

/// A label: emphasised (`em`) or a tick's number. Literal classes: a `class`
/// given as an expression goes through Yew's `Classes` (parser, index set),
/// about 1 KB gzip of wasm for two class names.
fn label(x: &'static str, y: &'static str, em: bool, text: AttrValue) -> Html {
    if em {
        html! { <text x={x} y={y} class="rs-tl-em" text-anchor="middle">{ text }</text> }
    } else {
        html! { <text x={x} y={y} class="rs-tl-n" text-anchor="middle">{ text }</text> }
    }
}

pub fn timeline(lang: Lang, f: &FirstScreen) -> Html {
    let (you, you_x) = band(f.duration);
    let ticks: [AttrValue; 5] = [
        "0".into(),
        "2".into(),
        "4".into(),
        t(lang, Msg::Timeline6Weeks),
        t(lang, Msg::Timeline3Months),
    ];
    html! {
        <div class="rs-timeline">
            <svg viewBox="0 0 320 86" role="img" aria-label={f.timeline.render(lang)} focusable="false">
                <rect class="rs-tl-referral" x="144" y="24" width="64" height="28" rx="4" />
                { label("176", "17", true, t(lang, Msg::TimelineReferral)) }
                <path class="rs-tl-axis" d="M16 38H306M16 33v10M80 33v10M144 33v10M208 33v10M272 33v10" />
                <path class="rs-tl-arrow" d="M314 38l-9-5v10z" />
                { for TICKS.into_iter().zip(ticks).map(|(x, l)| label(x, "61", false, l)) }
                <path class="rs-tl-you" d={you} />
                { label(you_x, "82", true, t(lang, Msg::TimelineYou)) }
            </svg>
        </div>
    }
}
