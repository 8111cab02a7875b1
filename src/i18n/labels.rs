//! Labels for the controlled vocabularies in every interface language.
//! Each row is `[en, nb, sv, da, fi]`.

use super::UiLang;
use crate::model::{Country, FocusArea, PartnerKind, PartnershipKind, Status};

/// A value with a human label in each interface language.
pub trait Label: Copy {
    /// The label in `lang`.
    fn label(self, lang: UiLang) -> &'static str;
}

fn pick(row: &'static [&'static str; 5], lang: UiLang) -> &'static str {
    let [en, nb, sv, da, fi] = row;
    match lang {
        UiLang::En => en,
        UiLang::Nb => nb,
        UiLang::Sv => sv,
        UiLang::Da => da,
        UiLang::Fi => fi,
    }
}

impl Label for FocusArea {
    fn label(self, lang: UiLang) -> &'static str {
        pick(
            match self {
                FocusArea::DigitalHealth => &[
                    "Digital health & telemedicine",
                    "Digital helse og telemedisin",
                    "Digital hälsa och telemedicin",
                    "Digital sundhed og telemedicin",
                    "Digitaalinen terveys ja etälääketiede",
                ],
                FocusArea::AiHealthData => &[
                    "AI & health data",
                    "KI og helsedata",
                    "AI och hälsodata",
                    "AI og sundhedsdata",
                    "Tekoäly ja terveysdata",
                ],
                FocusArea::Medtech => {
                    &["Medical technology", "Medisinsk teknologi", "Medicinteknik", "Medicoteknik", "Lääkintätekniikka"]
                }
                FocusArea::LifeScience => &[
                    "Life science & entrepreneurship",
                    "Livsvitenskap og gründerskap",
                    "Life science och entreprenörskap",
                    "Life science og iværksætteri",
                    "Elämäntieteet ja yrittäjyys",
                ],
                FocusArea::ClinicalResearch => &[
                    "Clinical research & quality of care",
                    "Klinisk forskning og kvalitet",
                    "Klinisk forskning och vårdkvalitet",
                    "Klinisk forskning og kvalitet",
                    "Kliininen tutkimus ja hoidon laatu",
                ],
                FocusArea::Education => &[
                    "Education & competence supply",
                    "Utdanning og kompetanse",
                    "Utbildning och kompetensförsörjning",
                    "Uddannelse og kompetence",
                    "Koulutus ja osaamisen turvaaminen",
                ],
                FocusArea::HealthyAgeing => &[
                    "Healthy ageing & welfare technology",
                    "Aldring og velferdsteknologi",
                    "Hälsosamt åldrande och välfärdsteknik",
                    "Sund aldring og velfærdsteknologi",
                    "Terveellinen ikääntyminen ja hyvinvointiteknologia",
                ],
                FocusArea::PrimaryCare => &[
                    "Primary, home & social care",
                    "Primærhelse og hjemmetjenester",
                    "Primärvård, hemvård och omsorg",
                    "Det nære sundhedsvæsen og hjemmepleje",
                    "Perusterveydenhuolto ja kotihoito",
                ],
                FocusArea::ResearchInfrastructure => &[
                    "Research infrastructure & test beds",
                    "Forskningsinfrastruktur og testarenaer",
                    "Forskningsinfrastruktur och testbäddar",
                    "Forskningsinfrastruktur og testfaciliteter",
                    "Tutkimusinfrastruktuuri ja testiympäristöt",
                ],
                FocusArea::Cancer => &["Cancer", "Kreft", "Cancer", "Kræft", "Syöpä"],
                FocusArea::MentalHealth => &[
                    "Mental health & neuroscience",
                    "Psykisk helse og nevrovitenskap",
                    "Psykisk hälsa och neurovetenskap",
                    "Mental sundhed og neurovidenskab",
                    "Mielenterveys ja neurotiede",
                ],
                FocusArea::PublicHealth => &[
                    "Public health & prevention",
                    "Folkehelse og forebygging",
                    "Folkhälsa och prevention",
                    "Folkesundhed og forebyggelse",
                    "Kansanterveys ja ennaltaehkäisy",
                ],
                FocusArea::RegionalDevelopment => &[
                    "Regional development & leadership",
                    "Regional utvikling og ledelse",
                    "Regional utveckling och ledning",
                    "Regional udvikling og ledelse",
                    "Aluekehitys ja johtaminen",
                ],
                FocusArea::PrecisionMedicine => &[
                    "Precision medicine & genomics",
                    "Persontilpasset medisin og genomikk",
                    "Precisionsmedicin och genomik",
                    "Personlig medicin og genomik",
                    "Täsmälääketiede ja genomiikka",
                ],
                FocusArea::InnovationTransfer => &[
                    "Technology transfer & public–private partnership",
                    "Teknologioverføring og offentlig-privat samarbeid",
                    "Tekniköverföring och offentlig-privat samverkan",
                    "Teknologioverførsel og offentlig-privat samarbejde",
                    "Teknologiansiirto ja julkisen ja yksityisen kumppanuus",
                ],
                FocusArea::CrossBorder => &[
                    "Nordic & cross-border cooperation",
                    "Nordisk og grenseoverskridende samarbeid",
                    "Nordiskt och gränsöverskridande samarbete",
                    "Nordisk og grænseoverskridende samarbejde",
                    "Pohjoismainen ja rajat ylittävä yhteistyö",
                ],
            },
            lang,
        )
    }
}

