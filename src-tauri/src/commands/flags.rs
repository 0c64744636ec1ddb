//! Redactions flagged by hand, outcome corrections and judgements on cited exemptions.
