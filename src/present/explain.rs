//! Reasons and misfits as short phrases in a UI language (the screens and plain mode say
//! the same thing).

use fluent_bundle::FluentArgs;

use crate::i18n::Localizer;
use crate::referral::matching::{Misfit, Reason};

fn one(key: &str, value: String) -> FluentArgs<'static> {
    let mut a = FluentArgs::new();
    a.set(key.to_string(), value);
    a
}

pub(crate) fn reason_text(l: &Localizer, r: &Reason) -> String {
    match r {
        Reason::AlsoCovers(c) => l.tr_args(
            "reason-also-covers",
            &one("category", super::words::category(l, *c)),
        ),
        Reason::SpeaksLanguage(code) => {
            l.tr_args("reason-speaks", &one("language", l.language_in_text(code)))
        }
        Reason::Interpretation => l.tr("reason-interpretation"),
        Reason::Open247 => l.tr("reason-24-7"),
        Reason::OpenNow => l.tr("reason-open-now"),
        Reason::Youth => l.tr("reason-youth"),
        Reason::TraffickingExperienced => l.tr("reason-trafficking"),
        Reason::NoIdRequired => l.tr("reason-no-id"),
        Reason::NoStatusRequired => l.tr("reason-no-status"),
        Reason::NoSobrietyRequirement => l.tr("reason-no-sobriety"),
        Reason::LgbtqAffirming => l.tr("reason-lgbtq"),
        Reason::DistanceKm(km) => l.tr_args("reason-distance", &one("km", km.to_string())),
        Reason::HotlineFallback => l.tr("reason-hotline"),
    }
}

pub(crate) fn misfit_text(l: &Localizer, m: &Misfit) -> String {
    match m {
        Misfit::NoLanguage(code) => l.tr_args(
            "misfit-language",
            &one("language", l.language_in_text(code)),
        ),
        Misfit::ClosedNow => l.tr("misfit-closed"),
        Misfit::Inferred => l.tr("misfit-inferred"),
    }
}
