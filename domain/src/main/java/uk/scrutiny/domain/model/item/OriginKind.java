package uk.scrutiny.domain.model.item;

/** How an item came onto the work programme. */
public enum OriginKind {
    /** Set when the committee agreed its programme for the year. */
    WORK_PROGRAMME,
    /** Raised by a member while horizon scanning; the red flag is recorded with the origin. */
    RED_FLAG,
    /** Asked for by a member, outside horizon scanning (for instance a councillor call for action). */
    MEMBER_REQUEST,
    /** Referred by the executive, the council, another committee or a partner. */
    REFERRAL,
    /** A further report the committee asked for when it considered an earlier one. */
    FURTHER_REPORT,
    /** Taken as an urgent item, agreed by the chair. */
    URGENT
}
