//! Pieces shared by screens: the frame around every screen, and the text field.

pub(crate) mod chrome;
pub(crate) mod referral_list;
pub(crate) mod text_field;
