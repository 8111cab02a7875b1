//! Heading levels: the widget's heading sits at the level the host page asks
//! for (`data-heading-level`, default 2) and everything inside follows it, so
//! the widget fits the page's outline instead of breaking it.

/// The tag of a heading `depth` levels below the widget's own heading at
/// `level` (both clamped, so the result is always `h1`–`h6`).
pub fn heading_tag(level: u8, depth: u8) -> &'static str {
    match level.clamp(1, 6).saturating_add(depth) {
        1 => "h1",
        2 => "h2",
        3 => "h3",
        4 => "h4",
        5 => "h5",
        _ => "h6",
    }
}

#[cfg(test)]
mod tests {
    use super::heading_tag;

    #[test]
    fn levels_follow_the_widget_heading_and_stay_in_range() {
        assert_eq!([heading_tag(2, 0), heading_tag(2, 1), heading_tag(2, 2)], ["h2", "h3", "h4"]);
        assert_eq!([heading_tag(1, 0), heading_tag(1, 2)], ["h1", "h3"]);
        assert_eq!([heading_tag(5, 2), heading_tag(0, 0), heading_tag(9, 0)], ["h6", "h1", "h6"]);
    }
}
