//! Nothing to export: this package exists for its end-to-end test binary `tests/window/`, which
//! drives the real Disclosure Desk window through WebDriver.
