//! The [v2] points of the content spec, one by one: the warning signs, the
//! radiating-pain second chance, the phone script, the durations, work, the
//! referral and psychosocial texts, and the language fixes of section 9.
//! Expected values come from the spec and the glossary.

#[path = "languages/expect.rs"]
mod expect;
use ryggsjekk::assessment::result::Block;
use ryggsjekk::assessment::*;
use ryggsjekk::i18n::{format, parts, text, Arg, Lang, Msg, Part, Var};

#[path = "core/helpers.rs"]
#[allow(dead_code)]
mod helpers;
use helpers::calm;

fn view(a: &Answers) -> ResultView {
    result_view(&advise(a).expect("complete answers"), a)
}

/// Every variant of every select, for word checks.
fn all_text(parts: &[Part]) -> String {
    let mut out = String::new();
    for part in parts {
        match part {
            Part::Text(t) => out.push_str(t),
            Part::Var(_) => out.push(' '),
            Part::Select { variants, .. } => {
                for (_, v) in *variants {
                    out.push(' ');
                    out.push_str(&all_text(v));
                }
            }
        }
    }
    out
}

fn patient_texts(lang: Lang) -> impl Iterator<Item = (Msg, String)> {
    Msg::ALL
        .iter()
        .copied()
        .filter(|m| m.file() == "main")
        .map(move |m| (m, all_text(parts(lang, m))))
}

// --- Warning signs (section 4) ----------------------------------------------

