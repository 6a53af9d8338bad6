//! The print summary for the fastlege. A print stylesheet inside the shadow
//! root cannot hide the host page, so the summary is built (with DOM calls,
//! never HTML strings) in a hidden same-origin iframe, and only that frame is
//! printed. Printing is the only way anything leaves the screen; it makes no
//! request, and the frame is removed after printing (`afterprint`).

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlIFrameElement, ShadowRoot};

use super::blocks::sources_line;
use super::concat;
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

/// The widget's stylesheet (the `<link>` in the shadow root, already loaded and
/// checked with SRI), copied rule by rule into a constructed stylesheet made in
/// the frame's own realm: printing makes no request, and an `about:blank` frame
/// inherits the page's CSP, which blocks a `<style>` element under the strict
/// policy. An adopted sheet must come from the document's own realm.
fn adopt_css(host: &Element, win: &JsValue, fdoc: &Document) -> Option<()> {
    let link = host
        .get_root_node()
        .dyn_ref::<ShadowRoot>()?
        .query_selector("link[rel=stylesheet]")
        .ok()??;
    let rules = Reflect::get(
        &Reflect::get(&link, &"sheet".into()).ok()?,
        &"cssRules".into(),
    )
    .ok()?;
    let ctor: Function = Reflect::get(win, &"CSSStyleSheet".into())
        .ok()?
        .unchecked_into();
    let sheet = Reflect::construct(&ctor, &Array::new()).ok()?;
    let insert: Function = Reflect::get(&sheet, &"insertRule".into())
        .ok()?
        .unchecked_into();
    // Each at the front, last rule first: the sheet ends up in the original order.
    for rule in Array::from(&rules).iter().rev() {
        let _ = insert.call1(&sheet, &Reflect::get(&rule, &"cssText".into()).ok()?);
    }
    Reflect::set(fdoc, &"adoptedStyleSheets".into(), &Array::of1(&sheet)).ok()?;
    Some(())
}

fn try_print(host: &Element, lang: Lang, summary: &PrintSummary) -> Option<()> {
    let doc = host.owner_document()?;
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
    // Right to left on paper too: the print sheet is written in logical terms.
    let _ = fdoc.document_element()?.set_attribute("dir", lang.dir());
    fdoc.set_title(&i18n::text(lang, Msg::PrintTitle));
    let body = fdoc.body()?;
    // One copy per language, each marked with its own `lang` and `dir`, so a
    // screen reader and the hyphenation read the bokmål copy as bokmål.
    for l in PrintSummary::languages(lang) {
        let page = el(&fdoc, "div", Some("rs-print"), None)?;
        let _ = page.set_attribute("lang", l.code());
        let _ = page.set_attribute("dir", l.dir());
        build(&fdoc, &page, l, summary)?;
        body.append_child(&page).ok()?;
    }
    // Unstyled rather than not at all, if the sheet cannot be read or adopted.
    let _ = adopt_css(host, &win, &fdoc);
    // No copy of the answers stays in the page once the print dialog closes
    // (a frame is a window of its own, with its own realm, for page scripts to find).
    let remove = Closure::once_into_js(move || frame.remove());
    let _ = Reflect::set(&win, &"onafterprint".into(), &remove);
    let _ = win.print();
    Some(())
}

fn build(doc: &Document, page: &Element, lang: Lang, summary: &PrintSummary) -> Option<()> {
    let t = |m: Msg| i18n::text(lang, m);
    add(
        page,
        el(doc, "p", Some("rs-print-brand"), Some(&t(Msg::AppName)))?,
    )?;
    add(page, el(doc, "h1", None, Some(&t(Msg::PrintTitle)))?)?;
    add(
        page,
        el(
            doc,
            "p",
            Some("rs-print-headline"),
            Some(&t(summary.headline)),
        )?,
    )?;
    // The timeline in words: on paper the picture would need its own styles.
    if let Some(timeline) = summary.timeline {
        add(page, el(doc, "p", None, Some(&timeline.render(lang)))?)?;
    }
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
        Block::ParaWith(text) => el(doc, "p", None, Some(&text.render(lang)))?,
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
                        // The source names are Latin script: isolated left to
                        // right (LRI … PDI), so an RTL line keeps their order.
                        Some(&concat(&[
                            &t(*m),
                            " (\u{2066}",
                            &sources_line(lang, src),
                            "\u{2069})",
                        ])),
                    )?,
                )?;
            }
            ul
        }
    };
    parent.append_child(&node).ok()?;
    Some(())
}
