//! `read-aloud` and the loader's list of on-device voices (issue 17): when
//! «Les opp» may show. A kiosk stays silent unless the clinic turns it on.

use ryggsjekk::embed::{self, Mode};
use ryggsjekk::i18n::Lang;

fn read_aloud(attr: Option<&str>, mode: Mode) -> (bool, Vec<String>) {
    let mut w = Vec::new();
    (embed::parse_read_aloud(attr, mode, &mut w), w)
}

#[test]
fn unset_is_on_when_embedded_and_off_in_a_kiosk() {
    assert_eq!(read_aloud(None, Mode::Embedded), (true, vec![]));
    assert_eq!(read_aloud(None, Mode::Kiosk), (false, vec![]));
}

#[test]
fn the_clinic_can_turn_it_on_in_a_kiosk_and_off_anywhere() {
    for raw in ["on", " ON ", "On"] {
        assert_eq!(
            read_aloud(Some(raw), Mode::Kiosk),
            (true, vec![]),
            "{raw:?}"
        );
    }
    for mode in [Mode::Embedded, Mode::Kiosk] {
        assert_eq!(read_aloud(Some("off"), mode), (false, vec![]), "{mode:?}");
    }
}

#[test]
fn nonsense_keeps_the_modes_default_and_warns_once() {
    for raw in ["yes", "", "1", "true"] {
        let (on, w) = read_aloud(Some(raw), Mode::Kiosk);
        assert!(!on, "{raw:?} must not switch a kiosk on");
        assert_eq!(w.len(), 1, "{raw:?}: {w:?}");
        assert!(w[0].contains("read-aloud"), "{w:?}");
        let (on, w) = read_aloud(Some(raw), Mode::Embedded);
        assert!(on, "{raw:?}");
        assert_eq!(w.len(), 1, "{raw:?}: {w:?}");
    }
}

#[test]
fn the_button_needs_permission_and_a_local_voice_for_the_language() {
    let (s, w) = embed::parse(None, None, None, None, None, Some("nb en"));
    assert!(w.is_empty(), "{w:?}");
    assert!(s.can_read_aloud(Lang::Nb));
    assert!(s.can_read_aloud(Lang::En));
    assert!(!s.can_read_aloud(Lang::Nn), "no nynorsk voice listed");

    let (kiosk, _) = embed::parse(None, None, Some("kiosk"), None, None, Some("nb nn en"));
    assert!(Lang::ALL.iter().all(|&l| !kiosk.can_read_aloud(l)));
    let (kiosk_on, _) = embed::parse(None, None, Some("kiosk"), None, Some("on"), Some("nn"));
    assert!(kiosk_on.can_read_aloud(Lang::Nn));
    assert!(!kiosk_on.can_read_aloud(Lang::Nb));
}

#[test]
fn no_voices_or_unknown_words_give_no_button() {
    for list in [None, Some(""), Some("de fr sv"), Some("  ")] {
        let (s, w) = embed::parse(None, None, None, None, Some("on"), list);
        assert!(w.is_empty(), "the voice list is not an attribute: {w:?}");
        assert!(Lang::ALL.iter().all(|&l| !s.can_read_aloud(l)), "{list:?}");
    }
}
