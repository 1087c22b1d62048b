package uk.scrutiny.domain.model.committee;

/** A seat on a committee, as the constitution names it. */
public enum MemberRole {
    CHAIR, VICE_CHAIR, MEMBER, CO_OPTED_MEMBER, SUBSTITUTE;

    /** The chair and vice-chair triage red flags and agree urgent items. */
    public boolean triages() {
        return this == CHAIR || this == VICE_CHAIR;
    }
}
