//! The tree the views build: elements, texts, lists; and the callbacks and
//! node references they carry.

use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, Event};

use super::diff::Attr;

/// A text or attribute value: the static texts (`t()`) need no allocation.
pub type Str = Cow<'static, str>;

/// A handler that views hand around: cloning it clones an `Rc`.
pub struct Callback<T>(Rc<dyn Fn(T)>);

impl<T> Clone for Callback<T> {
    fn clone(&self) -> Self {
        Callback(self.0.clone())
    }
}

impl<T> Callback<T> {
    pub fn emit(&self, value: T) {
        (self.0)(value)
    }
}

impl<T, F: Fn(T) + 'static> From<F> for Callback<T> {
    fn from(f: F) -> Self {
        Callback(Rc::new(f))
    }
}

/// The real element rendered for a view node, once it is in the DOM.
#[derive(Clone, Default)]
pub struct NodeRef(Rc<RefCell<Option<Element>>>);

impl NodeRef {
    pub fn cast<T: JsCast>(&self) -> Option<T> {
        let node = self.0.try_borrow().ok()?.clone()?;
        node.dyn_into().ok()
    }

    pub(super) fn set(&self, node: Option<Element>) {
        if let Ok(mut slot) = self.0.try_borrow_mut() {
            *slot = node;
        }
    }

    /// Forgets `node` only: the same ref may already point at its successor.
    pub(super) fn clear(&self, node: &Element) {
        if let Ok(mut slot) = self.0.try_borrow_mut() {
            if slot.as_ref() == Some(node) {
                *slot = None;
            }
        }
    }
}

/// The events the widget listens for.
#[derive(Clone, Copy, PartialEq)]
pub enum Ev {
    Click,
    Change,
    Submit,
    Input,
    KeyDown,
    PointerDown,
    TouchStart,
    ContextMenu,
}

impl Ev {
    pub(super) fn name(self) -> &'static str {
        match self {
            Ev::Click => "click",
            Ev::Change => "change",
            Ev::Submit => "submit",
            Ev::Input => "input",
            Ev::KeyDown => "keydown",
            Ev::PointerDown => "pointerdown",
            Ev::TouchStart => "touchstart",
            Ev::ContextMenu => "contextmenu",
        }
    }
}

#[derive(Default)]
pub enum Html {
    #[default]
    /// Nothing, holding its place among its siblings (an `if` that is false).
    Empty,
    Text(Str),
    El(El),
    /// Several siblings in one place (a fragment, a `for`).
    List(Vec<Html>),
}

/// An element under construction. Boxed: each builder call moves a pointer,
/// not the whole struct (1 KB gzip of wasm over the views).
pub struct El(Box<ElData>);

pub struct ElData {
    pub(super) tag: &'static str,
    pub(super) key: Option<Str>,
    pub(super) attrs: Vec<Attr>,
    /// The `checked` property of a radio button (not the attribute: the
    /// attribute is only the default).
    pub(super) checked: Option<bool>,
    pub(super) listeners: Vec<(Ev, Callback<Event>)>,
    pub(super) node_ref: Option<NodeRef>,
    pub(super) children: Vec<Html>,
}

pub fn el(tag: &'static str) -> El {
    El(Box::new(ElData {
        tag,
        key: None,
        attrs: Vec::new(),
        checked: None,
        listeners: Vec::new(),
        node_ref: None,
        children: Vec::new(),
    }))
}

// The generic builder methods are one-line shims into the out-of-line ones:
// a copy per call site of anything bigger would cost wasm bytes.
impl El {
    pub(super) fn into_data(self) -> ElData {
        *self.0
    }

    /// Tag and key: what decides whether a live element is kept for this one.
    pub(super) fn kind(&self) -> (&'static str, Option<&str>) {
        (self.0.tag, self.0.key.as_deref())
    }

    #[inline(never)]
    fn push_attr(mut self, name: &'static str, value: Str) -> Self {
        self.0.attrs.push((name, value));
        self
    }

    pub fn attr(self, name: &'static str, value: impl Into<Str>) -> Self {
        self.push_attr(name, value.into())
    }

    pub fn attr_opt(self, name: &'static str, value: Option<impl Into<Str>>) -> Self {
        match value {
            Some(v) => self.push_attr(name, v.into()),
            None => self,
        }
    }

    pub fn class(self, class: &'static str) -> Self {
        self.push_attr("class", Cow::Borrowed(class))
    }

    pub fn key(mut self, key: impl Into<Str>) -> Self {
        self.0.key = Some(key.into());
        self
    }

    pub fn checked(mut self, checked: bool) -> Self {
        self.0.checked = Some(checked);
        self
    }

    pub fn node_ref(mut self, r: &NodeRef) -> Self {
        self.0.node_ref = Some(r.clone());
        self
    }

    #[inline(never)]
    fn push_listener(mut self, ev: Ev, cb: Callback<Event>) -> Self {
        self.0.listeners.push((ev, cb));
        self
    }

    pub fn on(self, ev: Ev, cb: impl Into<Callback<Event>>) -> Self {
        self.push_listener(ev, cb.into())
    }

    pub fn on_opt(self, ev: Ev, cb: Option<Callback<Event>>) -> Self {
        match cb {
            Some(cb) => self.push_listener(ev, cb),
            None => self,
        }
    }

    #[inline(never)]
    fn push_child(mut self, child: Html) -> Self {
        self.0.children.push(child);
        self
    }

    pub fn child(self, child: impl Into<Html>) -> Self {
        self.push_child(child.into())
    }

    /// The items as one list in one place, like a `for` in Yew's `html!`.
    pub fn children<H: Into<Html>>(self, items: impl IntoIterator<Item = H>) -> Self {
        self.push_child(Html::list(items))
    }
}

impl Html {
    /// A plain loop with an out-of-line push, not `collect()`: the per-call-site
    /// copies of `from_iter`/`fold` were the largest generic code in the wasm.
    pub fn list<H: Into<Html>>(items: impl IntoIterator<Item = H>) -> Html {
        let mut list = Vec::new();
        for item in items {
            push(&mut list, item.into());
        }
        Html::List(list)
    }
}

#[inline(never)]
fn push(list: &mut Vec<Html>, item: Html) {
    list.push(item);
}

impl From<El> for Html {
    fn from(e: El) -> Self {
        Html::El(e)
    }
}

impl From<&'static str> for Html {
    fn from(s: &'static str) -> Self {
        Html::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Html {
    fn from(s: String) -> Self {
        Html::Text(Cow::Owned(s))
    }
}

impl From<Str> for Html {
    fn from(s: Str) -> Self {
        Html::Text(s)
    }
}

impl<H: Into<Html>> From<Option<H>> for Html {
    fn from(h: Option<H>) -> Self {
        h.map_or(Html::Empty, Into::into)
    }
}
