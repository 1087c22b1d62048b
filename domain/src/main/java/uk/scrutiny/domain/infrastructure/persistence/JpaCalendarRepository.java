package uk.scrutiny.domain.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import uk.scrutiny.domain.model.calendar.BankHoliday;
import uk.scrutiny.domain.model.calendar.BankHolidayFeed;
import uk.scrutiny.domain.model.calendar.CalendarRepository;
import uk.scrutiny.domain.model.calendar.ClosurePeriod;

/**
 * The calendar's rows through plain SQL: bank holidays and closures are value objects of the calendar, not
 * entities with a life of their own, so they are read and written as rows rather than mapped.
 */
@ApplicationScoped
public class JpaCalendarRepository implements CalendarRepository {

    @PersistenceContext(unitName = "scrutiny")
    private EntityManager em;

    @Override
    public Optional<StoredBankHolidays> loadedBankHolidays() {
        SortedSet<Integer> years = new TreeSet<>();
        for (Object year : em.createNativeQuery("SELECT calendar_year FROM bank_holiday_year").getResultList()) {
            years.add(((Number) year).intValue());
        }
        if (years.isEmpty()) {
            return Optional.empty();
        }
        List<BankHoliday> holidays = rows("SELECT holiday_date, title FROM bank_holiday ORDER BY holiday_date")
                .stream().map(row -> new BankHoliday(date(row[0]), (String) row[1])).toList();
        return Optional.of(new StoredBankHolidays(holidays, years));
    }

    @Override
    public void replaceBankHolidays(BankHolidayFeed feed, String loadedBy) {
        em.createNativeQuery("DELETE FROM bank_holiday").executeUpdate();
        em.createNativeQuery("DELETE FROM bank_holiday_year").executeUpdate();
        for (BankHoliday holiday : feed.holidays()) {
            em.createNativeQuery("INSERT INTO bank_holiday (holiday_date, title) VALUES (?, ?)")
                    .setParameter(1, Date.valueOf(holiday.date())).setParameter(2, holiday.title()).executeUpdate();
        }
        for (int year : feed.yearsCovered()) {
            em.createNativeQuery("INSERT INTO bank_holiday_year (calendar_year) VALUES (?)")
                    .setParameter(1, year).executeUpdate();
        }
        em.createNativeQuery("INSERT INTO bank_holiday_load (loaded_at, loaded_by, first_year, last_year,"
                        + " holiday_count) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)))
                .setParameter(2, loadedBy)
                .setParameter(3, feed.yearsCovered().first())
                .setParameter(4, feed.yearsCovered().last())
                .setParameter(5, feed.holidays().size())
                .executeUpdate();
    }

    @Override
    public Optional<BankHolidayLoad> lastLoad() {
        return rows("SELECT loaded_at, loaded_by, first_year, last_year, holiday_count FROM bank_holiday_load"
                + " ORDER BY id DESC").stream().findFirst().map(row -> new BankHolidayLoad(
                ((Timestamp) row[0]).toLocalDateTime(), (String) row[1], ((Number) row[2]).intValue(),
                ((Number) row[3]).intValue(), ((Number) row[4]).intValue()));
    }

    @Override
    public List<Closure> closures() {
        return rows("SELECT id, first_day, last_day, reason FROM closure_period ORDER BY first_day, id").stream()
                .map(row -> new Closure(((Number) row[0]).longValue(),
                        new ClosurePeriod(date(row[1]), date(row[2]), (String) row[3])))
                .toList();
    }

    @Override
    public Closure addClosure(ClosurePeriod period) {
        em.createNativeQuery("INSERT INTO closure_period (first_day, last_day, reason) VALUES (?, ?, ?)")
                .setParameter(1, Date.valueOf(period.firstDay()))
                .setParameter(2, Date.valueOf(period.lastDay()))
                .setParameter(3, period.reason())
                .executeUpdate();
        Object id = em.createNativeQuery("SELECT MAX(id) FROM closure_period WHERE first_day = ? AND last_day = ?"
                        + " AND reason = ?")
                .setParameter(1, Date.valueOf(period.firstDay()))
                .setParameter(2, Date.valueOf(period.lastDay()))
                .setParameter(3, period.reason())
                .getSingleResult();
        return new Closure(((Number) id).longValue(), period);
    }

    @Override
    public boolean removeClosure(long id) {
        return em.createNativeQuery("DELETE FROM closure_period WHERE id = ?").setParameter(1, id)
                .executeUpdate() > 0;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
    }
}
