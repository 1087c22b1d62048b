/**
 * Recommendations: what the committee (or a deep dive) recommends to a decision maker, the executive's response,
 * due within two months, and the monitoring of each accepted recommendation to completion (RAG status with notes
 * and history). An aggregate of its own, because it is followed for months or years after the meeting.
 */
package uk.scrutiny.domain.model.recommendation;
