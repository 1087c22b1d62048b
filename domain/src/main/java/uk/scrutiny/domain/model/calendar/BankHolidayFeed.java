package uk.scrutiny.domain.model.calendar;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The bank holidays of England and Wales read from a file in the GOV.UK {@code bank-holidays.json} format
 * (<a href="https://www.gov.uk/bank-holidays.json">www.gov.uk/bank-holidays.json</a>), and the years it covers.
 *
 * <p>Why a feed and not a rule: bank holidays move and are added by proclamation (8 May 2020, 2-3 June 2022,
 * 19 September 2022, 8 May 2023), so they are data. The GOV.UK format is used as is so an administrator can
 * download the newer file and upload it unchanged. Only the {@code "england-and-wales"} division is read; other
 * divisions may be present or absent. A year counts as covered when the file lists at least one event in it
 * (every year has several), so a deadline in a later year can warn that its bank holidays are not yet known.
 *
 * <p>A file that is not exactly right is refused whole with a {@link MalformedBankHolidayFeedException}: a feed
 * missing one holiday would move deadlines without anyone noticing.
 */
public final class BankHolidayFeed {

    /** The GOV.UK division this system works to. */
    public static final String ENGLAND_AND_WALES = "england-and-wales";

    /** Where the bundled copy of the GOV.UK file lives on the class path. */
    public static final String BUNDLED_RESOURCE = "/uk/scrutiny/domain/calendar/bank-holidays.json";

    private final List<BankHoliday> holidays;
    private final SortedSet<Integer> yearsCovered;

    private BankHolidayFeed(Collection<BankHoliday> holidays) {
        List<BankHoliday> sorted = new ArrayList<>(holidays);
        sorted.sort(Comparator.comparing(BankHoliday::date));
        TreeSet<Integer> years = new TreeSet<>();
        sorted.forEach(holiday -> years.add(holiday.date().getYear()));
        this.holidays = List.copyOf(sorted);
        this.yearsCovered = Collections.unmodifiableSortedSet(years);
    }

    /**
     * A feed made of these holidays (for instance read back from the database); the years covered are those the
     * holidays fall in.
     */
    public static BankHolidayFeed of(Collection<BankHoliday> holidays) {
        Objects.requireNonNull(holidays, "Bank holidays are required.");
        if (holidays.isEmpty()) {
            throw new MalformedBankHolidayFeedException("A bank holiday feed needs at least one bank holiday.");
        }
        Map<LocalDate, BankHoliday> byDate = new HashMap<>();
        for (BankHoliday holiday : holidays) {
            Objects.requireNonNull(holiday, "Bank holiday is required.");
            BankHoliday earlier = byDate.putIfAbsent(holiday.date(), holiday);
            if (earlier != null) {
                throw new MalformedBankHolidayFeedException("Two bank holidays fall on " + DisplayDate.format(holiday.date())
                        + ": ‘" + earlier.title() + "’ and ‘" + holiday.title() + "’.");
            }
        }
        return new BankHolidayFeed(holidays);
    }

    /** Reads a GOV.UK {@code bank-holidays.json} document. */
    public static BankHolidayFeed parse(String json) {
        Objects.requireNonNull(json, "Bank holiday file is required.");
        return read(new StringReader(json));
    }

    /** Reads a GOV.UK {@code bank-holidays.json} document (UTF-8, as GOV.UK serves it). The stream is not closed. */
    public static BankHolidayFeed parse(InputStream json) {
        Objects.requireNonNull(json, "Bank holiday file is required.");
        return read(new InputStreamReader(json, StandardCharsets.UTF_8));
    }

    /** The copy of the GOV.UK file bundled with the system (England and Wales, 2018 to 2027). */
    public static BankHolidayFeed bundled() {
        return Bundled.FEED;
    }

    /** The bank holidays of England and Wales, earliest first. */
    public List<BankHoliday> holidays() {
        return holidays;
    }

    /** The years for which the file lists bank holidays, so for which working days are known for certain. */
    public SortedSet<Integer> yearsCovered() {
        return yearsCovered;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BankHolidayFeed feed && holidays.equals(feed.holidays);
    }

    @Override
    public int hashCode() {
        return holidays.hashCode();
    }

