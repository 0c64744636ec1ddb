//! End to end: select text in the reader, annotate it, restart the app, and find the note again.
