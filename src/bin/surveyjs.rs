//! Generates `bench/surveyjs.json`: the same questionnaire as the widget —
//! the same questions, options, order and branching, the result headlines —
//! as a SurveyJS survey in bokmål, for the side-by-side benchmark
//! (`scripts/bench`). Everything comes from the core (`ryggsjekk::assessment`)
//! and the texts (`ryggsjekk::i18n`), so the two cannot drift apart.
//!
//! ```text
//! cargo run --bin surveyjs -- --write   # write bench/surveyjs.json
//! cargo run --bin surveyjs -- --check   # exit 1 if the file is out of date
//! cargo run --bin surveyjs              # print the JSON
//! ```
//!
//! Branching: an A or B red flag ends the survey at once (the later pages are
//! only visible while every earlier A/B answer is «none of these»), and the
//! completed page shows the headline the core's `advise` gives. Before writing,
//! the generator checks its headline conditions against `advise` over every
//! combination of answers that decides the headline, and refuses to write a
//! survey that disagrees with the widget.

use std::path::PathBuf;

use ryggsjekk::assessment::rules::{not_back, referral};
use ryggsjekk::assessment::*;
use ryggsjekk::i18n::{text, Lang, Msg};

/// The command that regenerates the file.
pub const REGENERATE: &str = "cargo run --bin surveyjs -- --write";
const LANG: Lang = Lang::Nb;

pub fn path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("bench/surveyjs.json")
}

#[allow(dead_code)]
fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("--write") => {
            let p = path();
            let json = render();
            if std::fs::read_to_string(&p).ok().as_deref() != Some(json.as_str()) {
                std::fs::write(&p, json).unwrap_or_else(|e| panic!("write {}: {e}", p.display()));
                println!("wrote {}", p.display());
            } else {
                println!("{} is up to date", p.display());
            }
        }
        Some("--check") => {
            if std::fs::read_to_string(path()).ok().as_deref() != Some(render().as_str()) {
                eprintln!(
                    "out of date: {}\nregenerate with: {REGENERATE}",
                    path().display()
                );
                std::process::exit(1);
            }
        }
        None => print!("{}", render()),
        Some(other) => {
            eprintln!("unknown argument {other:?}; use --write, --check or nothing");
            std::process::exit(2);
        }
    }
}

// ------------------------------------------------------------------ JSON

/// A tiny JSON value: enough for a survey definition, no serde.
enum J {
    S(String),
    B(bool),
    A(Vec<J>),
    O(Vec<(&'static str, J)>),
}

fn s(v: impl Into<String>) -> J {
    J::S(v.into())
}

fn write_json(v: &J, indent: usize, out: &mut String) {
    let pad = |n: usize, out: &mut String| out.extend(std::iter::repeat_n(' ', n));
    match v {
        J::S(t) => {
            out.push('"');
            for c in t.chars() {
                match c {
                    '"' => out.push_str("\\\""),
                    '\\' => out.push_str("\\\\"),
                    '\n' => out.push_str("\\n"),
                    c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                    c => out.push(c),
                }
            }
            out.push('"');
        }
        J::B(b) => out.push_str(if *b { "true" } else { "false" }),
        J::A(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                pad(indent + 2, out);
                write_json(item, indent + 2, out);
            }
            if !items.is_empty() {
                out.push('\n');
                pad(indent, out);
            }
            out.push(']');
        }
        J::O(fields) => {
            out.push('{');
            for (i, (k, item)) in fields.iter().enumerate() {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                pad(indent + 2, out);
                out.push_str(&format!("\"{k}\": "));
                write_json(item, indent + 2, out);
            }
            if !fields.is_empty() {
                out.push('\n');
                pad(indent, out);
            }
            out.push('}');
        }
    }
}

fn html_escape(t: &str) -> String {
    t.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

// ------------------------------------------------------------ the survey

/// The SurveyJS question name of a screen. Exhaustive: a new screen in the
/// core fails to compile here until it has a name.
fn name(q: Question) -> &'static str {
    match q {
        Question::Location => "location",
        Question::RedFlags(RedFlagGroup::A) => "flags-a",
        Question::RedFlags(RedFlagGroup::B) => "flags-b",
        Question::RedFlags(RedFlagGroup::C) => "flags-c",
        Question::Radiating => "radiating",
        Question::Duration => "duration",
        Question::Activity => "activity",
        Question::Work => "work",
        Question::Thoughts => "thoughts",
    }
}

/// An option's value: the id of its text (unique within a question).
fn value(v: AnswerValue) -> &'static str {
    v.label().id()
}

