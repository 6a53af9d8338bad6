//! Brings the real DOM in line with a new `Html` tree. The previous tree is
//! kept as `Live`, with its real nodes. Children are matched by position
//! (nested lists keep their own positions, so an `if` that appears does not
//! shift its siblings); an element is patched for one with the same tag and
//! key and replaced otherwise. Siblings are patched last to first, so a new
//! node goes in before the first node of the siblings after it.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{AddEventListenerOptions, Document, Element, Event, HtmlInputElement, Node};

use super::diff::{diff_attrs, reuses, Attr};
use super::html::{Callback, ElData, Ev, Html, NodeRef, Str};

const SVG: &str = "http://www.w3.org/2000/svg";

/// A listener on a real element. Patches swap `handler`; the closure stays,
/// so a render adds no listener the browser has not seen.
struct Listener {
    ev: Ev,
    handler: Rc<RefCell<Callback<Event>>>,
    closure: Closure<dyn FnMut(Event)>,
}

pub struct LiveEl {
    node: Element,
    tag: &'static str,
    key: Option<Str>,
    svg: bool,
    attrs: Vec<Attr>,
    listeners: Vec<Listener>,
    node_ref: Option<NodeRef>,
    children: Vec<Live>,
}

/// What is on screen: the `Html` last rendered, with its real nodes.
#[derive(Default)]
pub enum Live {
    #[default]
    Empty,
    Text(Node, Str),
    El(Box<LiveEl>),
    List(Vec<Live>),
}

/// Renders `new` as the content of `root`, in place of `old`.
pub fn patch_root(root: &Element, old: Live, new: Html) -> Live {
    match root.owner_document() {
        Some(doc) => patch(&doc, root, old, new, None, false),
        None => old,
    }
}

/// Takes everything `live` put into `root` out again.
pub fn clear_root(root: &Element, live: Live) {
    remove(root, live, true);
}

fn patch(
    doc: &Document,
    parent: &Node,
    old: Live,
    new: Html,
    next: Option<&Node>,
    svg: bool,
) -> Live {
    match (old, new) {
        (Live::Text(node, old), Html::Text(text)) => {
            if old != text {
                node.set_node_value(Some(&text));
            }
            Live::Text(node, text)
        }
        (Live::El(mut o), Html::El(n)) if reuses((o.tag, o.key.as_deref()), n.kind()) => {
            update(doc, &mut o, n.into_data());
            Live::El(o)
        }
        (Live::List(o), Html::List(n)) => Live::List(patch_list(doc, parent, o, n, next, svg)),
        (Live::Empty, Html::Empty) => Live::Empty,
        (old, new) => {
            remove(parent, old, true);
            create(doc, parent, new, next, svg)
        }
    }
}

fn patch_list(
    doc: &Document,
    parent: &Node,
    mut old: Vec<Live>,
    mut new: Vec<Html>,
    next: Option<&Node>,
    svg: bool,
) -> Vec<Live> {
    while old.len() > new.len() {
        if let Some(gone) = old.pop() {
            remove(parent, gone, true);
        }
    }
    let mut next = next.cloned();
    // From the back (each item goes before the next one's first node), each
    // into its slot: `reverse` afterwards, or a reversed `zip`, brought
    // bounds-check panics (and with them number formatting) or 0.5 KB.
    let mut out = Vec::with_capacity(new.len());
    out.resize_with(new.len(), || Live::Empty);
    for slot in out.iter_mut().rev() {
        let Some(n) = new.pop() else { break };
        // The old item at this position, if the old list reached it.
        let o = if old.len() > new.len() {
            old.pop()
        } else {
            None
        };
        let live = match o {
            Some(o) => patch(doc, parent, o, n, next.as_ref(), svg),
            None => create(doc, parent, n, next.as_ref(), svg),
        };
        if let Some(first) = first_node(&live) {
            next = Some(first);
        }
        *slot = live;
    }
    out
}

fn first_node(live: &Live) -> Option<Node> {
    match live {
        Live::Empty => None,
        Live::Text(node, _) => Some(node.clone()),
        Live::El(e) => Some(e.node.clone().into()),
        Live::List(items) => items.iter().find_map(first_node),
    }
}

fn create(doc: &Document, parent: &Node, new: Html, next: Option<&Node>, svg: bool) -> Live {
    let live = match new {
        Html::Empty => return Live::Empty,
        Html::List(items) => {
            return Live::List(
                items
                    .into_iter()
                    .map(|h| create(doc, parent, h, next, svg))
                    .collect(),
            )
        }
        Html::Text(text) => Live::Text(doc.create_text_node(&text).into(), text),
        Html::El(n) => match create_el(doc, n.into_data(), svg) {
            Some(e) => Live::El(Box::new(e)),
            None => return Live::Empty,
        },
    };
    if let Some(node) = first_node(&live) {
        let _ = parent.insert_before(&node, next);
    }
    live
}

