//! Component tests in headless Chromium (wasm-bindgen-test): the real
//! `Widget` export rendered into a detached-from-page root, driven through the DOM.
//! Renders are synchronous (src/dom/app.rs): each click or attribute change
//! has updated the DOM by the time it returns, so nothing here waits.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

use ryggsjekk::i18n::{asset_text, Lang};
use ryggsjekk::web::{add_language, Widget};

wasm_bindgen_test_configure!(run_in_browser);

fn root() -> Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

fn heading(root: &Element) -> String {
    root.query_selector("h2")
        .unwrap()
        .map(|h| h.text_content().unwrap_or_default())
        .unwrap_or_default()
}

fn click_button(root: &Element, name: &str) {
    let buttons = root.query_selector_all("button").unwrap();
    for i in 0..buttons.length() {
        let b: HtmlElement = buttons.item(i).unwrap().dyn_into().unwrap();
        if b.text_content().unwrap_or_default().trim() == name {
            b.click();
            return;
        }
    }
    panic!("no button named {name:?}");
}

/// The widget as the loader mounts it, with the attributes these tests vary
/// (lang, the page's lang, mode, idle-seconds); read-aloud, voices and
/// handoff-url unset.
fn mount(
    root: &Element,
    lang: Option<&str>,
    page_lang: Option<&str>,
    mode: Option<&str>,
    idle: Option<&str>,
) -> Widget {
    Widget::new(root.clone(), attributes(lang, page_lang, mode, idle))
}

/// These attributes as the loader passes them (`#attributes()` in
/// js/element.js): one array, null for an absent one.
fn attributes(
    lang: Option<&str>,
    page_lang: Option<&str>,
    mode: Option<&str>,
    idle: Option<&str>,
) -> Box<[JsValue]> {
    [lang, page_lang, mode, idle, None, None, None]
        .iter()
        .map(|v| v.map_or(JsValue::NULL, JsValue::from_str))
        .collect()
}

/// Every language but bokmål is an asset the loader fetches; here its text
/// is compiled in (the core's `asset-text` feature, tests only).
fn add_languages() {
    for lang in [Lang::Nn, Lang::En] {
        assert!(add_language(
            lang as usize,
            asset_text(lang).unwrap().to_string()
        ));
    }
}

#[wasm_bindgen_test]
fn renders_start_screen_in_the_attribute_language() {
    add_languages();
    let r = root();
    let _w = mount(&r, Some("nn"), None, None, None);
    let section = r.query_selector("section").unwrap().expect("widget region");
    assert_eq!(section.get_attribute("lang").as_deref(), Some("nn"));
    assert!(!heading(&r).is_empty());
    assert!(
        r.query_selector("button").unwrap().is_some(),
        "a start button"
    );
}

#[wasm_bindgen_test]
fn unknown_language_falls_back_to_page_language_then_nb() {
    add_languages();
    let r = root();
    let _w = mount(&r, Some("klingon"), Some("en-GB"), None, None);
    let section = r.query_selector("section").unwrap().unwrap();
    assert_eq!(section.get_attribute("lang").as_deref(), Some("en"));

    let r2 = root();
    let _w2 = mount(&r2, None, None, Some("banana"), Some("-5"));
    let section2 = r2.query_selector("section").unwrap().unwrap();
    assert_eq!(section2.get_attribute("lang").as_deref(), Some("nb"));
}

#[wasm_bindgen_test]
fn next_without_answer_shows_an_error_tied_to_the_question() {
    add_languages();
    let r = root();
    let _w = mount(&r, Some("en"), None, None, None);
    click_button(&r, "Start");
    let before = heading(&r);
    click_button(&r, "Next");
    assert_eq!(heading(&r), before, "stays on the question");
    let error = r.query_selector("#rs-error").unwrap().unwrap();
    assert!(!error.text_content().unwrap_or_default().trim().is_empty());
    let fieldset = r.query_selector("fieldset").unwrap().unwrap();
    assert!(fieldset
        .get_attribute("aria-describedby")
        .unwrap_or_default()
        .contains("rs-error"));
}

#[wasm_bindgen_test]
fn an_a_flag_stops_at_the_113_screen_and_focus_moves_to_its_heading() {
    add_languages();
    let r = root();
    let _w = mount(&r, Some("en"), None, None, None);
    click_button(&r, "Start");
    // The first location option, then the first (most serious) A statement.
    let first: HtmlInputElement = r
        .query_selector("input[type=radio]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    first.click();
    click_button(&r, "Next");
    let first: HtmlInputElement = r
        .query_selector("input[type=radio]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    first.click();
    click_button(&r, "Next");
    let link = r.query_selector("a[href='tel:113']").unwrap();
    assert!(link.is_some(), "a tel:113 link on the urgent screen");
    assert!(
        r.query_selector("form").unwrap().is_none(),
        "no more questions"
    );
    let active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .unwrap();
    assert_eq!(active.tag_name(), "H2");
}

#[wasm_bindgen_test]
fn language_change_keeps_answers() {
    add_languages();
    let r = root();
    let mut w = mount(&r, Some("nb"), None, None, None);
    click_button(&r, "Start");
    let radios = r.query_selector_all("input[type=radio]").unwrap();
    let third: HtmlInputElement = radios.item(2).unwrap().dyn_into().unwrap();
    third.click();
    w.set_attributes(attributes(Some("nn"), None, None, None));
    let section = r.query_selector("section").unwrap().unwrap();
    assert_eq!(section.get_attribute("lang").as_deref(), Some("nn"));
    let radios = r.query_selector_all("input[type=radio]").unwrap();
    let third: HtmlInputElement = radios.item(2).unwrap().dyn_into().unwrap();
    assert!(third.checked(), "the answer survives the language change");
}

fn third_radio(root: &Element) -> HtmlInputElement {
    let radios = root.query_selector_all("input[type=radio]").unwrap();
    radios.item(2).unwrap().dyn_into().unwrap()
}

fn is_kiosk(root: &Element) -> bool {
    let section = root.query_selector("section").unwrap().unwrap();
    section.has_attribute("data-kiosk")
}

#[wasm_bindgen_test]
fn mode_and_idle_seconds_changes_keep_answers() {
    let r = root();
    let mut w = mount(&r, Some("en"), None, None, None);
    click_button(&r, "Start");
    third_radio(&r).click();
    let question = heading(&r);

    w.set_attributes(attributes(Some("en"), None, Some("kiosk"), None));
    assert!(is_kiosk(&r), "kiosk layout after the change");
    assert_eq!(heading(&r), question, "still on the same question");
    assert!(third_radio(&r).checked(), "the answer survives kiosk mode");

    w.set_attributes(attributes(Some("en"), None, Some("kiosk"), Some("600")));
    assert!(
        third_radio(&r).checked(),
        "the answer survives a new idle limit"
    );
    w.set_attributes(attributes(Some("en"), None, None, Some("600")));
    assert!(!is_kiosk(&r), "embedded again");
    assert!(
        third_radio(&r).checked(),
        "the answer survives embedded mode"
    );
}
