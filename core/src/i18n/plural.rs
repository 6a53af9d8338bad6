//! CLDR plural rules for whole numbers: which variant of a numeric select a
//! count takes (`[one]`, `[few]`, …) in a language.
//!
//! Plain Rust with no `crate::` paths: `core/build/check.rs` includes this
//! file too, so the build rejects select keys a language does not have with
//! the same rules the renderer uses. Only whole numbers reach a text (the
//! placeholders are `i64`), so the CLDR operands reduce to `n = i` and
//! `v = 0`: the rules below are CLDR's with the fraction conditions left out.
//! Negative numbers take the category of their absolute value, as in CLDR.

/// A CLDR plural category (the key of a select variant, e.g. `[few]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    pub const ALL: [Plural; 6] = [
        Plural::Zero,
        Plural::One,
        Plural::Two,
        Plural::Few,
        Plural::Many,
        Plural::Other,
    ];

    /// The key as written in a select: `"zero"`, `"one"`, … `"other"`.
    pub fn key(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }
}

/// The plural rule of a language (several languages share one).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PluralRule {
    /// `one` for 1, `other` for the rest: nb, nn and en (for whole numbers).
    OneOther,
    /// Polish: `one`, `few` (2–4, 22–24, … but not 12–14), `many`.
    Polish,
    /// Ukrainian: `one` (1, 21, 31, … but not 11), `few`, `many`.
    Ukrainian,
    /// Arabic: `zero`, `one`, `two`, `few` (3–10 mod 100), `many` (11–99 mod 100), `other`.
    Arabic,
}

impl PluralRule {
    /// CLDR's rule for a language code, or `None` for a language whose rule
    /// nobody has written here yet. This is CLDR's data, not the widget's
    /// language list (`locales/languages.toml`): a new language whose rule is
    /// listed needs no change here.
    pub fn for_code(code: &str) -> Option<PluralRule> {
        match code {
            // `one` is exactly 1 for whole numbers in these.
            "nb" | "nn" | "no" | "en" | "sv" | "da" | "de" | "nl" | "fi" | "et" | "el" | "hu"
            | "tr" | "so" | "ur" | "sw" => Some(PluralRule::OneOther),
            "pl" => Some(PluralRule::Polish),
            // Russian and Belarusian share Ukrainian's rule.
            "uk" | "ru" | "be" => Some(PluralRule::Ukrainian),
            "ar" => Some(PluralRule::Arabic),
            _ => None,
        }
    }

    /// The categories a whole number can take in this rule: the valid keys of
    /// a numeric select besides exact numbers like `[0]`.
    pub fn categories(self) -> &'static [Plural] {
        match self {
            PluralRule::OneOther => &[Plural::One, Plural::Other],
            // CLDR also has `other` here, but only for fractions; a select
            // still needs it as its default, so it stays valid.
            PluralRule::Polish | PluralRule::Ukrainian => {
                &[Plural::One, Plural::Few, Plural::Many, Plural::Other]
            }
            PluralRule::Arabic => &Plural::ALL,
        }
    }

    /// The category of the whole number `n`.
    pub fn select(self, n: i64) -> Plural {
        let i = n.unsigned_abs();
        let (i10, i100) = (i % 10, i % 100);
        match self {
            PluralRule::OneOther => {
                if i == 1 {
                    Plural::One
                } else {
                    Plural::Other
                }
            }
            // one: i = 1; few: i%10 = 2..4 and i%100 != 12..14; many: the rest.
            PluralRule::Polish => {
                if i == 1 {
                    Plural::One
                } else if (2..=4).contains(&i10) && !(12..=14).contains(&i100) {
                    Plural::Few
                } else {
                    Plural::Many
                }
            }
            // one: i%10 = 1 and i%100 != 11; few: as Polish; many: the rest.
            PluralRule::Ukrainian => {
                if i10 == 1 && i100 != 11 {
                    Plural::One
                } else if (2..=4).contains(&i10) && !(12..=14).contains(&i100) {
                    Plural::Few
                } else {
                    Plural::Many
                }
            }
            PluralRule::Arabic => match (i, i100) {
                (0, _) => Plural::Zero,
                (1, _) => Plural::One,
                (2, _) => Plural::Two,
                (_, 3..=10) => Plural::Few,
                (_, 11..=99) => Plural::Many,
                _ => Plural::Other,
            },
        }
    }
}
