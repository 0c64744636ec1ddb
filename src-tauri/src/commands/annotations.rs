//! Annotations on a letter (highlights, notes, tags), their undo and redo, and review status.
