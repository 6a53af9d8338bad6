//! The episode as a small picture: 0 → 2 → 4 → 6 weeks → 3 months →, the
//! patient's duration and the guideline's 4–6-week referral point marked. It
//! illustrates the rule, it is not a score. Inline SVG built here (nothing is
//! fetched, so the strict CSP holds); the core's sentence is its text
//! alternative. Right-to-left: the stylesheet mirrors the drawing, not the text.
//!
//! Coordinates are string constants: no number formatting in the wasm.

use crate::dom::{el, Html, Str};

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
        Duration::UnderTwoWeeks => ("M16 29H80", "48"),
        Duration::TwoToThreeWeeks => ("M80 29H144", "112"),
        Duration::FourToFiveWeeks => ("M144 29H208", "176"),
        Duration::SixWeeksToThreeMonths => ("M208 29H272", "240"),
        Duration::OverThreeMonths => ("M272 29H300", "270"),
    }
}

/// A label: emphasised (`em`) or a tick's number.
fn label(x: &'static str, y: &'static str, em: bool, text: Str) -> Html {
    el("text")
        .attr("x", x)
        .attr("y", y)
        .class(if em { "rs-tl-em" } else { "rs-tl-n" })
        .attr("text-anchor", "middle")
        .child(text)
        .into()
}

pub fn timeline(lang: Lang, f: &FirstScreen) -> Html {
    let (you, you_x) = band(f.duration);
    let ticks: [Str; 5] = [
        "0".into(),
        "2".into(),
        "4".into(),
        t(lang, Msg::Timeline6Weeks),
        t(lang, Msg::Timeline3Months),
    ];
    let path = |class: &'static str, d: &'static str| el("path").class(class).attr("d", d);
    el("div")
        .class("rs-timeline")
        .child(
            el("svg")
                .attr("viewBox", "0 0 320 71")
                .attr("role", "img")
                .attr("aria-label", f.timeline.render(lang))
                .attr("focusable", "false")
                .child(
                    el("rect")
                        .class("rs-tl-referral")
                        .attr("x", "144")
                        .attr("y", "16")
                        .attr("width", "64")
                        .attr("height", "26")
                        .attr("rx", "4"),
                )
                .child(label("176", "12", true, t(lang, Msg::TimelineReferral)))
                .child(path(
                    "rs-tl-axis",
                    "M16 29H306M16 24v10M80 24v10M144 24v10M208 24v10M272 24v10",
                ))
                .child(path("rs-tl-arrow", "M314 29l-9-5v10z"))
                .children(
                    TICKS
                        .into_iter()
                        .zip(ticks)
                        .map(|(x, l)| label(x, "53", false, l)),
                )
                .child(path("rs-tl-you", you))
                .child(label(you_x, "68", true, t(lang, Msg::TimelineYou))),
        )
        .into()
}