#[test]
fn patient_text_names_signs_never_conditions() {
    let banned = [
        "aorta",
        "disseksjon",
        "dissection",
        "hjerneslag",
        "slag ",
        "stroke",
        "cauda",
        "equina",
        "meningitt",
        "hjernehinne",
        "meningitis",
        "ryggmarg",
        "spinal cord",
        "myelopati",
        "myelopathy",
        "brudd",
        "fracture",
        "metastase",
        "metastas",
    ];
    let mut found = Vec::new();
    for lang in Lang::ALL {
        for (m, t) in patient_texts(lang) {
            let t = t.to_lowercase();
            for b in banned.iter().filter(|b| t.contains(*b)) {
                found.push(format!("{}: `{}` says «{b}»", lang.code(), m.id()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "condition names in patient text:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_113_statement_says_a_hard_fall() {
    for (lang, hard) in [
        (Lang::Nb, "kraftig fall"),
        (Lang::Nn, "kraftig fall"),
        (Lang::En, "hard fall"),
    ] {
        for m in [
            Msg::FlagATraumaWeakness,
            Msg::SayATraumaWeakness,
            Msg::Safety113,
        ] {
            let t = text(lang, m);
            assert!(
                t.contains(hard) || t.contains("falt kraftig") || t.contains("falle kraftig"),
                "{}: {}: {t}",
                lang.code(),
                m.id()
            );
        }
    }
}

#[test]
fn the_tearing_pain_statement_leads_with_what_differs() {
    for (lang, tearing, unlike) in [
        (Lang::Nb, "rivende", "ulik noe"),
        (Lang::Nn, "rivande", "ulik noko"),
        (Lang::En, "tearing", "unlike any"),
    ] {
        let t = text(lang, Msg::FlagATearingPain);
        let first_sentence = t.split('.').next().unwrap_or_default().to_lowercase();
        assert!(
            first_sentence.contains(tearing) && first_sentence.contains(unlike),
            "{}: {t}",
            lang.code()
        );
        for ordinary in [
            "Sterke smerter",
            "Sterke smertar",
            "Severe pain",
            "Strong pain",
            "Vondt i ryggen",
        ] {
            assert!(!t.starts_with(ordinary), "{}: {t}", lang.code());
        }
    }
}

#[test]
fn neck_artery_signs_go_to_113_and_only_with_the_neck() {
    for location in Location::ALL {
        let shown = RedFlagGroup::A
            .flags(location)
            .any(|f| f == RedFlag::NeckDizzinessSigns);
        assert_eq!(shown, location.involves_neck(), "{location:?}");
    }
    let a = Answers {
        flags_a: Some(FlagAnswer::Flag(RedFlag::NeckDizzinessSigns)),
        ..calm(Location::Neck)
    };
    assert_eq!(view(&a).headline, Headline::Call113);
}

#[test]
fn unsteady_walking_for_every_location_clumsy_hands_neck_only() {
    for location in Location::ALL {
        let b: Vec<RedFlag> = RedFlagGroup::B.flags(location).collect();
        assert!(b.contains(&RedFlag::UnsteadyWalking), "{location:?}");
        assert_eq!(
            b.contains(&RedFlag::NeckHandClumsiness),
            location.involves_neck(),
            "{location:?}"
        );
    }
}

#[test]
fn cauda_equina_signs_are_complete_and_in_plain_words() {
    let b: Vec<RedFlag> = RedFlagGroup::B.flags(Location::LowerBack).collect();
    for f in [
        RedFlag::SaddleNumbness,
        RedFlag::BladderOrBowel,
        RedFlag::BothLegs,
        RedFlag::SexualFunction,
    ] {
        assert!(b.contains(&f), "{f:?} for the lower back");
    }
    let saddle = text(Lang::En, Msg::FlagBSaddleNumbness);
    assert!(
        saddle.contains("around your bottom, between your legs or in your genitals"),
        "{saddle}"
    );
    assert!(saddle.contains("toilet paper"), "{saddle}");
    for lang in Lang::ALL {
        // Index 8: the «both legs» word of each language (tests/languages/expect.rs).
        let both = expect::expect(lang).signs[8];
        assert!(
            text(lang, Msg::FlagBBothLegs).contains(both),
            "{}",
            lang.code()
        );
    }
    // English never says "seat" for the saddle area.
    for (m, t) in patient_texts(Lang::En) {
        assert!(!t.to_lowercase().contains("seat"), "`{}`: {t}", m.id());
    }
}

// --- Radiating pain as a second chance (section 5.2) -------------------------

#[test]
fn radiating_options_in_the_order_of_the_spec_choose_the_first_that_fits() {
    let options = Question::Radiating.options(Some(Location::LowerBack));
    let expected: Vec<AnswerValue> = [
        Radiating::WorseOrSpreading,
        Radiating::Severe,
        Radiating::WithNumbnessOrWeakness,
        Radiating::PainOnly,
        Radiating::No,
    ]
    .map(AnswerValue::Radiating)
    .to_vec();
    assert_eq!(options, expected);
    assert_eq!(
        text(Lang::Nb, Question::Radiating.hint().expect("a hint")),
        "Velg det første som passer."
    );
    assert_eq!(
        text(Lang::Nn, Question::Radiating.hint().expect("a hint")),
        "Vel det første som passar."
    );
}

#[test]
fn radiating_pain_getting_worse_gives_the_b_result_and_says_only_what_was_answered() {
    for location in Location::ALL {
        let a = Answers {
            radiating: Some(Radiating::WorseOrSpreading),
            ..calm(location)
        };
        let v = view(&a);
        assert_eq!(v.headline, Headline::LegevaktToday, "{location:?}");
        assert!(
            v.messages().contains(&Msg::FlagBRadiatingWorse),
            "the reason names the answer"
        );
        assert!(v.messages().contains(&Msg::SayBRadiatingWorse));
        // C never lowers it.
        let with_c = Answers {
            flags_c: Some(FlagAnswer::Flag(RedFlag::WeightLoss)),
            ..a
        };
        assert_eq!(view(&with_c).headline, Headline::LegevaktToday);
    }
}

#[test]
fn radiating_pain_not_bearable_is_a_c_sign() {
    for duration in Duration::ALL {
        let a = Answers {
            radiating: Some(Radiating::Severe),
            duration: Some(duration),
            ..calm(Location::LowerBack)
        };
        assert_eq!(view(&a).headline, Headline::SeeGpWithinDays, "{duration:?}");
    }
    for r in [Radiating::WithNumbnessOrWeakness, Radiating::PainOnly] {
        let a = Answers {
            radiating: Some(r),
            ..calm(Location::LowerBack)
        };
        assert_eq!(view(&a).headline, Headline::StayActive, "{r:?}");
    }
}

// --- The phone script uses only what the patient answered --------------------

#[test]
fn phone_script_says_several_places_never_neck_and_back() {
    let say = |lang, key| {
        format(lang, Msg::UrgentSayWhere, &[(Var::Where, Arg::Str(key))]).to_lowercase()
    };
    for (lang, neck, back, several) in [
        (Lang::Nb, "nakke", "rygg", "flere steder"),
        (Lang::Nn, "nakke", "rygg", "fleire stader"),
        (Lang::En, "neck", "back", "several places"),
    ] {
        assert!(
            say(lang, "neck").contains(neck) && !say(lang, "neck").contains(back),
            "{}",
            lang.code()
        );
        assert!(
            say(lang, "back").contains(back) && !say(lang, "back").contains(neck),
            "{}",
            lang.code()
        );
        let s = say(lang, "several");
        assert!(
            s.contains(several) && !s.contains(neck) && !s.contains(back),
            "{}: {s}",
            lang.code()
        );
        assert!(text(lang, Msg::LocationSeveral)
            .to_lowercase()
            .contains(several));
    }
    let a = Answers {
        flags_a: Some(FlagAnswer::Flag(RedFlag::ChestPainOrBreathing)),
        ..calm(Location::Several)
    };
    let keys: Vec<&str> = view(&a)
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Say { location_key, .. } => Some(*location_key),
            _ => None,
        })
        .collect();
    assert_eq!(keys, ["several"]);
}

// --- Durations, work, referral, thoughts (sections 5 and 6) ------------------

#[test]
fn durations_do_not_overlap() {
    let labels: Vec<String> = Duration::ALL
        .iter()
        .map(|d| text(Lang::Nb, d.label()))
        .collect();
    assert_eq!(
        labels,
        [
            "Mindre enn 2 uker",
            "2–3 uker",
            "4–5 uker",
            "6 uker til 3 måneder",
            "Mer enn 3 måneder"
        ]
    );
    let en: Vec<String> = Duration::ALL
        .iter()
        .map(|d| text(Lang::En, d.label()))
        .collect();
    assert_eq!(
        en,
        [
            "Less than 2 weeks",
            "2–3 weeks",
            "4–5 weeks",
            "6 weeks to 3 months",
            "More than 3 months"
        ]
    );
}

#[test]
fn full_sick_leave_includes_egenmelding_and_the_employer_plans_within_4_weeks() {
    for (lang, self_cert) in [
        (Lang::Nb, "egenmelding"),
        (Lang::Nn, "eigenmelding"),
        (Lang::En, "self-certified"),
    ] {
        assert!(
            text(lang, Msg::WorkFull).contains(self_cert),
            "{}",
            lang.code()
        );
        assert!(
            !text(lang, Msg::WorkGraded).contains(self_cert),
            "{}: never graded",
            lang.code()
        );
        let plan = text(lang, Msg::WorkFollowUpPlan);
        assert!(plan.contains('4'), "{}: {plan}", lang.code());
    }
    for work in [Work::GradedSickLeave, Work::FullSickLeave] {
        let a = Answers {
            work: Some(work),
            ..calm(Location::LowerBack)
        };
        assert!(
            view(&a).messages().contains(&Msg::WorkFollowUpPlan),
            "{work:?}"
        );
    }
    let rule = rules::RULES
        .iter()
        .find(|r| r.id == "work")
        .expect("the work rule");
    assert!(
        rule.sources.iter().any(|s| s.number() == 21),
        "source 21 (Arbeidsmiljøloven § 4-6)"
    );
}

#[test]
fn referral_text_says_what_the_referral_is_for_in_the_guidelines_words() {
    let a = Answers {
        duration: Some(Duration::FourToFiveWeeks),
        activity: Some(Activity::Partly),
        ..calm(Location::LowerBack)
    };
    let v = view(&a);
    for m in [Msg::ReferralWhat, Msg::ReferralTeam, Msg::ReferralVaries] {
        assert!(v.messages().contains(&m), "{}", m.id());
    }
    for (lang, words) in [
        (
            Lang::Nb,
            [
                "utredning",
                "kognitivt rettede tiltak",
                "trening",
                "tverrfaglig",
                "jobb",
            ],
        ),
        (
            Lang::Nn,
            [
                "utgreiing",
                "kognitivt retta tiltak",
                "trening",
                "tverrfagleg",
                "jobb",
            ],
        ),
    ] {
        let t = [Msg::ReferralWhat, Msg::ReferralTeam]
            .map(|m| text(lang, m))
            .join(" ");
        for w in words {
            assert!(t.contains(w), "{}: «{w}» in {t}", lang.code());
        }
    }
}

#[test]
fn psychosocial_text_is_hedged_and_says_the_pain_is_just_as_real() {
    for (lang, hedge, long_lasting, real) in [
        (
            Lang::Nb,
            "ut til",
            "langvarige",
            "Smertene er like ekte for det.",
        ),
        (
            Lang::Nn,
            "ut til",
            "langvarige",
            "Smertane er like ekte for det.",
        ),
        (
            Lang::En,
            "seem",
            "long-lasting",
            "The pain is just as real.",
        ),
    ] {
        for m in [Msg::ThoughtsAffect, Msg::OptionPsychosocial] {
            let t = text(lang, m);
            assert!(
                t.contains(hedge) && t.contains(long_lasting) && t.ends_with(real),
                "{}: {}: {t}",
                lang.code(),
                m.id()
            );
        }
    }
}

// --- Languages (section 9 and the glossary) -----------------------------------

#[test]
fn nynorsk_and_english_fixes_of_the_review() {
    let nn: String = patient_texts(Lang::Nn)
        .map(|(_, t)| t)
        .collect::<Vec<_>>()
        .join(" ");
    for wrong in ["steroidar", "ho blir verre", "nær ved å svime"] {
        assert!(!nn.contains(wrong), "nn: «{wrong}»");
    }
    assert!(nn.contains("held på å svime av"));
    // «severe», not «strong», for pain (strong painkillers are fine).
    for (m, t) in patient_texts(Lang::En) {
        let t = t.to_lowercase();
        for sentence in t.split(['.', '!', '?', ':', ',']) {
            let words: Vec<&str> = sentence
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .collect();
            for w in words.windows(3) {
                let strong_pain = w[0] == "strong" && ["pain", "headache"].contains(&w[1]);
                let pain_is_strong =
                    ["pain", "headache"].contains(&w[0]) && w[1] == "is" && w[2] == "strong";
                assert!(!strong_pain && !pain_is_strong, "en `{}`: {t}", m.id());
            }
        }
    }
}
