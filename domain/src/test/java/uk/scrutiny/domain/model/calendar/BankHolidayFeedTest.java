package uk.scrutiny.domain.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.scrutiny.domain.model.DomainRuleViolation;

class BankHolidayFeedTest {

    private static final BankHolidayFeed BUNDLED = BankHolidayFeed.bundled();

    @Nested
    class TheBundledFile {

        @Test
        void coversEnglandAndWalesFrom2018To2027() {
            assertThat(BUNDLED.yearsCovered()).containsExactly(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027);
        }

        @Test
        void hasEightBankHolidaysAYearExceptTheExtraOnesOf2022And2023() {
            // 2022: + Platinum Jubilee and the State Funeral; 2023: + the coronation.
            for (int year = 2018; year <= 2027; year++) {
                int expected = year == 2022 ? 10 : year == 2023 ? 9 : 8;
                assertThat(holidaysIn(year)).as("bank holidays in %d", year).hasSize(expected);
            }
            assertThat(BUNDLED.holidays()).hasSize(83);
        }

        @Test
        void isTheSameWhenReadFromAStream() throws Exception {
            try (InputStream in = BankHolidayFeed.class.getResourceAsStream(BankHolidayFeed.BUNDLED_RESOURCE)) {
                assertThat(BankHolidayFeed.parse(in)).isEqualTo(BUNDLED);
            }
        }

