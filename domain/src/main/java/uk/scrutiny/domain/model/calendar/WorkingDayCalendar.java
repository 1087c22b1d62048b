package uk.scrutiny.domain.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.scrutiny.domain.model.DomainRuleViolation;

/**
 * Which days are working days for one council: Monday to Friday, not a bank holiday of England and Wales, not a
 * closure day of the council. Every deadline of a scrutiny item is counted in these days.
 *
 * <p>Why it knows which years its bank holidays cover: a year without data would otherwise look like a year without
 * bank holidays, and a deadline would silently land on Christmas Day. Callers ask
 * {@link #isBankHolidayDataKnown(int)} and warn.
 *
 * <p>Immutable: {@link #withBankHolidays(BankHolidayFeed)} and {@link #withClosures(Collection)} return a new
 * calendar, so deadlines already computed with the old one stay as they were. Equal by value.
 */
public final class WorkingDayCalendar {

    private final NavigableMap<LocalDate, BankHoliday> bankHolidays;
    private final SortedSet<Integer> yearsCovered;
    private final List<ClosurePeriod> closures;

    private WorkingDayCalendar(Collection<BankHoliday> holidays, Set<Integer> yearsCovered,
            Collection<ClosurePeriod> closures) {
        Objects.requireNonNull(holidays, "Bank holidays are required.");
        Objects.requireNonNull(yearsCovered, "The years the bank holidays cover are required.");
        Objects.requireNonNull(closures, "Closures are required (an empty list when the council has none).");
        TreeSet<Integer> years = new TreeSet<>();
        for (Integer year : yearsCovered) {
            years.add(Objects.requireNonNull(year, "A year the bank holidays cover is required."));
        }
        TreeMap<LocalDate, BankHoliday> byDate = new TreeMap<>();
        for (BankHoliday holiday : holidays) {
            Objects.requireNonNull(holiday, "Bank holiday is required.");
            if (!years.contains(holiday.date().getYear())) {
                throw new DomainRuleViolation("yearsCovered", "The bank holiday ‘" + holiday.title() + "’ on "
                        + DisplayDate.format(holiday.date()) + " is in " + holiday.date().getYear()
                        + ", which is not among the years the bank holidays cover " + years + ".");
            }
            BankHoliday earlier = byDate.putIfAbsent(holiday.date(), holiday);
            if (earlier != null) {
                throw new DomainRuleViolation("bankHolidays", "Two bank holidays fall on "
                        + DisplayDate.format(holiday.date()) + ": ‘" + earlier.title() + "’ and ‘" + holiday.title() + "’.");
            }
        }
        List<ClosurePeriod> sortedClosures = new ArrayList<>();
        for (ClosurePeriod closure : closures) {
            sortedClosures.add(Objects.requireNonNull(closure, "Closure is required."));
        }
        sortedClosures.sort(Comparator.comparing(ClosurePeriod::firstDay).thenComparing(ClosurePeriod::lastDay)
                .thenComparing(ClosurePeriod::reason));
        this.bankHolidays = Collections.unmodifiableNavigableMap(byDate);
        this.yearsCovered = Collections.unmodifiableSortedSet(years);
        this.closures = List.copyOf(sortedClosures);
    }

    /** A calendar from these bank holidays, the years they cover (a year may be covered and have none), and closures. */
    public static WorkingDayCalendar of(Collection<BankHoliday> holidays, Set<Integer> yearsCovered,
            Collection<ClosurePeriod> closures) {
        return new WorkingDayCalendar(holidays, yearsCovered, closures);
    }

    /** A calendar from a bank holiday feed, with no closures. */
    public static WorkingDayCalendar of(BankHolidayFeed feed) {
        return of(feed, List.of());
    }

    /** A calendar from a bank holiday feed and the council's closures. */
    public static WorkingDayCalendar of(BankHolidayFeed feed, Collection<ClosurePeriod> closures) {
        Objects.requireNonNull(feed, "Bank holiday feed is required.");
        return new WorkingDayCalendar(feed.holidays(), feed.yearsCovered(), closures);
    }

    /** The bundled England and Wales bank holidays, no closures. */
    public static WorkingDayCalendar englandAndWales() {
        return of(BankHolidayFeed.bundled());
    }

    /** The same closures with the bank holidays (and years covered) of a newer feed instead. This calendar is unchanged. */
    public WorkingDayCalendar withBankHolidays(BankHolidayFeed newer) {
        Objects.requireNonNull(newer, "Bank holiday feed is required.");
        return new WorkingDayCalendar(newer.holidays(), newer.yearsCovered(), closures);
    }

    /** The same bank holidays with these closures instead of the current ones. This calendar is unchanged. */
    public WorkingDayCalendar withClosures(Collection<ClosurePeriod> replacement) {
        return new WorkingDayCalendar(bankHolidays.values(), yearsCovered, replacement);
    }

    /** The same calendar with one more closure. This calendar is unchanged. */
    public WorkingDayCalendar withClosure(ClosurePeriod closure) {
        List<ClosurePeriod> more = new ArrayList<>(closures);
        more.add(Objects.requireNonNull(closure, "Closure is required."));
        return new WorkingDayCalendar(bankHolidays.values(), yearsCovered, more);
    }

