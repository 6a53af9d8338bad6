//! Plain language: LIX ≤ 40 for the patient texts (run with `--nocapture`
//! to see the values).

use crate::helpers::*;
use ryggsjekk::i18n::{parts, Lang, Msg};

#[derive(Default, Debug, Clone, Copy)]
struct Lix {
    words: usize,
    sentences: usize,
    long: usize,
}

impl Lix {
    /// A sentence ends at `.`, `!`, `?` or `:`, or at the end of a message;
    /// a stretch without words is not a sentence.
    fn add(&mut self, text: &str) {
        for sentence in text.split(['.', '!', '?', ':']) {
            let mut n = 0;
            for w in words(sentence) {
                n += 1;
                if w.chars().count() > 6 {
                    self.long += 1;
                }
            }
            if n > 0 {
                self.words += n;
                self.sentences += 1;
            }
        }
    }

    fn value(self) -> f64 {
        self.words as f64 / self.sentences as f64 + 100.0 * self.long as f64 / self.words as f64
    }
}

fn lix(lang: Lang, file: Option<&str>) -> Lix {
    let mut lix = Lix::default();
    for &msg in Msg::ALL
        .iter()
        .filter(|m| file.is_none_or(|f| m.file() == f))
    {
        lix.add(&plain(parts(lang, msg)));
    }
    lix
}

#[test]
fn lix_counts_words_sentences_and_long_words() {
    let mut l = Lix::default();
    l.add("Ring 113 nå. Har du vondt i ryggen?");
    l.add("Spørsmål  av ");
    assert_eq!((l.words, l.sentences, l.long), (9, 3, 1));
    assert!((l.value() - (9.0 / 3.0 + 100.0 / 9.0)).abs() < 1e-9);
}

#[test]
fn lix_of_patient_texts_is_at_most_40() {
    let mut report = Vec::new();
    for lang in Lang::ALL {
        for (label, file) in [
            ("main", Some("main")),
            ("review", Some("review")),
            ("all", None),
        ] {
            let l = lix(lang, file);
            report.push(format!(
                "LIX {} {label:6} = {:5.1}  ({} words, {} sentences, {} long)",
                lang.code(),
                l.value(),
                l.words,
                l.sentences,
                l.long
            ));
        }
    }
    eprintln!("{}", report.join("\n"));
    let nb = lix(Lang::Nb, Some("main")).value();
    let nn = lix(Lang::Nn, Some("main")).value();
    let nn_all = lix(Lang::Nn, None).value();
    assert!(
        nb <= 40.0,
        "LIX of the bokmål patient texts is {nb:.1} (max 40)"
    );
    assert!(
        nn <= 40.0,
        "LIX of the nynorsk patient texts is {nn:.1} (max 40)"
    );
    assert!(
        nn_all <= 40.0,
        "LIX of all nynorsk texts is {nn_all:.1} (max 40)"
    );
}