impl Label for PartnershipKind {
    fn label(self, lang: UiLang) -> &'static str {
        pick(
            match self {
                PartnershipKind::StrategicAgreement => &[
                    "Strategic agreement",
                    "Strategisk avtale",
                    "Strategiskt avtal",
                    "Strategisk aftale",
                    "Strateginen sopimus",
                ],
                PartnershipKind::Project => &["Project", "Prosjekt", "Projekt", "Projekt", "Hanke"],
                PartnershipKind::Network => &["Network", "Nettverk", "Nätverk", "Netværk", "Verkosto"],
                PartnershipKind::ClusterCollaboration => &[
                    "Cluster collaboration",
                    "Klyngesamarbeid",
                    "Klustersamarbete",
                    "Klyngesamarbejde",
                    "Klusteriyhteistyö",
                ],
                PartnershipKind::ReferenceSite => {
                    &["Reference site", "Referanseregion", "Referensregion", "Referenceregion", "Referenssialue"]
                }
                PartnershipKind::ResearchProgramme => &[
                    "Research programme",
                    "Forskningsprogram",
                    "Forskningsprogram",
                    "Forskningsprogram",
                    "Tutkimusohjelma",
                ],
                PartnershipKind::Other => {
                    &["Other partnership", "Annet samarbeid", "Annat samarbete", "Andet samarbejde", "Muu kumppanuus"]
                }
            },
            lang,
        )
    }
}

impl Label for Status {
    fn label(self, lang: UiLang) -> &'static str {
        pick(
            match self {
                Status::Active => &["Active", "Aktiv", "Aktivt", "Aktivt", "Käynnissä"],
                Status::Completed => &["Completed", "Avsluttet", "Avslutat", "Afsluttet", "Päättynyt"],
                Status::Planned => &["Planned", "Planlagt", "Planerat", "Planlagt", "Suunnitteilla"],
                Status::Unknown => {
                    &["Status unknown", "Status ukjent", "Status okänd", "Status ukendt", "Tila ei tiedossa"]
                }
            },
            lang,
        )
    }
}

impl Label for PartnerKind {
    fn label(self, lang: UiLang) -> &'static str {
        pick(
            match self {
                PartnerKind::University => &["University", "Universitet", "Universitet", "Universitet", "Yliopisto"],
                PartnerKind::UniversityCollege => {
                    &["University college", "Høgskole", "Högskola", "Professionshøjskole", "Ammattikorkeakoulu"]
                }
                PartnerKind::Region => &["Region", "Fylkeskommune / region", "Region", "Region", "Alue / maakunta"],
                PartnerKind::HealthAuthority => &[
                    "Health authority",
                    "Helseforetak / RHF",
                    "Hälsomyndighet",
                    "Sundhedsmyndighed",
                    "Terveysviranomainen",
                ],
                PartnerKind::Hospital => &["Hospital", "Sykehus", "Sjukhus", "Hospital", "Sairaala"],
                PartnerKind::Municipality => &["Municipality", "Kommune", "Kommun", "Kommune", "Kunta"],
                PartnerKind::Cluster => &["Cluster", "Klynge", "Kluster", "Klynge", "Klusteri"],
                PartnerKind::Company => &["Company", "Bedrift", "Företag", "Virksomhed", "Yritys"],
                PartnerKind::PublicAgency => {
                    &["Public agency", "Offentlig etat", "Myndighet", "Offentlig myndighed", "Viranomainen"]
                }
                PartnerKind::Foundation => &["Foundation", "Stiftelse", "Stiftelse", "Fond", "Säätiö"],
                PartnerKind::Network => &["Network", "Nettverk", "Nätverk", "Netværk", "Verkosto"],
                PartnerKind::Other => &[
                    "Other organisation",
                    "Annen organisasjon",
                    "Annan organisation",
                    "Anden organisation",
                    "Muu organisaatio",
                ],
            },
            lang,
        )
    }
}

impl Label for Country {
    fn label(self, lang: UiLang) -> &'static str {
        pick(
            match self {
                Country::No => &["Norway", "Norge", "Norge", "Norge", "Norja"],
                Country::Se => &["Sweden", "Sverige", "Sverige", "Sverige", "Ruotsi"],
                Country::Dk => &["Denmark", "Danmark", "Danmark", "Danmark", "Tanska"],
                Country::Fi => &["Finland", "Finland", "Finland", "Finland", "Suomi"],
                Country::Is => &["Iceland", "Island", "Island", "Island", "Islanti"],
            },
            lang,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_is_present_and_distinct_within_a_language() {
        for lang in UiLang::ALL {
            let labels: Vec<&str> = FocusArea::ALL.iter().map(|f| f.label(lang)).collect();
            let mut unique = labels.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(unique.len(), labels.len(), "{lang:?}");
            assert!(labels.iter().all(|l| !l.is_empty()));
        }
        assert_eq!(FocusArea::Cancer.label(UiLang::Da), "Kræft");
        assert_eq!(Country::Fi.label(UiLang::Fi), "Suomi");
    }
}
