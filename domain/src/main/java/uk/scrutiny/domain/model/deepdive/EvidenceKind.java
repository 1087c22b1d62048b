package uk.scrutiny.domain.model.deepdive;

/** How a deep dive gathers evidence. */
public enum EvidenceKind {
    EVIDENCE_SESSION, SITE_VISIT, SURVEY
}
