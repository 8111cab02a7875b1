//! The texts of the languages a published widget fetched (`embed.js` hands
//! them over, or the widget asks for one when a visitor switches to it): kept
//! for the page's life, once each — at most one file per language.

use std::cell::RefCell;

use super::{Texts, TextsFileError, UiLang};

thread_local! {
    static FETCHED: RefCell<Vec<(UiLang, &'static Texts)>> = const { RefCell::new(Vec::new()) };
}

/// Keeps `lang`'s texts from `file` (see `texts_file`), unless they are kept
/// already. A file that does not fit is refused before any of it is kept.
///
/// # Errors
///
/// [`TextsFileError`] when `file` is not `lang`'s texts for this build.
pub fn add(lang: UiLang, file: String) -> Result<(), TextsFileError> {
    Texts::check_file(&file, lang)?;
    if get(lang).is_some() {
        return Ok(());
    }
    // Kept for the page's life: the texts are borrowed by every view of this language.
    let texts: &'static Texts = Box::leak(Box::new(Texts::from_file(Box::leak(file.into_boxed_str()), lang)?));
    FETCHED.with(|fetched| fetched.borrow_mut().push((lang, texts)));
    Ok(())
}

/// `lang`'s fetched texts, if they are here.
pub fn get(lang: UiLang) -> Option<&'static Texts> {
    FETCHED.with(|fetched| fetched.borrow().iter().find(|(l, _)| *l == lang).map(|&(_, texts)| texts))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fetched_language_is_kept_once_and_a_wrong_file_never() {
        assert!(get(UiLang::Fi).is_none());
        assert_eq!(add(UiLang::Fi, UiLang::Sv.texts().to_file(UiLang::Sv)), Err(TextsFileError::Header));
        assert!(get(UiLang::Fi).is_none());
        add(UiLang::Fi, UiLang::Fi.texts().to_file(UiLang::Fi)).expect("Finnish");
        let kept = get(UiLang::Fi).expect("kept");
        assert_eq!(kept.search_label, UiLang::Fi.texts().search_label);
        add(UiLang::Fi, UiLang::Fi.texts().to_file(UiLang::Fi)).expect("again");
        assert!(std::ptr::eq(get(UiLang::Fi).expect("kept"), kept), "the first is kept");
    }
}
