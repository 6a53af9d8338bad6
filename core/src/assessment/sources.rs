//! The citation list (content spec section 8): the guideline's own references
//! 1–10, with two typos corrected (Harris 2017, not "20017"; Kamper Cochrane 2014,
//! also in BMJ 2015), and 11–22 added by the content spec (21 and 22 in v2). Citations are shown
//! as published, so they are not translated and not in `locales/`.

/// The guideline the product is built from.
pub const GUIDELINE_TITLE: &str =
    "Fysikalsk medisin og rehabilitering – veileder / Plager i nakke og rygg / Tverrfaglig nakke- og ryggbehandling";
/// «Sist faglig oppdatert» of the guideline page.
pub const GUIDELINE_UPDATED: &str = "15.09.2021";
/// Version of the widget's clinical content. Bump it whenever a rule, a
/// statement or an advice text changes, and regenerate the review documents.
/// 2026.12.1 is content version 2 of the spec ("v2"); upgrade notes for
/// clinics: docs/upgrade-notes.md. 2026.12.2 adds Polish, Ukrainian and
/// Arabic; 2026.12.3 the handoff, the bilingual print and the phone script in bokmål;
/// 2026.12.4 changes no text, but every shipped file's bytes (the renderer
/// replaced Yew): a versioned folder never changes, so it gets a new one;
/// 2026.12.5 likewise (a smaller wasm and loader, no text changed).
pub const CONTENT_VERSION: &str = "2026.12.5";
/// A digest of what the patient can see under `CONTENT_VERSION`: the outcome
/// of every combination of answers and every patient text in every language.
/// `tests/exhaustive/digest.rs` recomputes it (`cargo test --test exhaustive
/// content_digest`); when content changes, bump
/// `CONTENT_VERSION` and record the new digest here (the test prints it).
pub const CONTENT_DIGEST: &str = "e22404906e2e28a8-be33d432f4a00060";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SourceId {
    Laerum2007,
    Linton2000,
    Marin2017,
    Kamper2014,
    Foster2018,
    Jensen2011,
    Reme2016,
    Harris2017,
    Smith2014,
    Williams2012,
    NiceNg59,
    Nhi,
    Nel,
    Legevaktindeks,
    Helsedirektoratet,
    Nordin2008,
    Pengel2003,
    Indahl1995,
    KlokeValg,
    Helfo,
    Arbeidsmiljoloven,
    NhsCaudaEquina,
}

impl SourceId {
    pub const ALL: [SourceId; 22] = [
        Self::Laerum2007,
        Self::Linton2000,
        Self::Marin2017,
        Self::Kamper2014,
        Self::Foster2018,
        Self::Jensen2011,
        Self::Reme2016,
        Self::Harris2017,
        Self::Smith2014,
        Self::Williams2012,
        Self::NiceNg59,
        Self::Nhi,
        Self::Nel,
        Self::Legevaktindeks,
        Self::Helsedirektoratet,
        Self::Nordin2008,
        Self::Pengel2003,
        Self::Indahl1995,
        Self::KlokeValg,
        Self::Helfo,
        Self::Arbeidsmiljoloven,
        Self::NhsCaudaEquina,
    ];

    /// The number in the citation list (1–22).
    pub fn number(self) -> usize {
        self as usize + 1
    }

