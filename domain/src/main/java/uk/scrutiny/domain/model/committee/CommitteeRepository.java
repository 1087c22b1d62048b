package uk.scrutiny.domain.model.committee;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Committees, their meetings and their members. */
public interface CommitteeRepository {

    List<Committee> findAll();

    Optional<Committee> find(long id);

    Optional<Committee> findByName(String name);

    void store(Committee committee);

    Optional<Meeting> findMeeting(long id);

    /** Meetings in date order; any argument may be null to leave that criterion out. */
    List<Meeting> findMeetings(Long committeeId, LocalDate from, LocalDate to);

    void store(Meeting meeting);

    List<CommitteeMember> findMembers(long committeeId, int municipalYear);

    void store(CommitteeMember member);

    /**
     * The committees the person with this user name chairs, or is vice-chair of, on the day
     * ({@link CommitteesChaired}): read with one query of their chair and vice-chair seats of the day's municipal
     * year and the year before.
     */
    CommitteesChaired findCommitteesChaired(String username, LocalDate day);

    long count();
}
