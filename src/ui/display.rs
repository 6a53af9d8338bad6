//! What a patient may need before they can read the screen at all (issue 17):
//! text size and high contrast, and «Les opp». A locked kiosk has no browser
//! zoom, so there these show at once; embedded, the browser has its own and
//! they wait behind a small «Tekst og kontrast» disclosure.
//!
//! «Les opp» carries no handler here: the loader (js/ryggsjekk.js) listens for
//! clicks on `.rs-read` and speaks the screen with an on-device voice. That
//! keeps `speechSynthesis` out of the wasm's imports, and the button shows
//! only when the loader found such a voice (`Settings::can_read_aloud`).

use crate::dom::{el, Callback, Ev, Html};

use super::{t, tn};
use crate::i18n::{Lang, Msg, Text};

/// The text sizes offered, in percent; the last is WCAG 1.4.4's 200 %.
pub const TEXT_SIZES: [u16; 3] = [100, 150, 200];

/// Text size and contrast, as the patient set them.
#[derive(Clone, Copy, Default, PartialEq)]
pub struct Prefs {
    /// An index into `TEXT_SIZES`.
    pub size: usize,
    pub contrast: bool,
}

impl Prefs {
    /// The class of the widget's root: styles/ryggsjekk.css scales and recolours from there.
    pub fn root_class(self) -> &'static str {
        match (self.size, self.contrast) {
            (1, false) => "rs-host rs-t1",
            (2, false) => "rs-host rs-t2",
            (1, true) => "rs-host rs-t1 rs-hc",
            (2, true) => "rs-host rs-t2 rs-hc",
            (_, true) => "rs-host rs-hc",
            _ => "rs-host",
        }
    }
}

fn pressed(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}

pub struct Display {
    pub lang: Lang,
    pub kiosk: bool,
    pub read_aloud: bool,
    pub prefs: Prefs,
    pub on_change: Callback<Prefs>,
}

pub fn tools(d: &Display) -> Html {
    let lang = d.lang;
    let sizes = TEXT_SIZES.iter().enumerate().map(|(i, &percent)| {
        let (on_change, prefs) = (d.on_change.clone(), d.prefs);
        el("button")
            .attr("type", "button")
            .class("rs-lang")
            .attr("aria-pressed", pressed(i == prefs.size))
            .on(Ev::Click, move |_| {
                on_change.emit(Prefs { size: i, ..prefs })
            })
            .child(Text::text_size_option(i64::from(percent)).render(lang))
    });
    let (on_change, prefs) = (d.on_change.clone(), d.prefs);
    let contrast = Prefs {
        contrast: !prefs.contrast,
        ..prefs
    };
    let controls = el("div")
        .class("rs-display")
        .child(
            el("div")
                .class("rs-langs")
                .attr("role", "group")
                .attr("aria-label", t(lang, Msg::TextSize))
                .children(sizes),
        )
        .child(
            el("button")
                .attr("type", "button")
                .class("rs-lang")
                .attr("aria-pressed", pressed(prefs.contrast))
                .on(Ev::Click, move |_| on_change.emit(contrast))
                .child(tn(lang, Msg::ContrastHigh)),
        );
    let read = d.read_aloud.then(|| {
        el("button")
            .attr("type", "button")
            .class("rs-lang rs-read")
            .child(tn(lang, Msg::ReadAloud))
    });
    let controls: Html = if d.kiosk {
        controls.into()
    } else {
        el("details")
            .class("rs-details")
            .child(el("summary").child(tn(lang, Msg::DisplaySettings)))
            .child(controls)
            .into()
    };
    el("div")
        .class("rs-tools")
        .child(read)
        .child(controls)
        .into()
}