    /// A short in-text reference, e.g. "Foster 2018".
    pub fn short(self) -> &'static str {
        use SourceId::*;
        match self {
            Laerum2007 => "Lærum 2007",
            Linton2000 => "Linton 2000",
            Marin2017 => "Marin 2017",
            Kamper2014 => "Kamper 2014",
            Foster2018 => "Foster 2018",
            Jensen2011 => "Jensen 2011",
            Reme2016 => "Reme 2016",
            Harris2017 => "Harris 2017",
            Smith2014 => "Smith 2014",
            Williams2012 => "Williams 2012",
            NiceNg59 => "NICE NG59",
            Nhi => "NHI",
            Nel => "NEL",
            Legevaktindeks => "Legevaktindeks",
            Helsedirektoratet => "Helsedirektoratet",
            Nordin2008 => "Nordin 2008",
            Pengel2003 => "Pengel 2003",
            Indahl1995 => "Indahl 1995",
            KlokeValg => "Kloke valg",
            Helfo => "Helfo",
            Arbeidsmiljoloven => "Arbeidsmiljøloven § 4-6",
            NhsCaudaEquina => "NHS/NICE cauda equina",
        }
    }

    /// The full citation.
    pub fn citation(self) -> &'static str {
        use SourceId::*;
        match self {
            Laerum2007 => "Lærum E, Brox JI, Storheim K, et al. Nasjonale kliniske retningslinjer. Korsryggsmerter – med og uten nerverotaffeksjon. Oslo: FORMI, Formidlingsenheten for muskel- og skjelettlidelser/Sosial- og helsedirektoratet, 2007.",
            Linton2000 => "Linton SJ. A review of psychological risk factors in back and neck pain. Spine (Phila Pa 1976). 2000;25(9):1148–56. doi:10.1097/00007632-200005010-00017.",
            Marin2017 => "Marin TJ, Van Eerd D, Irvin E, Couban R, Koes BW, Malmivaara A, van Tulder MW, Kamper SJ. Multidisciplinary biopsychosocial rehabilitation for subacute low back pain. Cochrane Database Syst Rev. 2017;6:CD002193. doi:10.1002/14651858.CD002193.pub2.",
            Kamper2014 => "Kamper SJ, Apeldoorn AT, Chiarotto A, Smeets RJ, Ostelo RW, Guzman J, van Tulder MW. Multidisciplinary biopsychosocial rehabilitation for chronic low back pain. Cochrane Database Syst Rev. 2014;(9):CD000963. doi:10.1002/14651858.CD000963.pub3. Also published in BMJ 2015;350:h444.",
            Foster2018 => "Foster NE, Anema JR, Cherkin D, et al.; Lancet Low Back Pain Series Working Group. Prevention and treatment of low back pain: evidence, challenges, and promising directions. Lancet. 2018;391(10137):2368–83. doi:10.1016/S0140-6736(18)30489-6.",
            Jensen2011 => "Jensen C, et al. One-year follow-up in employees sick-listed because of low back pain. Spine. 2011.",
            Reme2016 => "Reme SE, et al. Cognitive Interventions and Nutritional Supplements (The CINS Trial): a randomized controlled, multicenter trial comparing a brief intervention with additional cognitive behavioral therapy, seal oil, and soy oil for sick-listed low back pain patients. Spine (Phila Pa 1976). 2016.",
            Harris2017 => "Harris A, et al. Brief intervention, physical exercise and cognitive behavioural group therapy for patients with chronic low back pain (The CINS trial). European Journal of Pain. 2017.",
            Smith2014 => "Smith BE, Littlewood C, May S. An update of stabilisation exercises for low back pain: a systematic review with meta-analysis. BMC Musculoskelet Disord. 2014;15:416. doi:10.1186/1471-2474-15-416.",
            Williams2012 => "Williams AC, Eccleston C, Morley S. Psychological therapies for the management of chronic pain (excluding headache) in adults. Cochrane Database Syst Rev. 2012;11:CD007407. Updated in Cochrane Database Syst Rev. 2020;8:CD007407.",
            NiceNg59 => "NICE. Low back pain and sciatica in over 16s: assessment and management (NG59). 2016, updated 2020.",
            Nhi => "Norsk Helseinformatikk (NHI), patient pages «Korsryggsmerter», «Nakkesmerter», «Cauda equina-syndromet».",
            Nel => "Norsk elektronisk legehåndbok (NEL), «Isjias og cauda equina-syndrom».",
            Legevaktindeks => "Legevaktindeks (Nasjonalt kompetansesenter for legevaktmedisin), «Rygg/nakke».",
            Helsedirektoratet => "Helsedirektoratet / helsenorge.no: when to call 113 and legevakt 116 117.",
            Nordin2008 => "Nordin M, et al. Assessment of neck pain and its associated disorders (Bone and Joint Decade 2000–2010 Task Force on Neck Pain). Spine. 2008;33(4 Suppl):S101–22.",
            Pengel2003 => "Pengel LHM, et al. Acute low back pain: systematic review of its prognosis. BMJ. 2003;327:323.",
            Indahl1995 => "Indahl A, et al. Good prognosis for low back pain when left untampered. Spine. 1995;20:473–7.",
            KlokeValg => "Legeforeningen, Kloke valg: no imaging for low back pain in the first six weeks without red flags.",
            Helfo => "Helfo: physiotherapy without referral (direct access) since 2018.",
            Arbeidsmiljoloven => "Arbeidsmiljøloven § 4-6 (follow-up plan within 4 weeks of sick leave; dialogue meeting within 7 weeks) and NAV's pages on follow-up of people on sick leave.",
            NhsCaudaEquina => "NHS / NICE patient information on cauda equina syndrome (bilateral sciatica, toilet-paper numbness, bladder sensation, sexual function).",
        }
    }
}