fn list(values: impl IntoIterator<Item = &'static str>) -> String {
    let quoted: Vec<String> = values.into_iter().map(|v| format!("'{v}'")).collect();
    format!("[{}]", quoted.join(", "))
}

fn none_value(g: RedFlagGroup) -> &'static str {
    value(AnswerValue::Flags(g, FlagAnswer::NoneOfThese))
}

/// «A flag of group g was picked», on its screen or (B and C) as the
/// radiating-pain option that counts as a sign of that group.
fn flag_picked(g: RedFlagGroup) -> String {
    let q = name(Question::RedFlags(g));
    let on_screen = format!("{{{q}}} notempty and {{{q}}} <> '{}'", none_value(g));
    match radiating_sign(g) {
        Some(r) => format!(
            "({on_screen}) or {{{}}} = '{}'",
            name(Question::Radiating),
            value(AnswerValue::Radiating(r))
        ),
        None => on_screen,
    }
}

/// The radiating-pain option that counts as a sign of group g, if any.
fn radiating_sign(g: RedFlagGroup) -> Option<Radiating> {
    Radiating::ALL.into_iter().find(|r| r.sign() == Some(g))
}

fn sign_picked(a: &Answers, g: RedFlagGroup) -> bool {
    a.flag(g).is_some() || (radiating_sign(g).is_some() && a.radiating == radiating_sign(g))
}

/// The sets the headline conditions are written with, taken from the core.
struct Sets {
    referral_durations: Vec<Duration>,
    short_durations: Vec<Duration>,
    not_back_activities: Vec<Activity>,
    not_back_work: Vec<Work>,
}

fn sets() -> Sets {
    Sets {
        referral_durations: Duration::ALL
            .into_iter()
            .filter(|&d| referral(d, true).is_some())
            .collect(),
        short_durations: Duration::ALL
            .into_iter()
            .filter(|d| !d.four_weeks_or_more())
            .collect(),
        not_back_activities: Activity::ALL
            .into_iter()
            .filter(|&a| not_back(a, Work::Working))
            .collect(),
        not_back_work: Work::ALL
            .into_iter()
            .filter(|&w| not_back(Activity::AsBefore, w))
            .collect(),
    }
}

/// The headlines in the order SurveyJS tries them (the first condition that
/// holds wins), each with its condition as a SurveyJS expression and as Rust
/// (for the check against `advise`). `None` = the default (`completedHtml`).
fn headline_rules(x: &Sets) -> Vec<(Headline, Option<String>, Box<dyn Fn(&Answers) -> bool + '_>)> {
    let dur = |v: &[Duration]| list(v.iter().map(|&d| value(AnswerValue::Duration(d))));
    vec![
        (
            Headline::Call113,
            Some(flag_picked(RedFlagGroup::A)),
            Box::new(|a: &Answers| a.flag(RedFlagGroup::A).is_some()),
        ),
        (
            Headline::LegevaktToday,
            Some(flag_picked(RedFlagGroup::B)),
            Box::new(|a: &Answers| sign_picked(a, RedFlagGroup::B)),
        ),
        (
            Headline::SeeGpWithinDays,
            Some(flag_picked(RedFlagGroup::C)),
            Box::new(|a: &Answers| sign_picked(a, RedFlagGroup::C)),
        ),
        (
            Headline::TalkToGpAboutReferral,
            Some(format!(
                "{{duration}} anyof {} and ({{activity}} anyof {} or {{work}} anyof {})",
                dur(&x.referral_durations),
                list(
                    x.not_back_activities
                        .iter()
                        .map(|&v| value(AnswerValue::Activity(v)))
                ),
                list(x.not_back_work.iter().map(|&v| value(AnswerValue::Work(v)))),
            )),
            Box::new(|a: &Answers| {
                a.duration
                    .is_some_and(|d| x.referral_durations.contains(&d))
                    && (a
                        .activity
                        .is_some_and(|v| x.not_back_activities.contains(&v))
                        || a.work.is_some_and(|w| x.not_back_work.contains(&w)))
            }),
        ),
        (
            Headline::StayActive,
            Some(format!("{{duration}} anyof {}", dur(&x.short_durations))),
            Box::new(|a: &Answers| a.duration.is_some_and(|d| x.short_durations.contains(&d))),
        ),
        (Headline::KeepGoing, None, Box::new(|_: &Answers| true)),
    ]
}