    /**
     * Monday to Friday, not a bank holiday, not a closure day. Asked for every day of a count of working days, so
     * it only looks: naming the reason ({@link #whyNotWorking}) cost most of counting the days left of a list.
     */
    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "Date is required.");
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        if (dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY || bankHolidays.containsKey(day)) {
            return false;
        }
        for (ClosurePeriod closure : closures) {
            if (closure.includes(day)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Why this day is not a working day, or empty if it is one. When several reasons apply, the weekend wins, then
     * the bank holiday, then the first closure.
     */
    public Optional<NonWorkingReason> whyNotWorking(LocalDate day) {
        Objects.requireNonNull(day, "Date is required.");
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        if (dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY) {
            return Optional.of(new NonWorkingReason(NonWorkingReason.Kind.WEEKEND,
                    dayOfWeek.getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
        }
        BankHoliday holiday = bankHolidays.get(day);
        if (holiday != null) {
            return Optional.of(new NonWorkingReason(NonWorkingReason.Kind.BANK_HOLIDAY, holiday.title()));
        }
        for (ClosurePeriod closure : closures) {
            if (closure.includes(day)) {
                return Optional.of(new NonWorkingReason(NonWorkingReason.Kind.CLOSURE, closure.reason()));
            }
        }
        return Optional.empty();
    }

    /** The bank holiday on this day, if any. */
    public Optional<BankHoliday> bankHolidayOn(LocalDate day) {
        return Optional.ofNullable(bankHolidays.get(Objects.requireNonNull(day, "Date is required.")));
    }

    /** Whether this calendar knows the bank holidays of that year (if not, it assumes there are none). */
    public boolean isBankHolidayDataKnown(int year) {
        return yearsCovered.contains(year);
    }

    /** The years between these two days (inclusive, either order) whose bank holidays are not known, earliest first. */
    public SortedSet<Integer> yearsWithoutBankHolidayData(LocalDate oneDay, LocalDate otherDay) {
        Objects.requireNonNull(oneDay, "Date is required.");
        Objects.requireNonNull(otherDay, "Date is required.");
        int first = Math.min(oneDay.getYear(), otherDay.getYear());
        int last = Math.max(oneDay.getYear(), otherDay.getYear());
        TreeSet<Integer> unknown = new TreeSet<>();
        for (int year = first; year <= last; year++) {
            if (!isBankHolidayDataKnown(year)) {
                unknown.add(year);
            }
        }
        return Collections.unmodifiableSortedSet(unknown);
    }

    /** The first working day after this day (not this day itself). */
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate candidate = Objects.requireNonNull(day, "Date is required.").plusDays(1);
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** The last working day before this day (not this day itself). */
    public LocalDate previousWorkingDay(LocalDate day) {
        LocalDate candidate = Objects.requireNonNull(day, "Date is required.").minusDays(1);
        while (!isWorkingDay(candidate)) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }

    /**
     * How many working days from {@code from} to {@code to}: the working days after {@code from} up to and including
     * {@code to}. Negative when {@code to} is before {@code from} (then minus the working days after {@code to} up to
     * and including {@code from}). So from Monday to Thursday of an ordinary week is 3, from Thursday to Monday is
     * -3, a day to itself is 0, and {@code between(a, b) + between(b, c) == between(a, c)}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "From date is required.");
        Objects.requireNonNull(to, "To date is required.");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        // The weekdays, less those the bank holidays and closures take (each once): counted from the dates rather
        // than day by day, as lists ask it for every row and a row may be due a year away (ear/BENCHMARK.md,
        // session 8).
        long days = to.toEpochDay() - from.toEpochDay();
        long weekdays = days / 7 * 5;
        for (LocalDate day = from.plusDays(days / 7 * 7 + 1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWeekday(day)) {
                weekdays++;
            }
        }
        Set<LocalDate> closed = new HashSet<>();
        for (LocalDate holiday : bankHolidays.subMap(from, false, to, true).keySet()) {
            if (isWeekday(holiday)) {
                closed.add(holiday);
            }
        }
        for (ClosurePeriod closure : closures) {
            LocalDate first = closure.firstDay().isAfter(from) ? closure.firstDay() : from.plusDays(1);
            LocalDate last = closure.lastDay().isBefore(to) ? closure.lastDay() : to;
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                if (isWeekday(day)) {
                    closed.add(day);
                }
            }
        }
        return (int) (weekdays - closed.size());
    }

    private static boolean isWeekday(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY;
    }

    /** The bank holidays, earliest first. */
    public List<BankHoliday> bankHolidays() {
        return List.copyOf(bankHolidays.values());
    }

    /** The years whose bank holidays are known. */
    public SortedSet<Integer> yearsCovered() {
        return yearsCovered;
    }

    /** The council's closures, earliest first. */
    public List<ClosurePeriod> closures() {
        return closures;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkingDayCalendar calendar
                && bankHolidays.equals(calendar.bankHolidays)
                && yearsCovered.equals(calendar.yearsCovered)
                && closures.equals(calendar.closures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bankHolidays, yearsCovered, closures);
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[" + bankHolidays.size() + " bank holidays, years " + yearsCovered + ", "
                + closures.size() + " closures]";
    }
}
