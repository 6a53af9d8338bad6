//! The content version cannot be forgotten: a digest of what the patient can
//! see — the outcome of every combination of answers (headline, sections,
//! their blocks and message ids; walked once, in `pass`) and the parsed
//! patient messages of every language — must equal `CONTENT_DIGEST`, recorded
//! next to `CONTENT_VERSION` in `core/src/assessment/sources.rs`.
//!
//! Print the digest: `cargo test --test exhaustive content_digest -- --nocapture`.

use std::sync::OnceLock;

use crate::pass::{pass, Seen};
use ryggsjekk::assessment::result::Block;
use ryggsjekk::assessment::*;
use ryggsjekk::i18n::{parts, Arg, Lang, Msg, Part};

/// FNV-1a, 64 bits: the same value on every machine and Rust version
/// (unlike `std::hash`).
#[derive(Clone, Copy)]
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    fn bytes(&mut self, b: &[u8]) {
        for &x in b {
            self.0 ^= u64::from(x);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
        self.bytes(&[0xff]);
    }
    fn num(&mut self, n: usize) {
        self.bytes(&(n as u32).to_le_bytes());
    }
}

/// Message ids ranked alphabetically: moving a message inside a file does
/// not change the digest, renaming or adding one does.
fn ranks() -> Vec<usize> {
    let mut ids: Vec<(&str, usize)> = Msg::ALL.iter().map(|m| (m.id(), *m as usize)).collect();
    ids.sort_unstable();
    let mut rank = vec![0; ids.len()];
    for (r, (_, i)) in ids.into_iter().enumerate() {
        rank[i] = r;
    }
    rank
}

fn hash_view(h: &mut Fnv, view: &ResultView, rank: &[usize]) {
    let m = |h: &mut Fnv, msg: Msg| h.num(rank[msg as usize]);
    m(h, view.headline_text);
    h.num(view.urgent.map_or(0, |g| g as usize + 1));
    for s in &view.sections {
        h.str(s.name.slug());
        h.num(s.heading.map_or(usize::MAX, |x| rank[x as usize]));
        for b in &s.blocks {
            match b {
                Block::Para(x) => {
                    h.num(1);
                    m(h, *x);
                }
                Block::ParaWith(text) => {
                    h.num(2);
                    m(h, text.msg());
                    for arg in text.args() {
                        match *arg {
                            Arg::Str(value) => h.str(value),
                            Arg::Num(n) => h.str(&n.to_string()),
                        }
                    }
                }
                Block::KioskOnly(x) => {
                    h.num(3);
                    m(h, *x);
                }
                Block::Bullets(xs) => {
                    h.num(4);
                    xs.iter().for_each(|x| m(h, *x));
                }
                Block::Answers(qa) => {
                    h.num(5);
                    for (q, a) in qa {
                        m(h, *q);
                        m(h, *a);
                    }
                }
                Block::Options(os) => {
                    h.num(6);
                    for (x, sources) in os {
                        m(h, *x);
                        sources.iter().for_each(|s| h.num(s.number()));
                    }
                }
                Block::Subheading(x) => {
                    h.num(7);
                    m(h, *x);
                }
                Block::Phone(p) => {
                    h.num(8);
                    h.str(p.number);
                    h.str(p.tel);
                    m(h, p.label);
                }
                Block::Say {
                    location_key,
                    statement,
                } => {
                    h.num(9);
                    h.str(location_key);
                    m(h, *statement);
                }
                Block::Citations(list) => {
                    h.num(10);
                    for s in *list {
                        h.num(s.number());
                        h.str(s.citation());
                    }
                }
            }
        }
    }
}

fn hash_parts(h: &mut Fnv, parts: &[Part]) {
    for p in parts {
        match p {
            Part::Text(t) => h.str(t),
            Part::Var(v) => {
                h.num(1);
                h.str(v.name());
            }
            Part::Select {
                var,
                variants,
                default,
            } => {
                h.num(2);
                h.str(var.name());
                h.num(*default);
                for (key, v) in *variants {
                    h.str(key);
                    hash_parts(h, v);
                }
            }
        }
    }
}

fn rank() -> &'static [usize] {
    static RANK: OnceLock<Vec<usize>> = OnceLock::new();
    RANK.get_or_init(ranks)
}

/// The views' hash, one per job, in job order (the walk's order within a job).
#[derive(Default)]
pub struct Outcomes {
    job: Option<Fnv>,
    jobs: Vec<u64>,
}

impl Outcomes {
    pub fn visit(&mut self, s: &Seen) {
        hash_view(self.job.get_or_insert_with(Fnv::new), s.view, rank());
    }

    pub fn end_job(&mut self) {
        self.jobs.push(self.job.take().unwrap_or_else(Fnv::new).0);
    }

    pub fn merge(&mut self, later: Outcomes) {
        self.jobs.extend(later.jobs);
    }
}

fn digest() -> String {
    let r = pass();
    r.no_outcome.assert_none("complete answers give an outcome");
    let mut h = Fnv::new();
    r.digest.jobs.iter().for_each(|o| h.bytes(&o.to_le_bytes()));
    let mut texts = Fnv::new();
    for lang in Lang::ALL {
        let mut main: Vec<Msg> = Msg::ALL
            .iter()
            .copied()
            .filter(|m| m.file() == "main")
            .collect();
        main.sort_by_key(|m| m.id());
        for msg in main {
            texts.str(lang.code());
            texts.str(msg.id());
            hash_parts(&mut texts, parts(lang, msg));
        }
    }
    format!("{:016x}-{:016x}", h.0, texts.0)
}

#[test]
fn content_digest_matches_the_content_version() {
    let d = digest();
    eprintln!("content digest for {CONTENT_VERSION}: {d}");
    assert!(
        d == CONTENT_DIGEST,
        "\nWhat the patient sees has changed, but CONTENT_DIGEST still names the old content.\n\
         computed: {d}\nrecorded: {CONTENT_DIGEST} (CONTENT_VERSION {CONTENT_VERSION})\n\n\
         If the change is intended:\n\
         1. bump CONTENT_VERSION in core/src/assessment/sources.rs (clinics pin dist/v/<version>/),\n\
         2. set CONTENT_DIGEST there to the computed value above\n   \
            (print it again with: cargo test --test exhaustive content_digest -- --nocapture),\n\
         3. regenerate the review documents: cargo xtask review --write,\n\
         4. add the change to docs/upgrade-notes.md.\n"
    );
}

#[test]
fn the_digest_sees_a_changed_outcome_and_a_changed_text() {
    let rank = ranks();
    let a = crate::helpers::calm(Location::LowerBack);
    let of = |v: &ResultView| {
        let mut h = Fnv::new();
        hash_view(&mut h, v, &rank);
        h.0
    };
    let view = result_view(&advise(&a).expect("complete"), &a);
    let mut other = view.clone();
    other.sections.swap(1, 2);
    assert_ne!(of(&view), of(&other), "section order counts");
    let mut other = view.clone();
    other.headline_text = Msg::HeadlineKeepGoing;
    assert_ne!(of(&view), of(&other), "the headline counts");
    let text = |t: &'static str| {
        let mut h = Fnv::new();
        hash_parts(&mut h, &[Part::Text(t)]);
        h.0
    };
    assert_ne!(text("Ring 113 nå."), text("Ring 113 nå!"));
}
