//! End to end: a thread of yearly answers, the side-by-side diff between two years, and the trend of a figure.
