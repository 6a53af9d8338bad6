//! The full advice. First screen (issue 16): headline, purpose line, what to
//! do now, why, the timeline; then what is never folded (the warning signs,
//! the dark-thoughts line); then the rest, each in a closed disclosure.

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use super::blocks::{block, disclosure, section};
use super::timeline::timeline;
use super::{handoff, on, print, tn, ScreenProps};
use crate::assessment::result::{Block, FirstScreen, ResultView, SectionName, ViewSection};
use crate::assessment::{result_view, Action};
use crate::i18n::Lang;
use crate::i18n::Msg;

pub fn result_screen(p: &ScreenProps) -> Html {
    let s = p.state;
    let lang = s.lang;
    let Some(outcome) = s.outcome() else {
        return html! {};
    };
    let view = result_view(&outcome, &s.answers);
    let on_print = {
        let view = view.clone();
        // The screen's element, from the button (no NodeRef: a plain function has no hooks).
        Callback::from(move |e: MouseEvent| {
            let screen = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|b| b.closest(".rs-result").ok().flatten());
            if let (Some(screen), Some(summary)) = (screen, view.print_summary()) {
                print::print_summary(&screen, lang, &summary);
            }
        })
    };
    html! {
        <div key="result" class="rs-screen rs-result">
            <p class="rs-kicker">{ tn(lang, Msg::ResultTitle) }</p>
            <h2 class="rs-title rs-headline" tabindex="-1" ref={p.heading.clone()}>{ tn(lang, view.headline_text) }</h2>
            { body(lang, &view, p.kiosk) }
            <div class="rs-slot"><slot name="contact"></slot></div>
            if p.kiosk {
                <p class="rs-note">{ tn(lang, Msg::KioskNoPrint) }</p>
            }
            <div class="rs-nav">
                <button type="button" class="rs-button rs-secondary" onclick={on(&p.dispatch, Action::Back)}>
                    { tn(lang, Msg::NavBack) }
                </button>
                if !p.kiosk {
                    <button type="button" class="rs-button rs-secondary" onclick={on_print}>
                        { tn(lang, Msg::PrintButton) }
                    </button>
                }
                <button type="button" class="rs-button rs-primary" onclick={on(&p.dispatch, Action::Restart)}>
                    { tn(lang, Msg::NavRestart) }
                </button>
            </div>
            if p.handoff {
                { handoff::handoff(lang, s) }
            }
        </div>
    }
}

fn first_screen(lang: Lang, f: &FirstScreen) -> Html {
    html! {
        <>
            <section class="rs-now" aria-labelledby="rs-now-title">
                <h3 id="rs-now-title">{ tn(lang, Msg::NowTitle) }</h3>
                <ul class="rs-now-list">
                    { for f.actions.iter().map(|a| html! { <li>{ tn(lang, a.text()) }</li> }) }
                </ul>
                <p class="rs-why">{ f.why.render(lang) }</p>
            </section>
            { timeline(lang, f) }
        </>
    }
}

fn body(lang: Lang, view: &ResultView, kiosk: bool) -> Html {
    let Some(first) = &view.first else {
        return html! { <>{ for view.sections.iter().map(|sec| section(lang, sec, kiosk)) }</> };
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
    html! {
        <>
            { for purpose.map(|sec| section(lang, sec, kiosk)) }
            { first_screen(lang, first) }
            if !never_folded.is_empty() {
                <div class="rs-section rs-alert">{ for never_folded.into_iter().map(|b| block(lang, b, kiosk)) }</div>
            }
            { for shown.map(|sec| if sec.name == SectionName::SafetyNet { safety_net(lang, sec, kiosk) } else { section(lang, sec, kiosk) }) }
            <div class="rs-folds">{ for folded.map(|sec| disclosure(lang, sec, kiosk)) }</div>
        </>
    }
}

/// The safety net as one list: each line names the signs for one number, a
/// list reads faster than paragraphs and takes less height (issue 16). Every
/// line stays visible; only their layout differs from `section`.
fn safety_net(lang: Lang, s: &ViewSection, kiosk: bool) -> Html {
    let lines = s.blocks.iter().map(|b| match b {
        Block::Para(m) => html! { <li>{ tn(lang, *m) }</li> },
        other => html! { <li>{ block(lang, other, kiosk) }</li> },
    });
    let id = format!("rs-sec-{}", s.name.slug());
    html! {
        <section class="rs-section rs-safety" data-section={s.name.slug()} aria-labelledby={id.clone()}>
            <h3 id={id}>{ s.heading.map(|h| tn(lang, h)) }</h3>
            <ul class="rs-list rs-safety-list">{ for lines }</ul>
        </section>
    }
}
