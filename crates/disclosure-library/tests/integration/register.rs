//! The library's register as the CLI and the app both get it: the store's entries, the flags
//! made by hand, the thread scope, and the filter's choices taken before filtering.

use disclosure_ingest::import_samples;
use disclosure_library::register::{library_register, RegisterScope};
use disclosure_store::{FlagProvision, NewFlag, Store};

fn sample_library() -> Store {
    let mut store = Store::open_in_memory().expect("an in-memory library opens");
    import_samples(&mut store, &mut |_| {});
    store
}

#[test]
fn flags_count_and_the_choices_survive_a_filter_that_empties_the_register() {
    let mut store = sample_library();
    let id = store.get_document_by_key("FC/FOI/24/0467").expect("2024 letter").row.id;
    store
        .insert_flag(&NewFlag {
            document_id: id,
            question_key: Some("Q1".into()),
            quote: None,
            position: None,
            provisions: vec![FlagProvision { regime: "FOIA".into(), provision: "43(2)".into() }],
            note: String::new(),
        })
        .expect("flag");
    let whole = library_register(&store, &RegisterScope::default()).expect("register");
    assert!(
        whole.register.provisions.iter().any(|count| count.provision == "43(2)" && count.n_flags == 1),
        "a flag made by hand counts"
    );
    assert_eq!(whole.register.years(), vec![2023, 2024], "the trend axis runs from the first entry's year to the last");
    assert_eq!(whole.title, "Exemption and redaction schedule");

    let elsewhere = library_register(&store, &RegisterScope { authority: Some("Wessex".into()), ..Default::default() })
        .expect("register");
    assert!(elsewhere.register.provisions.is_empty(), "no Wessex letter");
    assert_eq!(
        elsewhere.authorities,
        vec!["Fernshire Constabulary".to_string()],
        "the choices are the library's, not the filter's"
    );
    assert_eq!(elsewhere.title, "Exemption and redaction schedule — Wessex", "the schedule says what it covers");
}

#[test]
fn a_thread_that_is_gone_is_an_error_not_an_empty_register() {
    let store = sample_library();
    assert!(
        library_register(&store, &RegisterScope { thread_id: Some(999), ..Default::default() }).is_err(),
        "a missing thread must not look like a thread with no exemptions"
    );
}
