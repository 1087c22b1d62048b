package uk.scrutiny.domain.model.notice;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The notices sent about officers' responses, and their e-mails still to send. */
public interface ChaseNoticeRepository {

    Optional<ChaseNotice> find(long id);

    /** The notice of this kind and threshold already sent for the request's due date, if any. */
    Optional<ChaseNotice> find(long requestId, NoticeKind kind, int thresholdDays, LocalDate due);

    /** An item's notices, oldest first. */
    List<ChaseNotice> findByItem(long itemId);

    /** Notices whose e-mail is due for a try at {@code now}, oldest first, at most {@code limit}. */
    List<ChaseNotice> findEmailsDue(LocalDateTime now, int limit);

    /**
     * Escalations still standing (the request is still awaiting its officer, on the due date that was escalated),
     * earliest due first, from position {@code first} (0 is the first), at most {@code max}, each with its item, the
     * item's meeting, its request and the request's officer loaded.
     *
     * @param committeeId only those of this committee's items; null: every committee's
     */
    List<ChaseNotice> findStandingEscalations(Long committeeId, int first, int max);

    /** How many escalations are standing, of one committee's items or (null) of all. */
    long countStandingEscalations(Long committeeId);

    void store(ChaseNotice notice);
}