        @Test
        void listsHolidaysEarliestFirstAndNeverAtAWeekend() {
            List<LocalDate> dates = BUNDLED.holidays().stream().map(BankHoliday::date).toList();
            assertThat(dates).isSorted().doesNotHaveDuplicates();
            assertThat(dates).allSatisfy(date ->
                    assertThat(date.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', textBlock = """
                2020-05-08 | Early May bank holiday (VE day)
                2020-12-28 | Boxing Day
                2021-12-27 | Christmas Day
                2021-12-28 | Boxing Day
                2022-01-03 | New Year’s Day
                2022-06-02 | Spring bank holiday
                2022-06-03 | Platinum Jubilee bank holiday
                2022-09-19 | Bank Holiday for the State Funeral of Queen Elizabeth II
                2022-12-26 | Boxing Day
                2022-12-27 | Christmas Day
                2023-01-02 | New Year’s Day
                2023-05-08 | Bank holiday for the coronation of King Charles III
                2026-12-28 | Boxing Day
                2027-12-27 | Christmas Day
                2027-12-28 | Boxing Day
                """)
        void hasTheMovedExtraAndSubstituteHolidays(LocalDate date, String title) {
            assertThat(BUNDLED.holidays()).contains(new BankHoliday(date, title));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2020-05-04", "2022-05-30", "2020-12-26", "2022-01-01", "2027-12-25"})
        void hasNoHolidayOnTheDaysTheyMovedFrom(LocalDate date) {
            assertThat(BUNDLED.holidays()).noneMatch(holiday -> holiday.date().equals(date));
        }

        /**
         * An independent check of every year against the rules of England and Wales, with the known exceptions
         * written out: the file must match exactly, so a mistyped date fails here.
         */
        @Test
        void matchesTheRulesOfEnglandAndWalesWithTheKnownExceptions() {
            for (int year = 2018; year <= 2027; year++) {
                Set<LocalDate> expected = new TreeSet<>();
                expected.add(substituteForNewYear(year));
                LocalDate easter = easterSunday(year);
                expected.add(easter.minusDays(2));
                expected.add(easter.plusDays(1));
                expected.add(year == 2020 ? LocalDate.of(2020, 5, 8)
                        : LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
                expected.add(year == 2022 ? LocalDate.of(2022, 6, 2)
                        : LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
                expected.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
                expected.addAll(christmasAndBoxingDay(year));
                if (year == 2022) {
                    expected.add(LocalDate.of(2022, 6, 3));
                    expected.add(LocalDate.of(2022, 9, 19));
                }
                if (year == 2023) {
                    expected.add(LocalDate.of(2023, 5, 8));
                }
                Set<LocalDate> actual = holidaysIn(year).stream().map(BankHoliday::date)
                        .collect(Collectors.toCollection(TreeSet::new));
                assertThat(actual)
                        .as("bank holidays of %d", year)
                        .isEqualTo(expected);
            }
        }

        @Test
        void namesEasterAndChristmasAsGovUkDoes() {
            assertThat(BUNDLED.holidays()).contains(
                    new BankHoliday(LocalDate.of(2025, 4, 18), "Good Friday"),
                    new BankHoliday(LocalDate.of(2025, 4, 21), "Easter Monday"),
                    new BankHoliday(LocalDate.of(2026, 1, 1), "New Year’s Day"),
                    new BankHoliday(LocalDate.of(2025, 12, 25), "Christmas Day"),
                    new BankHoliday(LocalDate.of(2025, 12, 26), "Boxing Day"),
                    new BankHoliday(LocalDate.of(2025, 8, 25), "Summer bank holiday"));
        }
    }

    @Nested
    class AWellFormedFile {

        @Test
        void mayHoldOnlyEnglandAndWales() {
            BankHolidayFeed feed = BankHolidayFeed.parse(englandAndWales(
                    event("New Year’s Day", "2028-01-03"), event("Good Friday", "2028-04-14")));
            assertThat(feed.holidays()).containsExactly(
                    new BankHoliday(LocalDate.of(2028, 1, 3), "New Year’s Day"),
                    new BankHoliday(LocalDate.of(2028, 4, 14), "Good Friday"));
            assertThat(feed.yearsCovered()).containsExactly(2028);
        }

        @Test
        void mayHoldOtherDivisionsWhichAreIgnored() {
            String json = """
                    {"scotland": {"division": "scotland", "events": [{"title": "2nd January", "date": "2024-01-02",
                      "notes": "", "bunting": true}]},
                     "england-and-wales": {"division": "england-and-wales", "events": [
                      {"title": "New Year’s Day", "date": "2024-01-01", "notes": "", "bunting": true}]},
                     "northern-ireland": "not looked at"}
                    """;
            assertThat(BankHolidayFeed.parse(json).holidays())
                    .containsExactly(new BankHoliday(LocalDate.of(2024, 1, 1), "New Year’s Day"));
        }

        @Test
        void isReadFromAStreamAsUtf8() {
            byte[] bytes = englandAndWales(event("New Year’s Day", "2024-01-01")).getBytes(StandardCharsets.UTF_8);
            assertThat(BankHolidayFeed.parse(new ByteArrayInputStream(bytes)).holidays().get(0).title())
                    .isEqualTo("New Year’s Day");
        }

        @Test
        void sortsEventsAndCoversEveryYearItMentions() {
            BankHolidayFeed feed = BankHolidayFeed.parse(englandAndWales(
                    event("Christmas Day", "2030-12-25"), event("New Year’s Day", "2029-01-01")));
            assertThat(feed.holidays()).extracting(BankHoliday::date)
                    .containsExactly(LocalDate.of(2029, 1, 1), LocalDate.of(2030, 12, 25));
            assertThat(feed.yearsCovered()).containsExactly(2029, 2030);
        }
    }

    @Nested
    class AMalformedFileIsRefusedSayingWhatAndWhere {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                not JSON                | this is not json                                          | The bank holiday file is not valid JSON
                empty                   | ``                                                        | The bank holiday file is not valid JSON
                cut short               | {"england-and-wales": {"events": [                        | The bank holiday file is not valid JSON
                a list at the top       | []                                                        | must be a JSON object with one entry per division
                no england-and-wales    | {"scotland": {"division": "scotland", "events": []}}      | The bank holiday file has no "england-and-wales" division; it has only [scotland].
                division not an object  | {"england-and-wales": []}                                 | The "england-and-wales" division must be an object with a list of events; it is a list.
                no events               | {"england-and-wales": {"division": "england-and-wales"}}  | The "england-and-wales" division has no list of "events".
                events not a list       | {"england-and-wales": {"events": {}}}                     | The "england-and-wales" division has no list of "events"; "events" is an object.
                empty events            | {"england-and-wales": {"events": []}}                     | The "england-and-wales" division lists no events.
                event not an object     | {"england-and-wales": {"events": ["2024-01-01"]}}         | Event 1 of england-and-wales is not an object with a title and a date; it is a string.
                event without a date    | {"england-and-wales": {"events": [{"title": "Good Friday"}]}} | Event 1 of england-and-wales has no date.
                date is a number        | {"england-and-wales": {"events": [{"title": "Good Friday", "date": 20240329}]}} | Event 1 of england-and-wales has no valid date: 20240329
                date not ISO            | {"england-and-wales": {"events": [{"title": "Good Friday", "date": "29/03/2024"}]}} | Event 1 of england-and-wales has no valid date: '29/03/2024'
                event without a title   | {"england-and-wales": {"events": [{"date": "2024-03-29"}]}} | Event 1 of england-and-wales (2024-03-29) has no title.
                blank title             | {"england-and-wales": {"events": [{"title": " ", "date": "2024-03-29"}]}} | Event 1 of england-and-wales (2024-03-29) has no title.
                """)
        void withAClearMessage(String what, String json, String message) {
            assertThatThrownBy(() -> BankHolidayFeed.parse(json))
                    .as(what)
                    .isInstanceOf(MalformedBankHolidayFeedException.class)
                    .isInstanceOf(DomainRuleViolation.class)
                    .hasMessageContaining(message);
        }

        @Test
        void namingTheEventWithAnImpossibleDate() {
            String[] events = IntStream.rangeClosed(1, 14)
                    .mapToObj(i -> event("Holiday " + i, i == 14 ? "2024-13-01" : LocalDate.of(2024, 1, i).toString()))
                    .toArray(String[]::new);
            assertThatThrownBy(() -> BankHolidayFeed.parse(englandAndWales(events)))
                    .isInstanceOf(MalformedBankHolidayFeedException.class)
                    .hasMessageStartingWith("Event 14 of england-and-wales has no valid date: '2024-13-01'")
                    .satisfies(e -> assertThat(((DomainRuleViolation) e).field()).isEqualTo("bankHolidayFile"));
        }

        @Test
        void whenADateIsListedTwice() {
            String json = englandAndWales(event("New Year’s Day", "2024-01-01"), event("Good Friday", "2024-03-29"),
                    event("New Year again", "2024-01-01"));
            assertThatThrownBy(() -> BankHolidayFeed.parse(json))
                    .isInstanceOf(MalformedBankHolidayFeedException.class)
                    .hasMessage("Event 3 of england-and-wales repeats the date 2024-01-01 of event 1.");
        }

        @Test
        void whenBuiltFromHolidaysThatClash() {
            assertThatThrownBy(() -> BankHolidayFeed.of(List.of(
                    new BankHoliday(LocalDate.of(2024, 1, 1), "New Year’s Day"),
                    new BankHoliday(LocalDate.of(2024, 1, 1), "Another"))))
                    .isInstanceOf(MalformedBankHolidayFeedException.class)
                    .hasMessageContaining("Two bank holidays fall on Mon 1 Jan 2024");
            assertThatThrownBy(() -> BankHolidayFeed.of(List.of()))
                    .isInstanceOf(MalformedBankHolidayFeedException.class)
                    .hasMessageContaining("at least one bank holiday");
        }
    }

    private static List<BankHoliday> holidaysIn(int year) {
        return BUNDLED.holidays().stream().filter(holiday -> holiday.date().getYear() == year).toList();
    }

    static String event(String title, String date) {
        return "{\"title\": \"" + title + "\", \"date\": \"" + date + "\", \"notes\": \"\", \"bunting\": true}";
    }

    static String englandAndWales(String... events) {
        return "{\"england-and-wales\": {\"division\": \"england-and-wales\", \"events\": ["
                + String.join(", ", events) + "]}}";
    }

    /** New Year's Day, or the Monday after when it falls at a weekend. */
    private static LocalDate substituteForNewYear(int year) {
        LocalDate day = LocalDate.of(year, 1, 1);
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /** Christmas Day and Boxing Day, each moved to the next free weekday when it falls at a weekend. */
    private static Set<LocalDate> christmasAndBoxingDay(int year) {
        LocalDate christmas = LocalDate.of(year, 12, 25);
        return switch (christmas.getDayOfWeek()) {
            case FRIDAY -> Set.of(christmas, LocalDate.of(year, 12, 28)); // Boxing Day on Saturday: Monday 28th
            case SATURDAY -> Set.of(LocalDate.of(year, 12, 27), LocalDate.of(year, 12, 28)); // both moved: Mon, Tue
            case SUNDAY -> Set.of(LocalDate.of(year, 12, 26), LocalDate.of(year, 12, 27)); // Boxing Mon, Christmas Tue
            default -> Set.of(christmas, christmas.plusDays(1));
        };
    }

    /** Easter Sunday (anonymous Gregorian algorithm), to check the file, never to compute a holiday. */
    private static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
