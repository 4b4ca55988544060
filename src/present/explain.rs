//! Reasons and misfits as short phrases in a UI language (the screens and plain mode say
//! the same thing).

use fluent_bundle::FluentArgs;

use crate::i18n::Localizer;
use crate::protocol::ServiceWish;
use crate::referral::matching::{Gender, Misfit, Reason};

/// The messages for a wish met and not met.
fn wish_ids(w: ServiceWish) -> (&'static str, &'static str) {
    match w {
        ServiceWish::LgbtqAffirming => ("reason-wanted-lgbtq", "misfit-wanted-lgbtq"),
        ServiceWish::Accessible => ("reason-wanted-accessible", "misfit-wanted-accessible"),
        ServiceWish::ServesWomen => ("reason-wanted-women", "misfit-wanted-women"),
        ServiceWish::ServesMen => ("reason-wanted-men", "misfit-wanted-men"),
        ServiceWish::ServesNonbinary => ("reason-wanted-nonbinary", "misfit-wanted-nonbinary"),
    }
}

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
        Reason::Wanted(w) => l.tr(wish_ids(*w).0),
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
        Misfit::Ages(from, to) => {
            let mut a = FluentArgs::new();
            a.set("from", from.map_or(-1, i64::from));
            a.set("to", to.map_or(-1, i64::from));
            l.tr_args(
                match (from, to) {
                    (Some(_), Some(_)) => "misfit-ages",
                    (Some(_), None) => "misfit-ages-from",
                    _ => "misfit-ages-to",
                },
                &a,
            )
        }
        Misfit::ServesOnly(who) => {
            let who = who
                .iter()
                .map(|g| {
                    l.tr(match g {
                        Gender::Woman => "misfit-serves-women",
                        Gender::Man => "misfit-serves-men",
                        Gender::Nonbinary => "misfit-serves-nonbinary",
                    })
                })
                .collect::<Vec<_>>()
                .join(", ");
            l.tr_args("misfit-serves-only", &one("who", who))
        }
        Misfit::NotWanted(w) => l.tr(wish_ids(*w).1),
    }
}
