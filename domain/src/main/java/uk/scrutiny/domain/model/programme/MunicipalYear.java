package uk.scrutiny.domain.model.programme;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.scrutiny.domain.model.DomainRuleViolation;

/**
 * A council's municipal year, from the annual meeting in May to the next one, named as councils write it:
 * "2025/26". Committee membership and the work programme are set per municipal year.
 *
 * <p>The annual meeting falls on a different day each year, so the year is taken to run from 1 May to 30 April:
 * a meeting in the first days of May before the annual meeting belongs, by this rule, to the new year. The same rule
 * places committee members in their year.
 *
 * @param startYear the calendar year in which the municipal year starts (2025 for 2025/26)
 */
public record MunicipalYear(int startYear) implements Comparable<MunicipalYear> {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})/(\\d{2})");

    public MunicipalYear {
        if (startYear < 1900 || startYear > 9998) {
            throw new DomainRuleViolation("municipalYear",
                    "The municipal year must start between 1900 and 9998; " + startYear + " is not allowed.");
        }
    }

    /** The municipal year a day falls in. */
    public static MunicipalYear of(LocalDate day) {
        Objects.requireNonNull(day, "Date is required.");
        return new MunicipalYear(day.getMonthValue() >= Month.MAY.getValue() ? day.getYear() : day.getYear() - 1);
    }

    public static MunicipalYear startingIn(int year) {
        return new MunicipalYear(year);
    }

    /** Reads a label such as "2025/26"; the second part must be the year after the first. */
    public static MunicipalYear parse(String label) {
        Matcher matcher = label == null ? null : LABEL.matcher(label.strip());
        if (matcher == null || !matcher.matches()) {
            throw new DomainRuleViolation("municipalYear",
                    "Municipal year must be written like 2025/26; \"" + label + "\" is not.");
        }
        MunicipalYear year = new MunicipalYear(Integer.parseInt(matcher.group(1)));
        if (!year.label().equals(label.strip())) {
            throw new DomainRuleViolation("municipalYear",
                    "A municipal year runs into the next calendar year: " + year.label() + ", not " + label.strip() + ".");
        }
        return year;
    }

    /** 1 May of the start year. */
    public LocalDate startDate() {
        return LocalDate.of(startYear, Month.MAY, 1);
    }

    /** 30 April of the following year. */
    public LocalDate endDate() {
        return LocalDate.of(startYear + 1, Month.APRIL, 30);
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(startDate()) && !day.isAfter(endDate());
    }

    public MunicipalYear next() {
        return new MunicipalYear(startYear + 1);
    }

    public MunicipalYear previous() {
        return new MunicipalYear(startYear - 1);
    }

    /** "2025/26". */
    public String label() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(MunicipalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
