//! Renders the core's result blocks. The same blocks feed the print summary.

use crate::dom::{el, Html};

use super::{concat, tn};
use crate::assessment::result::{Block, ViewSection};
use crate::assessment::SourceId;
use crate::i18n::{self, Lang, Msg, Text};
use crate::strings::join;

pub fn sources_line(lang: Lang, sources: &[SourceId]) -> String {
    concat(&[
        &i18n::text(lang, Msg::OptionSources),
        " ",
        &source_names(sources),
    ])
}

fn source_names(sources: &[SourceId]) -> String {
    join(sources.iter().map(|s| s.short()), "; ")
}

pub fn block(lang: Lang, b: &Block, kiosk: bool) -> Html {
    match b {
        Block::Para(m) => el("p").child(tn(lang, *m)).into(),
        Block::ParaWith(t) => el("p").child(t.render(lang)).into(),
        Block::KioskOnly(m) => {
            if kiosk {
                el("p").class("rs-staff").child(tn(lang, *m)).into()
            } else {
                Html::Empty
            }
        }
        Block::Subheading(m) => el("h3").class("rs-subheading").child(tn(lang, *m)).into(),
        Block::Bullets(ms) => el("ul")
            .class("rs-list")
            .children(ms.iter().map(|m| el("li").child(tn(lang, *m))))
            .into(),
        Block::Answers(qa) => el("dl")
            .class("rs-answers")
            .children(qa.iter().map(|(q, a)| {
                el("div")
                    .class("rs-answer")
                    .child(el("dt").child(tn(lang, *q)))
                    .child(el("dd").child(tn(lang, *a)))
            }))
            .into(),
        Block::Options(os) => el("ul")
            .class("rs-list rs-evidence")
            .children(os.iter().map(|(m, src)| {
                el("li").child(tn(lang, *m)).child(
                    el("span")
                        .class("rs-cite")
                        .child(" (")
                        .child(tn(lang, Msg::OptionSources))
                        .child(" ")
                        // The names stay left to right in right-to-left text.
                        .child(el("bdi").attr("dir", "ltr").child(source_names(src)))
                        .child(")"),
                )
            }))
            .into(),
        Block::Phone(ph) => {
            if kiosk {
                // A tel: link does nothing on a kiosk; show the number itself.
                // Isolated left-to-right: in right-to-left text «116 117» would
                // otherwise read as «117 116».
                el("p")
                    .class("rs-phone")
                    .child(
                        el("bdi")
                            .class("rs-phone-number")
                            .attr("dir", "ltr")
                            .child(ph.number),
                    )
                    .into()
            } else {
                el("p")
                    .class("rs-phone")
                    .child(
                        el("a")
                            .class("rs-phone-link")
                            .attr("href", ph.tel)
                            .child(el("span").class("rs-phone-label").child(tn(lang, ph.label)))
                            .child(
                                el("bdi")
                                    .class("rs-phone-number")
                                    .attr("dir", "ltr")
                                    .attr("aria-hidden", "true")
                                    .child(ph.number),
                            ),
                    )
                    .into()
            }
        }
        Block::Say {
            location_key,
            statement,
        } => el("blockquote")
            .class("rs-say")
            .child(el("p").child(Text::urgent_say_where(location_key).render(lang)))
            .child(el("p").child(tn(lang, *statement)))
            .into(),
        // Collapsed: twenty citations would bury the advice on a phone.
        Block::Citations(list) => el("details")
            .class("rs-details")
            .child(el("summary").child(tn(lang, Msg::SourcesShow)))
            .child(
                el("ol")
                    .class("rs-citations")
                    .children(list.iter().map(|s| {
                        el("li")
                            .attr("lang", "en")
                            .attr("dir", "ltr")
                            .child(s.citation())
                    })),
            )
            .into(),
    }
}

/// A section folded into a closed disclosure (issue 16: the rest on demand).
/// Still a region named by its title, so it is found like an open section.
/// Keyed and never given an `open` attribute: the patcher leaves the
/// patient's choice alone when the language changes, and a kiosk reset
/// renders the session anew, closed. Blocks the core never folds are left
/// out here: the result screen shows them above the disclosures.
pub fn disclosure(lang: Lang, s: &ViewSection, kiosk: bool) -> Html {
    let slug = s.name.slug();
    let id = concat(&["rs-sec-", slug]);
    el("section")
        .key(slug)
        .class("rs-section rs-fold")
        .attr("data-section", slug)
        .attr("aria-labelledby", id.clone())
        .child(
            el("details")
                .class("rs-details")
                .child(
                    el("summary")
                        .attr("id", id)
                        .child(s.heading.map(|h| tn(lang, h))),
                )
                .children(
                    s.blocks
                        .iter()
                        .filter(|b| !b.never_folded())
                        .map(|b| block(lang, b, kiosk)),
                ),
        )
        .into()
}

pub fn section(lang: Lang, s: &ViewSection, kiosk: bool) -> Html {
    let blocks = Html::list(s.blocks.iter().map(|b| block(lang, b, kiosk)));
    match s.heading {
        Some(h) => {
            let id = concat(&["rs-sec-", s.name.slug()]);
            el("section")
                .class("rs-section")
                .attr("data-section", s.name.slug())
                .attr("aria-labelledby", id.clone())
                .child(el("h3").attr("id", id).child(tn(lang, h)))
                .child(blocks)
                .into()
        }
        None => el("div")
            .class("rs-section")
            .attr("data-section", s.name.slug())
            .child(blocks)
            .into(),
    }
}
