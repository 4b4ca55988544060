//! Pieces shared by screens: the frame around every screen, and the text field.

pub mod chrome;
pub mod text_field;
