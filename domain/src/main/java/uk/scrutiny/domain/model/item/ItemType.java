package uk.scrutiny.domain.model.item;

/** The form the committee's work on an item takes. */
public enum ItemType {
    REPORT, DEEP_DIVE, WORKING_GROUP, BRIEFING, URGENT_ITEM, STANDING_ITEM, VERBAL_UPDATE
}
