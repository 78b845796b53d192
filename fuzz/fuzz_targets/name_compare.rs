//! The linker's name handling on arbitrary text: parsing, comparison, phonetic keys, country
//! lookup and slugs never panic, scores stay in 0..=1 and comparison is symmetric.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nergraph::link::names::{compare, sounds_alike, PersonName};
use nergraph::link::countries;
use nergraph::text::normalize::{slug, surface};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (a, b) = text.split_once('|').unwrap_or((&text, "Jane Roe"));
    let _ = slug(a);
    let _ = surface(a);
    let _ = countries::by_name(a, true);
    let _ = countries::by_demonym(a);
    let _ = countries::by_capital(a);
    let _ = nergraph::text::roles::find_roles(a);
    let _ = sounds_alike(a, b);
    if let (Some(x), Some(y)) = (PersonName::parse(a), PersonName::parse(b)) {
        let forward = compare(&x, &y);
        let backward = compare(&y, &x);
        for score in [forward.first, forward.surname, forward.phonetic, forward.combined()] {
            assert!((0.0..=1.0 + 1e-9).contains(&score), "{score}");
        }
        assert!((forward.surname - backward.surname).abs() < 1e-9);
        assert_eq!(forward.conflict, backward.conflict);
    }
});