/// Every answer set that reaches an outcome and differs in what decides the
/// headline (thoughts and radiating pain never change it; one of each is enough).
fn deciding_answers() -> Vec<Answers> {
    let mut out = Vec::new();
    for location in Location::ALL {
        let base = Answers {
            location: Some(location),
            ..Answers::default()
        };
        for g in [RedFlagGroup::A, RedFlagGroup::B] {
            for f in g.flags(location) {
                let mut a = base.clone();
                for earlier in RedFlagGroup::ALL.into_iter().take_while(|&e| e != g) {
                    *a.flags_mut(earlier) = Some(FlagAnswer::NoneOfThese);
                }
                *a.flags_mut(g) = Some(FlagAnswer::Flag(f));
                out.push(a);
            }
        }
        let c_answers = std::iter::once(FlagAnswer::NoneOfThese)
            .chain(RedFlagGroup::C.flags(location).map(FlagAnswer::Flag));
        for c in c_answers {
            for radiating in Radiating::ALL {
                for duration in Duration::ALL {
                    for activity in Activity::ALL {
                        for work in Work::ALL {
                            out.push(Answers {
                                location: Some(location),
                                flags_a: Some(FlagAnswer::NoneOfThese),
                                flags_b: Some(FlagAnswer::NoneOfThese),
                                flags_c: Some(c),
                                radiating: Some(radiating),
                                duration: Some(duration),
                                activity: Some(activity),
                                work: Some(work),
                                ..Answers::default()
                            });
                        }
                    }
                }
            }
        }
    }
    out
}

/// Checks the SurveyJS headline conditions against the core over every
/// deciding combination of answers; returns each headline's text (from
/// `result_view`, as the widget shows it).
fn checked_headline_texts(x: &Sets) -> Vec<(Headline, Msg)> {
    let rules = headline_rules(x);
    let mut texts: Vec<(Headline, Msg)> = Vec::new();
    for a in deciding_answers() {
        let outcome = advise(&a).expect("complete answers give an outcome");
        let core = outcome.headline();
        let ours = rules
            .iter()
            .find(|r| (r.2)(&a))
            .map(|r| r.0)
            .expect("the last rule always holds");
        assert_eq!(
            ours, core,
            "the SurveyJS headline conditions disagree with advise() for {a:?}"
        );
        let msg = result_view(&outcome, &a).headline_text;
        match texts.iter().find(|t| t.0 == core) {
            Some(t) => assert_eq!(t.1, msg, "{core:?} has two headline texts"),
            None => texts.push((core, msg)),
        }
    }
    for (h, ..) in &rules {
        assert!(
            texts.iter().any(|t| t.0 == *h),
            "{h:?} is never reached: remove or fix its condition"
        );
    }
    texts
}

fn headline_html(msg: Msg) -> String {
    format!(
        "<h2 class=\"rs-bench-headline\">{}</h2>",
        html_escape(&text(LANG, msg))
    )
}

