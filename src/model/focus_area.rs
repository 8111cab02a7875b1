//! The controlled vocabulary of focus areas, defined once here.
//!
//! The research notes used about 35 tags; they are folded into these 16 so a
//! visitor can scan one facet list (the mapping is in the README). Labels in
//! every UI language live in [`crate::i18n`].

use super::code_enum::code_enum;

code_enum! {
    /// A topic a partnership works on.
    pub enum FocusArea {
        /// Digital health and telemedicine.
        DigitalHealth = "digital_health",
        /// Artificial intelligence and health data.
        AiHealthData = "ai_health_data",
        /// Medical technology.
        Medtech = "medtech",
        /// Life science and entrepreneurship.
        LifeScience = "life_science",
        /// Clinical research and quality of care.
        ClinicalResearch = "clinical_research",
        /// Education and competence supply.
        Education = "education",
        /// Healthy ageing and welfare technology.
        HealthyAgeing = "healthy_ageing",
        /// Primary, home and social care, rehabilitation.
        PrimaryCare = "primary_care",
        /// Research infrastructure and test beds.
        ResearchInfrastructure = "research_infrastructure",
        /// Cancer.
        Cancer = "cancer",
        /// Mental health and neuroscience.
        MentalHealth = "mental_health",
        /// Public health and prevention.
        PublicHealth = "public_health",
        /// Regional development and leadership.
        RegionalDevelopment = "regional_development",
        /// Precision medicine, genomics and biobanks.
        PrecisionMedicine = "precision_medicine",
        /// Technology transfer and public–private partnership.
        InnovationTransfer = "innovation_transfer",
        /// Nordic and cross-border cooperation.
        CrossBorder = "cross_border",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_most_sixteen_and_codes_round_trip() {
        assert!(FocusArea::ALL.len() <= 16);
        for &area in FocusArea::ALL {
            assert_eq!(FocusArea::parse(area.code()), Some(area));
        }
        assert_eq!(FocusArea::parse("ai"), None);
    }
}