fn create_el(doc: &Document, mut n: ElData, svg: bool) -> Option<LiveEl> {
    let svg = svg || n.tag == "svg";
    let node = if svg {
        doc.create_element_ns(Some(SVG), n.tag).ok()?
    } else {
        doc.create_element(n.tag).ok()?
    };
    let mut live = LiveEl {
        node,
        tag: n.tag,
        key: n.key.take(),
        svg,
        attrs: Vec::new(),
        listeners: Vec::new(),
        node_ref: None,
        children: Vec::new(),
    };
    let children = std::mem::take(&mut n.children);
    update(doc, &mut live, n);
    // Children into the detached element: one insertion into the page.
    live.children = children
        .into_iter()
        .map(|h| create(doc, &live.node, h, None, svg))
        .collect();
    Some(live)
}

/// Attributes, property, listeners, ref and children of a kept element.
fn update(doc: &Document, o: &mut LiveEl, n: ElData) {
    let node = &o.node;
    diff_attrs(&o.attrs, &n.attrs, |name, value| {
        let _ = match value {
            Some(v) => node.set_attribute(name, v),
            None => node.remove_attribute(name),
        };
    });
    o.attrs = n.attrs;
    // Every render, not only on change: the browser moves `checked` itself
    // when the patient taps, and the state is what must show.
    if let Some(checked) = n.checked {
        node.unchecked_ref::<HtmlInputElement>()
            .set_checked(checked);
    }
    let mut old = std::mem::take(&mut o.listeners);
    for (ev, cb) in n.listeners {
        match old.iter().position(|l| l.ev == ev) {
            Some(i) => {
                let l = old.swap_remove(i);
                if let Ok(mut h) = l.handler.try_borrow_mut() {
                    *h = cb;
                }
                o.listeners.push(l);
            }
            None => o.listeners.push(listen(node, ev, cb)),
        }
    }
    for l in old {
        unlisten(node, l);
    }
    if let Some(r) = o.node_ref.take() {
        r.clear(node);
    }
    if let Some(r) = &n.node_ref {
        r.set(Some(node.clone()));
    }
    o.node_ref = n.node_ref;
    let old_children = std::mem::take(&mut o.children);
    o.children = patch_list(doc, node, old_children, n.children, None, o.svg);
}

fn listen(node: &Element, ev: Ev, cb: Callback<Event>) -> Listener {
    let handler = Rc::new(RefCell::new(cb));
    let h = handler.clone();
    let closure = Closure::<dyn FnMut(Event)>::new(move |e: Event| {
        // Cloned out first: the handler may render, and the render swaps it.
        let cb = h.try_borrow().ok().map(|cb| cb.clone());
        if let Some(cb) = cb {
            cb.emit(e);
        }
    });
    let f = closure.as_ref().unchecked_ref();
    // Passive, as Yew had it: a touch listener on the whole widget must not
    // hold up scrolling on a phone (the handler never cancels the touch).
    let _ = if ev == Ev::TouchStart {
        let options = AddEventListenerOptions::new();
        options.set_passive(true);
        node.add_event_listener_with_callback_and_add_event_listener_options(ev.name(), f, &options)
    } else {
        node.add_event_listener_with_callback(ev.name(), f)
    };
    Listener {
        ev,
        handler,
        closure,
    }
}

fn unlisten(node: &Element, l: Listener) {
    let _ =
        node.remove_event_listener_with_callback(l.ev.name(), l.closure.as_ref().unchecked_ref());
}

/// Releases the listeners and refs of `live`; `detach`: also takes its
/// nodes out of `parent` (only the top of a removed subtree needs that).
fn remove(parent: &Node, live: Live, detach: bool) {
    match live {
        Live::Empty => {}
        Live::Text(node, _) => {
            if detach {
                let _ = parent.remove_child(&node);
            }
        }
        Live::List(items) => {
            for item in items {
                remove(parent, item, detach);
            }
        }
        Live::El(e) => {
            let LiveEl {
                node,
                listeners,
                node_ref,
                children,
                ..
            } = *e;
            for l in listeners {
                unlisten(&node, l);
            }
            if let Some(r) = node_ref {
                r.clear(&node);
            }
            for c in children {
                remove(&node, c, false);
            }
            if detach {
                let _ = parent.remove_child(&node);
            }
        }
    }
}