    @Override
    public String toString() {
        return "BankHolidayFeed[" + holidays.size() + " bank holidays, " + yearsCovered.first() + "-"
                + yearsCovered.last() + "]";
    }

    private static BankHolidayFeed read(Reader source) {
        JsonValue document;
        try (JsonReader reader = Json.createReader(source)) {
            document = reader.readValue();
        } catch (JsonException e) {
            throw new MalformedBankHolidayFeedException(
                    "The bank holiday file is not valid JSON: " + e.getMessage(), e);
        }
        if (!(document instanceof JsonObject divisions)) {
            throw new MalformedBankHolidayFeedException("The bank holiday file must be a JSON object with one entry per "
                    + "division, such as \"" + ENGLAND_AND_WALES + "\"; it is " + describe(document) + ".");
        }
        JsonValue division = divisions.get(ENGLAND_AND_WALES);
        if (division == null) {
            throw new MalformedBankHolidayFeedException("The bank holiday file has no \"" + ENGLAND_AND_WALES
                    + "\" division" + (divisions.isEmpty() ? "." : "; it has only " + divisions.keySet() + "."));
        }
        if (!(division instanceof JsonObject divisionObject)) {
            throw new MalformedBankHolidayFeedException("The \"" + ENGLAND_AND_WALES
                    + "\" division must be an object with a list of events; it is " + describe(division) + ".");
        }
        JsonValue events = divisionObject.get("events");
        if (!(events instanceof JsonArray eventArray)) {
            throw new MalformedBankHolidayFeedException("The \"" + ENGLAND_AND_WALES + "\" division has no list of \"events\""
                    + (events == null ? "." : "; \"events\" is " + describe(events) + "."));
        }
        if (eventArray.isEmpty()) {
            throw new MalformedBankHolidayFeedException("The \"" + ENGLAND_AND_WALES + "\" division lists no events.");
        }
        List<BankHoliday> holidays = new ArrayList<>(eventArray.size());
        Map<LocalDate, Integer> eventNumberByDate = new HashMap<>();
        for (int i = 0; i < eventArray.size(); i++) {
            int number = i + 1;
            BankHoliday holiday = readEvent(eventArray.get(i), number);
            Integer earlier = eventNumberByDate.putIfAbsent(holiday.date(), number);
            if (earlier != null) {
                throw new MalformedBankHolidayFeedException(where(number) + " repeats the date " + holiday.date()
                        + " of event " + earlier + ".");
            }
            holidays.add(holiday);
        }
        return new BankHolidayFeed(holidays);
    }

    private static BankHoliday readEvent(JsonValue event, int number) {
        if (!(event instanceof JsonObject fields)) {
            throw new MalformedBankHolidayFeedException(where(number) + " is not an object with a title and a date; it is "
                    + describe(event) + ".");
        }
        JsonValue date = fields.get("date");
        if (date == null) {
            throw new MalformedBankHolidayFeedException(where(number) + " has no date.");
        }
        if (!(date instanceof JsonString dateText)) {
            throw new MalformedBankHolidayFeedException(where(number) + " has no valid date: " + date
                    + " (expected a date such as \"2024-01-01\").");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(dateText.getString());
        } catch (DateTimeParseException e) {
            throw new MalformedBankHolidayFeedException(where(number) + " has no valid date: '" + dateText.getString()
                    + "' (expected a date such as \"2024-01-01\").", e);
        }
        JsonValue title = fields.get("title");
        if (!(title instanceof JsonString titleText) || titleText.getString().isBlank()) {
            throw new MalformedBankHolidayFeedException(where(number) + " (" + day + ") has no title.");
        }
        return new BankHoliday(day, titleText.getString());
    }

    private static String where(int eventNumber) {
        return "Event " + eventNumber + " of " + ENGLAND_AND_WALES;
    }

    private static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "true or false";
            case NULL -> "null";
        };
    }

    /** Reads the bundled file once, when first asked for. */
    private static final class Bundled {
        static final BankHolidayFeed FEED = load();

        private static BankHolidayFeed load() {
            try (InputStream in = BankHolidayFeed.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The bundled bank holiday file " + BUNDLED_RESOURCE + " is missing.");
                }
                return parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException("The bundled bank holiday file could not be read.", e);
            }
        }
    }
}
