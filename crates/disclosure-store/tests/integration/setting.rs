//! Preferences stored in the library, shared by the app and the CLI.

use disclosure_store::{Store, REVIEWER_NAME};

use crate::temp_library;

#[test]
fn the_reviewer_name_is_kept_in_the_library_file() {
    let (_folder, path) = temp_library();
    {
        let mut store = Store::open(&path).expect("open");
        assert_eq!(store.find_setting(REVIEWER_NAME).expect("find"), None, "a new library has no reviewer yet");
        store.update_setting(REVIEWER_NAME, "  Ana Obi ").expect("set");
        store.update_setting(REVIEWER_NAME, "Ana Obi-Jones").expect("replace");
    }
    let mut reopened = Store::open(&path).expect("reopen");
    assert_eq!(
        reopened.find_setting(REVIEWER_NAME).expect("find").as_deref(),
        Some("Ana Obi-Jones"),
        "the last name set must be the one another program opening the file sees"
    );
    reopened.update_setting(REVIEWER_NAME, " ").expect("clear");
    assert_eq!(reopened.find_setting(REVIEWER_NAME).expect("find"), None, "a blank name clears the preference");
}
