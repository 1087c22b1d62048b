package uk.scrutiny.domain.model.catalogue;

/** How a member can get at a data source (Table 1 of the toolkit). */
public enum Accessibility {
    SELF_SERVE, SUPPORTED_ACCESS, REQUIRES_REGISTRATION, OFFICER_ONLY
}
