//! The app loop: one component (create, update, changed, view, rendered, as
//! in Yew), rendered synchronously after each message whose `update` says
//! so. A message sent while the component is busy (from `update`, a render
//! or `rendered`) waits in the queue and runs right after: no re-entrant
//! borrow, so no panic.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

use web_sys::Element;

use super::html::{Callback, Html};
use super::patch::{clear_root, patch_root, Live};

pub trait Component: Sized + 'static {
    type Message: 'static;
    type Properties: 'static;
    fn create(ctx: &Context<Self>) -> Self;
    fn update(&mut self, ctx: &Context<Self>, msg: Self::Message) -> bool;
    fn changed(&mut self, ctx: &Context<Self>, old: &Self::Properties) -> bool;
    fn view(&self, ctx: &Context<Self>) -> Html;
    fn rendered(&mut self, ctx: &Context<Self>, first_render: bool);
}

pub struct Context<C: Component> {
    props: C::Properties,
    link: Scope<C>,
}

impl<C: Component> Context<C> {
    pub fn props(&self) -> &C::Properties {
        &self.props
    }

    pub fn link(&self) -> &Scope<C> {
        &self.link
    }
}

enum Job<C: Component> {
    Msg(C::Message),
    Props(C::Properties),
    Destroy,
}

struct Mounted<C: Component> {
    comp: C,
    ctx: Context<C>,
    root: Element,
    live: Live,
}

impl<C: Component> Mounted<C> {
    fn render(&mut self, first: bool) {
        let html = self.comp.view(&self.ctx);
        let old = std::mem::take(&mut self.live);
        self.live = patch_root(&self.root, old, html);
        self.comp.rendered(&self.ctx, first);
    }
}

struct Inner<C: Component> {
    app: RefCell<Option<Mounted<C>>>,
    // Borrowed only for one push or pop, never across a call: cannot be busy.
    queue: RefCell<VecDeque<Job<C>>>,
}

/// Sends messages to the app. Weak: the app's own callbacks and timer hold
/// one, and must not keep it alive after its widget is gone.
pub struct Scope<C: Component>(Weak<Inner<C>>);

impl<C: Component> Clone for Scope<C> {
    fn clone(&self) -> Self {
        Scope(self.0.clone())
    }
}

impl<C: Component> Scope<C> {
    pub fn send_message(&self, msg: C::Message) {
        if let Some(inner) = self.0.upgrade() {
            run(&inner, Some(Job::Msg(msg)));
        }
    }

    pub fn callback<T: 'static>(&self, f: impl Fn(T) -> C::Message + 'static) -> Callback<T> {
        let scope = self.clone();
        Callback::from(move |v| scope.send_message(f(v)))
    }
}

/// Queues `job` (if any) and, unless the app is busy, runs the queue.
fn run<C: Component>(inner: &Inner<C>, job: Option<Job<C>>) {
    if let (Some(job), Ok(mut q)) = (job, inner.queue.try_borrow_mut()) {
        q.push_back(job);
    }
    // Busy: the loop that holds the app runs this job when its turn comes.
    let Ok(mut app) = inner.app.try_borrow_mut() else {
        return;
    };
    loop {
        let job = match inner.queue.try_borrow_mut() {
            Ok(mut q) => q.pop_front(),
            Err(_) => None,
        };
        let Some(job) = job else { break };
        if let Job::Destroy = job {
            if let Some(m) = app.take() {
                clear_root(&m.root, m.live);
            }
            continue;
        }
        let Some(m) = app.as_mut() else { continue };
        let render = match job {
            Job::Msg(msg) => m.comp.update(&m.ctx, msg),
            Job::Props(props) => {
                let old = std::mem::replace(&mut m.ctx.props, props);
                m.comp.changed(&m.ctx, &old)
            }
            Job::Destroy => false,
        };
        if render {
            m.render(false);
        }
    }
}

/// The running app, owned by its `Widget`.
pub struct AppHandle<C: Component>(Rc<Inner<C>>);

impl<C: Component> AppHandle<C> {
    /// Creates the component and renders it into `root`.
    pub fn mount(root: Element, props: C::Properties) -> Self {
        let inner = Rc::new(Inner {
            app: RefCell::new(None),
            queue: RefCell::new(VecDeque::new()),
        });
        let ctx = Context {
            props,
            link: Scope(Rc::downgrade(&inner)),
        };
        let comp = C::create(&ctx);
        let mut m = Mounted {
            comp,
            ctx,
            root,
            live: Live::Empty,
        };
        // Messages sent during the first render wait for it, like any other.
        if let Ok(mut app) = inner.app.try_borrow_mut() {
            m.render(true);
            *app = Some(m);
        }
        run(&inner, None);
        AppHandle(inner)
    }

    pub fn send_message(&self, msg: C::Message) {
        run(&self.0, Some(Job::Msg(msg)));
    }

    pub fn update(&self, props: C::Properties) {
        run(&self.0, Some(Job::Props(props)));
    }

    /// Removes the app's nodes and listeners and drops the component (its timer with it).
    pub fn destroy(self) {
        run(&self.0, Some(Job::Destroy));
    }
}
