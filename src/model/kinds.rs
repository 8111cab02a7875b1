//! The closed vocabularies for a partnership's kind and status and a
//! partner's kind.

use super::code_enum::code_enum;

code_enum! {
    /// What sort of partnership a record describes.
    pub enum PartnershipKind {
        /// A signed agreement between organisations.
        StrategicAgreement = "strategic_agreement",
        /// A time-limited project.
        Project = "project",
        /// A network of organisations.
        Network = "network",
        /// A cluster or a collaboration of clusters.
        ClusterCollaboration = "cluster_collaboration",
        /// A recognised reference site (e.g. EIP on AHA).
        ReferenceSite = "reference_site",
        /// A research programme.
        ResearchProgramme = "research_programme",
        /// Anything else.
        Other = "other",
    }
}

code_enum! {
    /// Whether a partnership is running.
    pub enum Status {
        /// Running, as of its newest source.
        Active = "active",
        /// Finished.
        Completed = "completed",
        /// Agreed but not started.
        Planned = "planned",
        /// Not known from the sources.
        Unknown = "unknown",
    }
}

code_enum! {
    /// What sort of organisation a partner is.
    pub enum PartnerKind {
        /// A university.
        University = "university",
        /// A university college or university of applied sciences.
        UniversityCollege = "university_college",
        /// A region or county council.
        Region = "region",
        /// A health authority, such as Norway's regional health authorities.
        HealthAuthority = "health_authority",
        /// A hospital or hospital trust.
        Hospital = "hospital",
        /// A municipality.
        Municipality = "municipality",
        /// A cluster organisation.
        Cluster = "cluster",
        /// A company.
        Company = "company",
        /// A government agency.
        PublicAgency = "public_agency",
        /// A foundation.
        Foundation = "foundation",
        /// A network organisation.
        Network = "network",
        /// Anything else (research institutes, science parks, …).
        Other = "other",
    }
}
