//! Finding name mentions in running text (see issue 4).