fn question_json(q: Question) -> J {
    let mut f: Vec<(&'static str, J)> =
        vec![("name", s(name(q))), ("title", s(text(LANG, q.title())))];
    if let Some(h) = q.hint() {
        f.push(("description", s(text(LANG, h))));
    }
    if q == Question::Thoughts {
        f.insert(0, ("type", s("matrix")));
        f.push(("isRequired", J::B(!q.optional())));
        f.push((
            "columns",
            J::A(
                Agreement::ALL
                    .into_iter()
                    .map(|ag| {
                        J::O(vec![
                            ("value", s(ag.label().id())),
                            ("text", s(text(LANG, ag.label()))),
                        ])
                    })
                    .collect(),
            ),
        ));
        f.push((
            "rows",
            J::A(
                Thought::ALL
                    .into_iter()
                    .map(|t| {
                        J::O(vec![
                            ("value", s(t.label().id())),
                            ("text", s(text(LANG, t.label()))),
                        ])
                    })
                    .collect(),
            ),
        ));
        return J::O(f);
    }
    f.insert(0, ("type", s("radiogroup")));
    f.push(("isRequired", J::B(!q.optional())));
    f.push(("requiredErrorText", s(text(LANG, Msg::ErrorChooseOne))));
    // Every option that any location shows; those that only some locations
    // show are visible only then (the neck statements).
    let all = q.options(Some(Location::Several));
    let choices = all
        .into_iter()
        .map(|v| {
            let mut c = vec![("value", s(value(v))), ("text", s(text(LANG, v.label())))];
            let shown_for: Vec<Location> = Location::ALL
                .into_iter()
                .filter(|&l| q.options(Some(l)).contains(&v))
                .collect();
            if shown_for.len() < Location::ALL.len() {
                let locs = list(shown_for.iter().map(|&l| value(AnswerValue::Location(l))));
                c.push(("visibleIf", s(format!("{{location}} anyof {locs}"))));
            }
            J::O(c)
        })
        .collect();
    f.push(("choices", J::A(choices)));
    J::O(f)
}

/// The whole survey definition, pretty-printed, ending in a newline.
pub fn render() -> String {
    let x = sets();
    let texts = checked_headline_texts(&x);
    let text_of = |h: Headline| {
        texts
            .iter()
            .find(|t| t.0 == h)
            .map(|t| t.1)
            .expect("checked")
    };

    let mut pages = Vec::new();
    for q in Question::ORDER {
        let mut page = vec![
            ("name", s(format!("page-{}", name(q)))),
            ("elements", J::A(vec![question_json(q)])),
        ];
        // A and B stop the questionnaire: later screens only while they are «none»
        // (and the radiating-pain answer is not the B sign).
        let stops: Vec<String> = Question::ORDER[..q.position()]
            .iter()
            .filter_map(|&p| match p {
                Question::RedFlags(g) if g.stops() => {
                    Some(format!("{{{}}} = '{}'", name(p), none_value(g)))
                }
                Question::Radiating => radiating_sign(RedFlagGroup::B)
                    .map(|r| format!("{{{}}} <> '{}'", name(p), value(AnswerValue::Radiating(r)))),
                _ => None,
            })
            .collect();
        if !stops.is_empty() {
            page.push(("visibleIf", s(stops.join(" and "))));
        }
        pages.push(J::O(page));
    }

    let mut on_condition = Vec::new();
    let mut default = None;
    for (h, cond, _) in headline_rules(&x) {
        match cond {
            Some(c) => on_condition.push(J::O(vec![
                ("expression", s(c)),
                ("html", s(headline_html(text_of(h)))),
            ])),
            None => default = Some(headline_html(text_of(h))),
        }
    }

    let survey = J::O(vec![
        (
            "//",
            s(format!(
                "Generated by `{REGENERATE}` from the widget's core and texts. Do not edit."
            )),
        ),
        // SurveyJS's own Norwegian strings («Side 1 av 9»); our texts override the buttons.
        ("locale", s("no")),
        ("title", s(text(LANG, Msg::AppName))),
        ("showQuestionNumbers", s("off")),
        ("showProgressBar", s("top")),
        ("pagePrevText", s(text(LANG, Msg::NavBack))),
        ("pageNextText", s(text(LANG, Msg::NavNext))),
        ("completeText", s(text(LANG, Msg::NavSeeResult))),
        ("pages", J::A(pages)),
        ("completedHtmlOnCondition", J::A(on_condition)),
        ("completedHtml", s(default.expect("a default headline"))),
    ]);
    let mut out = String::new();
    write_json(&survey, 0, &mut out);
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_conditions_agree_with_the_core() {
        let texts = checked_headline_texts(&sets());
        assert_eq!(texts.len(), 6);
    }

    #[test]
    fn every_question_and_option_is_in_the_survey() {
        let json = render();
        for q in Question::ORDER {
            assert!(json.contains(&format!("\"name\": \"{}\"", name(q))));
            for v in q.options(Some(Location::Several)) {
                assert!(
                    json.contains(&format!("\"value\": \"{}\"", value(v))),
                    "{v:?}"
                );
            }
        }
    }
}
