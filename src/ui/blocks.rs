//! Renders the core's result blocks. The same blocks feed the print summary.

use yew::prelude::*;

use super::tn;
use crate::assessment::result::{Block, ViewSection};
use crate::assessment::SourceId;
use crate::i18n::{self, Lang, Msg, Text};

pub fn sources_line(lang: Lang, sources: &[SourceId]) -> String {
    format!(
        "{} {}",
        i18n::text(lang, Msg::OptionSources),
        source_names(sources)
    )
}

fn source_names(sources: &[SourceId]) -> String {
    let names: Vec<&str> = sources.iter().map(|s| s.short()).collect();
    names.join("; ")
}

pub fn block(lang: Lang, b: &Block, kiosk: bool) -> Html {
    match b {
        Block::Para(m) => html! { <p>{ tn(lang, *m) }</p> },
        Block::ParaWith(t) => html! { <p>{ t.render(lang) }</p> },
        Block::KioskOnly(m) => {
            if kiosk {
                html! { <p class="rs-staff">{ tn(lang, *m) }</p> }
            } else {
                html! {}
            }
        }
        Block::Subheading(m) => html! { <h3 class="rs-subheading">{ tn(lang, *m) }</h3> },
        Block::Bullets(ms) => html! {
            <ul class="rs-list">{ for ms.iter().map(|m| html! { <li>{ tn(lang, *m) }</li> }) }</ul>
        },
        Block::Answers(qa) => html! {
            <dl class="rs-answers">
                { for qa.iter().map(|(q, a)| html! {
                    <div class="rs-answer"><dt>{ tn(lang, *q) }</dt><dd>{ tn(lang, *a) }</dd></div>
                }) }
            </dl>
        },
        Block::Options(os) => html! {
            <ul class="rs-list rs-evidence">
                { for os.iter().map(|(m, src)| html! {
                    <li>{ tn(lang, *m) }<span class="rs-cite">{ " (" }{ tn(lang, Msg::OptionSources) }{ " " }
                        // The names stay left to right in right-to-left text.
                        <bdi dir="ltr">{ source_names(src) }</bdi>{ ")" }</span></li>
                }) }
            </ul>
        },
        Block::Phone(ph) => {
            if kiosk {
                // A tel: link does nothing on a kiosk; show the number itself.
                // Isolated left-to-right: in right-to-left text «116 117» would
                // otherwise read as «117 116».
                html! { <p class="rs-phone"><bdi class="rs-phone-number" dir="ltr">{ ph.number }</bdi></p> }
            } else {
                html! {
                    <p class="rs-phone">
                        <a class="rs-phone-link" href={ph.tel}>
                            <span class="rs-phone-label">{ tn(lang, ph.label) }</span>
                            <bdi class="rs-phone-number" dir="ltr" aria-hidden="true">{ ph.number }</bdi>
                        </a>
                    </p>
                }
            }
        }
        Block::Say {
            location_key,
            statement,
        } => html! {
            <blockquote class="rs-say">
                <p>{ Text::urgent_say_where(location_key).render(lang) }</p>
                <p>{ tn(lang, *statement) }</p>
            </blockquote>
        },
        // Collapsed: twenty citations would bury the advice on a phone.
        Block::Citations(list) => html! {
            <details class="rs-details">
                <summary>{ tn(lang, Msg::SourcesShow) }</summary>
                <ol class="rs-citations">
                    { for list.iter().map(|s| html! { <li lang="en" dir="ltr">{ s.citation() }</li> }) }
                </ol>
            </details>
        },
    }
}

/// A section folded into a closed disclosure (issue 16: the rest on demand).
/// Still a region named by its title, so it is found like an open section.
/// Keyed and never given an `open` attribute: Yew leaves the patient's
/// choice alone when the language changes, and a kiosk reset renders the
/// session anew, closed. Blocks the core never folds are left out here: the
/// result screen shows them above the disclosures.
pub fn disclosure(lang: Lang, s: &ViewSection, kiosk: bool) -> Html {
    let slug = s.name.slug();
    let id = format!("rs-sec-{slug}");
    html! {
        <section key={slug} class="rs-section rs-fold" data-section={slug} aria-labelledby={id.clone()}>
            <details class="rs-details">
                <summary id={id}>{ s.heading.map(|h| tn(lang, h)) }</summary>
                { for s.blocks.iter().filter(|b| !b.never_folded()).map(|b| block(lang, b, kiosk)) }
            </details>
        </section>
    }
}

// The section's name as data, not as a second class: a `class` built from a
// String links Yew's class-list parser (about 0.6 KB gzip of wasm).
pub fn section(lang: Lang, s: &ViewSection, kiosk: bool) -> Html {
    let blocks = html! { <>{ for s.blocks.iter().map(|b| block(lang, b, kiosk)) }</> };
    match s.heading {
        Some(h) => {
            let id = format!("rs-sec-{}", s.name.slug());
            html! {
                <section class="rs-section" data-section={s.name.slug()} aria-labelledby={id.clone()}>
                    <h3 id={id}>{ tn(lang, h) }</h3>
                    { blocks }
                </section>
            }
        }
        None => {
            html! { <div class="rs-section" data-section={s.name.slug()}>{ blocks }</div> }
        }
    }
}
