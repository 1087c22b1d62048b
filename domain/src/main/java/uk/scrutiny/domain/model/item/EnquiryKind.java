package uk.scrutiny.domain.model.item;

/** A key line of enquiry is a question for the report to answer or a specific request for data. */
public enum EnquiryKind {
    QUESTION, DATA_REQUEST
}
