//! The full advice. First screen (issue 16): headline, purpose line, what to
//! do now, why, the timeline; then what is never folded (the warning signs,
//! the dark-thoughts line); then the rest, each in a closed disclosure.

use wasm_bindgen::JsCast;
use web_sys::{Element, Event};

use super::blocks::{block, disclosure, section};
use super::start::slot;
use super::timeline::timeline;
use super::{concat, handoff, on, print, tn, ScreenProps};
use crate::assessment::result::{Block, FirstScreen, ResultView, SectionName, ViewSection};
use crate::assessment::{result_view, Action};
use crate::dom::{el, Ev, Html};
use crate::i18n::Lang;
use crate::i18n::Msg;

pub fn result_screen(p: &ScreenProps) -> Html {
    let s = p.state;
    let lang = s.lang;
    let Some(outcome) = s.outcome() else {
        return Html::Empty;
    };
    let view = result_view(&outcome, &s.answers);
    let on_print = {
        let view = view.clone();
        // The screen's element, from the button (no NodeRef: the screen is a plain function).
        move |e: Event| {
            let screen = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|b| b.closest(".rs-result").ok().flatten());
            if let (Some(screen), Some(summary)) = (screen, view.print_summary()) {
                print::print_summary(&screen, lang, &summary);
            }
        }
    };
    let button = |class: &'static str| el("button").attr("type", "button").class(class);
    el("div")
        .key("result")
        .class("rs-screen rs-result")
        .child(el("p").class("rs-kicker").child(tn(lang, Msg::ResultTitle)))
        .child(
            el("h2")
                .class("rs-title rs-headline")
                .attr("tabindex", "-1")
                .node_ref(&p.heading)
                .child(tn(lang, view.headline_text)),
        )
        .child(body(lang, &view, p.kiosk))
        .child(slot("contact"))
        .child(
            p.kiosk
                .then(|| el("p").class("rs-note").child(tn(lang, Msg::KioskNoPrint))),
        )
        .child(
            el("div")
                .class("rs-nav")
                .child(
                    button("rs-button rs-secondary")
                        .on(Ev::Click, on(p.dispatch, Action::Back))
                        .child(tn(lang, Msg::NavBack)),
                )
                .child((!p.kiosk).then(|| {
                    button("rs-button rs-secondary")
                        .on(Ev::Click, on_print)
                        .child(tn(lang, Msg::PrintButton))
                }))
                .child(
                    button("rs-button rs-primary")
                        .on(Ev::Click, on(p.dispatch, Action::Restart))
                        .child(tn(lang, Msg::NavRestart)),
                ),
        )
        .child(p.handoff.then(|| handoff::handoff(lang, s)))
        .into()
}

fn first_screen(lang: Lang, f: &FirstScreen) -> Html {
    Html::List(vec![
        el("section")
            .class("rs-now")
            .attr("aria-labelledby", "rs-now-title")
            .child(
                el("h3")
                    .attr("id", "rs-now-title")
                    .child(tn(lang, Msg::NowTitle)),
            )
            .child(
                el("ul")
                    .class("rs-now-list")
                    .children(f.actions.iter().map(|a| el("li").child(tn(lang, a.text())))),
            )
            .child(el("p").class("rs-why").child(f.why.render(lang)))
            .into(),
        timeline(lang, f),
    ])
}

fn body(lang: Lang, view: &ResultView, kiosk: bool) -> Html {
    let Some(first) = &view.first else {
        return Html::list(view.sections.iter().map(|sec| section(lang, sec, kiosk)));
    };
    // The purpose right under the headline (content spec section 1), once.
    let purpose = view
        .sections
        .iter()
        .filter(|s| s.name == SectionName::Purpose);
    let shown = view.sections.iter().filter(|s| {
        s.name != SectionName::Purpose && !s.name.on_demand() && !first.repeats(s.name)
    });
    let folded = view.sections.iter().filter(|s| s.name.on_demand());
    let never_folded: Vec<_> = folded
        .clone()
        .flat_map(|s| s.blocks.iter())
        .filter(|b| b.never_folded())
        .collect();
    let alert = (!never_folded.is_empty()).then(|| {
        el("div")
            .class("rs-section rs-alert")
            .children(never_folded.into_iter().map(|b| block(lang, b, kiosk)))
    });
    Html::List(vec![
        Html::list(purpose.map(|sec| section(lang, sec, kiosk))),
        first_screen(lang, first),
        alert.into(),
        Html::list(shown.map(|sec| {
            if sec.name == SectionName::SafetyNet {
                safety_net(lang, sec, kiosk)
            } else {
                section(lang, sec, kiosk)
            }
        })),
        el("div")
            .class("rs-folds")
            .children(folded.map(|sec| disclosure(lang, sec, kiosk)))
            .into(),
    ])
}

/// The safety net as one list: each line names the signs for one number, a
/// list reads faster than paragraphs and takes less height (issue 16). Every
/// line stays visible; only their layout differs from `section`.
fn safety_net(lang: Lang, s: &ViewSection, kiosk: bool) -> Html {
    let lines = s.blocks.iter().map(|b| match b {
        Block::Para(m) => el("li").child(tn(lang, *m)),
        other => el("li").child(block(lang, other, kiosk)),
    });
    let id = concat(&["rs-sec-", s.name.slug()]);
    el("section")
        .class("rs-section rs-safety")
        .attr("data-section", s.name.slug())
        .attr("aria-labelledby", id.clone())
        .child(
            el("h3")
                .attr("id", id)
                .child(s.heading.map(|h| tn(lang, h))),
        )
        .child(el("ul").class("rs-list rs-safety-list").children(lines))
        .into()
}
