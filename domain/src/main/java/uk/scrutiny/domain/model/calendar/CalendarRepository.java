package uk.scrutiny.domain.model.calendar;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/** Where the council's calendar is kept: the bank holidays an administrator loaded, and the closure periods. */
public interface CalendarRepository {

    /** Bank holidays as last loaded, with the years the file covered. */
    record StoredBankHolidays(List<BankHoliday> holidays, SortedSet<Integer> yearsCovered) {
    }

    /** Who loaded a bank holiday file, when, and what it held. */
    record BankHolidayLoad(LocalDateTime loadedAt, String loadedBy, int firstYear, int lastYear, int holidayCount) {
    }

    /** A stored closure, with the id an administrator uses to remove it. */
    record Closure(long id, ClosurePeriod period) {
    }

    /** Empty until an administrator has loaded a file; the bundled one applies meanwhile. */
    Optional<StoredBankHolidays> loadedBankHolidays();

    /** Replaces every stored bank holiday with the feed's, and records the load. */
    void replaceBankHolidays(BankHolidayFeed feed, String loadedBy);

    Optional<BankHolidayLoad> lastLoad();

    /** In date order. */
    List<Closure> closures();

    Closure addClosure(ClosurePeriod period);

    /** False when there was no such closure. */
    boolean removeClosure(long id);
}
