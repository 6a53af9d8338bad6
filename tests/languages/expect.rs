//! What the tests expect of each language, in one place: adding a language
//! means its folder, its line in `locales/languages.toml` and its entry here.
//! Written by hand from the language and the content spec, never read from
//! the code under test. Included with `#[path]` by the tests that need it.

#![allow(dead_code)]

use ryggsjekk::i18n::Lang;

pub struct Expect {
    pub code: &'static str,
    /// Its name for itself, as the switcher must show it.
    pub name: &'static str,
    pub dir: &'static str,
    /// Tags a page or clinic may write (regions, case) that must mean it.
    pub tags: &'static [&'static str],
    /// Whether the patient sees the unreviewed-translation notice.
    pub unreviewed: bool,
    /// CLDR's example numbers for each plural category of the language
    /// (whole numbers only), from CLDR's plural rules chart.
    pub plural: &'static [(&'static str, &'static [i64])],
    /// One word per warning sign of content spec section 4, in the order of
    /// [`crate::SIGNS`] in `tests/invariants_v2.rs` (invariant 8).
    pub signs: [&'static str; 17],
}

pub const EXPECT: &[Expect] = &[
    Expect {
        code: "nb",
        name: "Bokmål",
        dir: "ltr",
        tags: &["nb", "nb-NO", "nob", "no", "NB", "nb-no", "No", "no-NO"],
        unreviewed: false,
        plural: ONE_OTHER,
        signs: [
            "kraftig fall",
            "rivende",
            "brystet",
            "ansikt",
            "svimmel",
            "hodepine",
            "toalettpapiret",
            "urin",
            "begge beina",
            "kjønnsorgan",
            "svakhet som blir verre",
            "feber",
            "feber",
            "ustø",
            "klossete",
            "benskjørhet",
            "kreft",
        ],
    },
    Expect {
        code: "nn",
        name: "Nynorsk",
        dir: "ltr",
        tags: &["nn", "nn-NO", "nno", "NN-no"],
        unreviewed: false,
        plural: ONE_OTHER,
        signs: [
            "kraftig fall",
            "rivande",
            "brystet",
            "andlet",
            "svimmel",
            "hovudverk",
            "toalettpapiret",
            "urin",
            "begge beina",
            "kjønnsorgan",
            "svakheit som blir verre",
            "feber",
            "feber",
            "ustø",
            "klossete",
            "beinskjørheit",
            "kreft",
        ],
    },
    Expect {
        code: "en",
        name: "English",
        dir: "ltr",
        tags: &["en", "en-GB", "en-US", "EN-gb", "eng"],
        unreviewed: false,
        plural: ONE_OTHER,
        signs: EN_SIGNS,
    },
    Expect {
        code: "pl",
        name: "Polski",
        dir: "ltr",
        tags: &["pl", "pl-PL", "PL", "pol"],
        unreviewed: true,
        plural: &[
            ("one", &[1]),
            ("few", &[2, 3, 4, 22, 24, 102]),
            ("many", &[0, 5, 12, 14, 19, 100, 112]),
        ],
        signs: [
            "mocnym upadku",
            "rozdzierającym",
            "klatce piersiowej",
            "twarzy",
            "zawroty głowy",
            "ból głowy",
            "papieru toaletowego",
            "mocz",
            "obu nóg",
            "narządach płciowych",
            "nasilającego się osłabienia",
            "gorączki",
            "gorączki",
            "chwiejnego chodu",
            "niezgrabnych dłoni",
            "kruche kości",
            "raku",
        ],
    },
    Expect {
        code: "uk",
        name: "Українська",
        dir: "ltr",
        tags: &["uk", "uk-UA", "ua", "UA", "ukr"],
        unreviewed: true,
        plural: &[
            ("one", &[1, 21, 31, 101]),
            ("few", &[2, 3, 4, 22, 102]),
            ("many", &[0, 5, 11, 12, 14, 19, 100, 111]),
        ],
        signs: [
            "сильного падіння",
            "розривний",
            "грудях",
            "обличчя",
            "паморочиться",
            "головний біль",
            "туалетного паперу",
            "сечу",
            "обох ногах",
            "статевих органах",
            "слабкості, що посилюється",
            "температури",
            "температури",
            "хиткої ходи",
            "незграбних рук",
            "крихкі кістки",
            "рак",
        ],
    },
    Expect {
        code: "ar",
        name: "العربية",
        dir: "rtl",
        tags: &["ar", "ar-SA", "ar-EG", "ar-001", "AR", "ara"],
        unreviewed: true,
        plural: &[
            ("zero", &[0]),
            ("one", &[1]),
            ("two", &[2]),
            ("few", &[3, 10, 103, 110]),
            ("many", &[11, 26, 99, 111]),
            ("other", &[100, 101, 102, 200]),
        ],
        signs: [
            "سقطة قوية",
            "يتمزق",
            "الصدر",
            "الوجه",
            "دوخة",
            "صداع",
            "ورق التواليت",
            "البول",
            "الساقين كلتيهما",
            "الأعضاء التناسلية",
            "ضعف يزداد سوءًا",
            "حمى",
            "حمى",
            "عدم ثبات في المشي",
            "ضعف التحكم في اليدين",
            "هشاشة العظام",
            "سرطان",
        ],
    },
];

const ONE_OTHER: &[(&str, &[i64])] = &[("one", &[1]), ("other", &[0, 2, 5, 30, 100])];

const EN_SIGNS: [&str; 17] = [
    "hard fall",
    "tearing",
    "chest",
    "face",
    "dizzy",
    "headache",
    "toilet paper",
    "urine",
    "both legs",
    "genitals",
    "weakness that is getting worse",
    "fever",
    "fever",
    "unsteady",
    "clumsy",
    "brittle bones",
    "cancer",
];

/// The expectations for `lang`; a language without any fails here by name.
pub fn expect(lang: Lang) -> &'static Expect {
    EXPECT
        .iter()
        .find(|e| e.code == lang.code())
        .unwrap_or_else(|| panic!("add `{}` to tests/languages/expect.rs", lang.code()))
}
