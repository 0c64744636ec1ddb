//! Question threads across the years, word diffs between answers, and figures as trends.
