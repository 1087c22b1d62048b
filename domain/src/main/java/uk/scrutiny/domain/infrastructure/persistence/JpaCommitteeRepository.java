package uk.scrutiny.domain.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeMember;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.committee.CommitteesChaired;
import uk.scrutiny.domain.model.committee.MemberRole;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.programme.MunicipalYear;

@ApplicationScoped
public class JpaCommitteeRepository implements CommitteeRepository {

    @PersistenceContext(unitName = "scrutiny")
    private EntityManager em;

    @Override
    public List<Committee> findAll() {
        return em.createQuery("select c from Committee c order by c.name", Committee.class).getResultList();
    }

    @Override
    public Optional<Committee> find(long id) {
        return Optional.ofNullable(em.find(Committee.class, id));
    }

    @Override
    public Optional<Committee> findByName(String name) {
        return em.createQuery("select c from Committee c where c.name = :name", Committee.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public void store(Committee committee) {
        if (committee.id() == null) {
            em.persist(committee);
            // Identity columns are assigned on insert; flush so the caller can use the id at once.
            em.flush();
        } else {
            em.merge(committee);
        }
    }

    @Override
    public Optional<Meeting> findMeeting(long id) {
        return Optional.ofNullable(em.find(Meeting.class, id));
    }

    @Override
    public List<Meeting> findMeetings(Long committeeId, LocalDate from, LocalDate to) {
        StringBuilder jpql = new StringBuilder("select m from Meeting m join fetch m.committee where 1 = 1");
        if (committeeId != null) {
            jpql.append(" and m.committee.id = :committee");
        }
        if (from != null) {
            jpql.append(" and m.date >= :from");
        }
        if (to != null) {
            jpql.append(" and m.date <= :to");
        }
        jpql.append(" order by m.date, m.committee.name");
        TypedQuery<Meeting> query = em.createQuery(jpql.toString(), Meeting.class);
        if (committeeId != null) {
            query.setParameter("committee", committeeId);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query.getResultList();
    }

    @Override
    public void store(Meeting meeting) {
        if (meeting.id() == null) {
            em.persist(meeting);
            // Identity columns are assigned on insert; flush so the caller can use the id at once.
            em.flush();
        } else {
            em.merge(meeting);
        }
    }

    @Override
    public List<CommitteeMember> findMembers(long committeeId, int municipalYear) {
        return em.createQuery("select m from CommitteeMember m where m.committee.id = :committee"
                        + " and m.municipalYear = :year order by m.role, m.name", CommitteeMember.class)
                .setParameter("committee", committeeId).setParameter("year", municipalYear).getResultList();
    }

    @Override
    public void store(CommitteeMember member) {
        if (member.id() == null) {
            em.persist(member);
            // Identity columns are assigned on insert; flush so the caller can use the id at once.
            em.flush();
        } else {
            em.merge(member);
        }
    }

    @Override
    public CommitteesChaired findCommitteesChaired(String username, LocalDate day) {
        MunicipalYear year = MunicipalYear.of(day);
        List<MemberRole> triaging = Arrays.stream(MemberRole.values()).filter(MemberRole::triages).toList();
        List<Object[]> rows = em.createQuery("select s, c, (select count(n) from CommitteeMember n"
                        + " where n.committee = s.committee and n.municipalYear = s.municipalYear + 1)"
                        + " from CommitteeMember s join s.committee c join s.user u where u.username = :username"
                        + " and s.municipalYear in (:year, :previous) and s.role in :roles", Object[].class)
                .setParameter("username", username).setParameter("year", year.startYear())
                .setParameter("previous", year.previous().startYear()).setParameter("roles", triaging)
                .getResultList();
        return CommitteesChaired.on(day, rows.stream().map(row -> {
            CommitteeMember seat = (CommitteeMember) row[0];
            return new CommitteesChaired.Seat((Committee) row[1], MunicipalYear.startingIn(seat.municipalYear()),
                    seat.role(), ((Number) row[2]).longValue() > 0);
        }).toList());
    }

    @Override
    public long count() {
        return em.createQuery("select count(c) from Committee c", Long.class).getSingleResult();
    }
}
