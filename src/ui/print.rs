//! The print summary for the fastlege. A print stylesheet inside the shadow
//! root cannot hide the host page, so the summary is built (with DOM calls,
//! never HTML strings) in a hidden same-origin iframe, and only that frame is
//! printed. Printing is the only way anything leaves the screen.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlIFrameElement, ShadowRoot};

use super::blocks::{sources_line, text_with};
use crate::assessment::result::{Block, PrintSummary};
use crate::i18n::{self, Lang, Msg};

/// `host`: the result screen's element (the frame goes inside it, in the shadow root).
/// What goes on paper is the core's decision (`ResultView::print_summary`).
pub fn print_summary(host: &Element, lang: Lang, summary: &PrintSummary) {
    // Best effort: printing must never break the widget.
    let _ = try_print(host, lang, summary);
}

fn el(doc: &Document, tag: &str, class: Option<&str>, text: Option<&str>) -> Option<Element> {
    let e = doc.create_element(tag).ok()?;
    if let Some(c) = class {
        e.set_class_name(c);
    }
    if let Some(t) = text {
        e.set_text_content(Some(t));
    }
    Some(e)
}

fn add(parent: &Element, child: Element) -> Option<()> {
    parent.append_child(&child).ok().map(|_| ())
}

fn try_print(host: &Element, lang: Lang, summary: &PrintSummary) -> Option<()> {
    let doc = host.owner_document()?;
    let css_link = host
        .get_root_node()
        .dyn_ref::<ShadowRoot>()
        .and_then(|r| r.query_selector("link[rel=stylesheet]").ok().flatten());
    let css = css_link.as_ref().and_then(|l| l.get_attribute("href"));
    // The loader links the stylesheet with Subresource Integrity; keep that check.
    let integrity = css_link.as_ref().and_then(|l| l.get_attribute("integrity"));
    let crossorigin = css_link
        .as_ref()
        .and_then(|l| l.get_attribute("crossorigin"));

    if let Ok(Some(old)) = host.query_selector(".rs-print-frame") {
        old.remove();
    }
    let frame: HtmlIFrameElement = doc.create_element("iframe").ok()?.dyn_into().ok()?;
    frame.set_class_name("rs-print-frame");
    frame.set_title(&i18n::text(lang, Msg::PrintTitle));
    let _ = frame.set_attribute("aria-hidden", "true");
    let _ = frame.set_attribute("tabindex", "-1");
    host.append_child(&frame).ok()?;

    let fdoc = frame.content_document()?;
    let win = frame.content_window()?;
    let _ = fdoc.document_element()?.set_attribute("lang", lang.code());
    fdoc.set_title(&i18n::text(lang, Msg::PrintTitle));
    let body = fdoc.body()?;
    let page = el(&fdoc, "div", Some("rs-print"), None)?;
    build(&fdoc, &page, lang, summary)?;
    body.append_child(&page).ok()?;

    let print = Closure::once_into_js(move || {
        let _ = win.print();
    });
    match css {
        Some(href) => {
            // Unchecked: this element belongs to the frame's realm, where a
            // `dyn_into` (an `instanceof HTMLElement` of the page's realm)
            // always fails; that returned early and nothing was ever printed.
            let link: HtmlElement = fdoc.create_element("link").ok()?.unchecked_into();
            let _ = link.set_attribute("rel", "stylesheet");
            if let Some(i) = &integrity {
                let _ = link.set_attribute("integrity", i);
                let _ = link
                    .set_attribute("crossorigin", crossorigin.as_deref().unwrap_or("anonymous"));
            }
            let _ = link.set_attribute("href", &href);
            // Print once the styles are in (or failed: print unstyled rather than not at all).
            link.set_onload(Some(print.unchecked_ref()));
            link.set_onerror(Some(print.unchecked_ref()));
            fdoc.head()?.append_child(&link).ok()?;
        }
        None => {
            let f: &js_sys::Function = print.unchecked_ref();
            let _ = f.call0(&JsValue::NULL);
        }
    }
    Some(())
}

fn build(doc: &Document, page: &Element, lang: Lang, summary: &PrintSummary) -> Option<()> {
    let t = |m: Msg| i18n::text(lang, m);
    add(
        &page,
        el(doc, "p", Some("rs-print-brand"), Some(&t(Msg::AppName)))?,
    )?;
    add(&page, el(doc, "h1", None, Some(&t(Msg::PrintTitle)))?)?;
    add(
        &page,
        el(
            doc,
            "p",
            Some("rs-print-headline"),
            Some(&t(summary.headline)),
        )?,
    )?;
    for s in &summary.sections {
        let sec = el(doc, "section", None, None)?;
        if let Some(h) = s.heading {
            add(&sec, el(doc, "h2", None, Some(&t(h)))?)?;
        }
        for b in &s.blocks {
            append_block(doc, &sec, lang, b)?;
        }
        page.append_child(&sec).ok()?;
    }
    let foot = el(doc, "footer", None, None)?;
    for b in &summary.footer {
        append_block(doc, &foot, lang, b)?;
    }
    page.append_child(&foot).ok()?;
    Some(())
}

fn append_block(doc: &Document, parent: &Element, lang: Lang, b: &Block) -> Option<()> {
    let t = |m: Msg| i18n::text(lang, m);
    let node = match b {
        Block::Para(m) => el(doc, "p", None, Some(&t(*m)))?,
        Block::ParaWith(m, v, val) => el(doc, "p", None, Some(&text_with(lang, *m, *v, val)))?,
        // Never in a print summary (the core leaves them out).
        Block::KioskOnly(_) | Block::Phone(_) | Block::Say { .. } | Block::Citations(_) => {
            return Some(())
        }
        Block::Subheading(m) => el(doc, "h3", None, Some(&t(*m)))?,
        Block::Bullets(ms) => {
            let ul = el(doc, "ul", None, None)?;
            for m in ms {
                add(&ul, el(doc, "li", None, Some(&t(*m)))?)?;
            }
            ul
        }
        Block::Answers(qa) => {
            let dl = el(doc, "dl", None, None)?;
            for (q, a) in qa {
                add(&dl, el(doc, "dt", None, Some(&t(*q)))?)?;
                add(&dl, el(doc, "dd", None, Some(&t(*a)))?)?;
            }
            dl
        }
        Block::Options(os) => {
            let ul = el(doc, "ul", None, None)?;
            for (m, src) in os {
                add(
                    &ul,
                    el(
                        doc,
                        "li",
                        None,
                        Some(&format!("{} ({})", t(*m), sources_line(lang, src))),
                    )?,
                )?;
            }
            ul
        }
    };
    parent.append_child(&node).ok()?;
    Some(())
}
