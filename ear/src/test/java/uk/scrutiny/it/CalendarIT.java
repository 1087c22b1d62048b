package uk.scrutiny.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.it.TestServer.DEMO_PASSWORD;
import static uk.scrutiny.it.TestServer.get;
import static uk.scrutiny.it.TestServer.getAs;
import static uk.scrutiny.it.TestServer.object;
import static uk.scrutiny.it.TestServer.sendAs;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An administrator changes the calendar and the rules, and every deadline follows. Each test puts the calendar
 * back as it found it, because the other tests compute deadlines on the default one.
 */
class CalendarIT {

    private static final String DEFAULT_RULES = "{\"publicationClearWorkingDays\":5,\"officerResponseWorkingDays\":5,"
            + "\"executiveResponseMonths\":2,\"meetingCycleMonths\":2}";

    @AfterEach
    void restoreTheDefaultRules() {
        assertThat(sendAs("admin", "PUT", "/api/calendar/deadline-rules", DEFAULT_RULES).statusCode()).isEqualTo(200);
    }

    @Test
    void aChristmasClosureMovesTheDeadlinesAndRemovingItMovesThemBack() {
        HttpResponse<String> added = sendAs("admin", "POST", "/api/calendar/closures",
                "{\"firstDay\":\"2025-12-24\",\"lastDay\":\"2026-01-02\",\"reason\":\"Christmas closure\"}");
        assertThat(added.statusCode()).isEqualTo(201);
        long id = object(added).getJsonNumber("id").longValue();
        assertThat(added.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/calendar/closures/" + id));
        try {
            JsonObject during = object(get("/api/deadlines?meetingDate=2026-01-15"));
            assertThat(during.getString("publicationDate")).isEqualTo("2026-01-07");
            assertThat(during.getString("officerResponseDue")).isEqualTo("2025-12-19");
        } finally {
            assertThat(sendAs("admin", "DELETE", "/api/calendar/closures/" + id, null).statusCode()).isEqualTo(204);
        }
        assertThat(object(get("/api/deadlines?meetingDate=2026-01-15")).getString("officerResponseDue"))
                .isEqualTo("2025-12-30");
    }

    @Test
    void aClosureEndingBeforeItStartsIsRefusedNamingTheField() {
        HttpResponse<String> response = sendAs("admin", "POST", "/api/calendar/closures",
                "{\"firstDay\":\"2026-01-02\",\"lastDay\":\"2025-12-24\",\"reason\":\"Backwards\"}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(object(response).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("lastDay");
    }

    @Test
    void aClosureWithoutAReasonOrWithABadDateIsRefused() {
        HttpResponse<String> noReason = sendAs("admin", "POST", "/api/calendar/closures",
                "{\"firstDay\":\"2026-01-02\",\"lastDay\":\"2026-01-02\"}");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(object(noReason).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");

        HttpResponse<String> badDate = sendAs("admin", "POST", "/api/calendar/closures",
                "{\"firstDay\":\"2 Jan\",\"lastDay\":\"2026-01-02\",\"reason\":\"x\"}");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(object(badDate).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("firstDay");
    }

    @Test
    void onlyAnAdministratorChangesTheCalendar() {
        HttpResponse<String> response = sendAs("democratic", "POST", "/api/calendar/closures",
                "{\"firstDay\":\"2026-01-02\",\"lastDay\":\"2026-01-02\",\"reason\":\"x\"}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(getAs("democratic", DEMO_PASSWORD, "/api/calendar/closures").body()).doesNotContain("\"x\"");
    }

    @Test
    void changedRulesMoveTheDeadlines() {
        HttpResponse<String> changed = sendAs("admin", "PUT", "/api/calendar/deadline-rules",
                "{\"publicationClearWorkingDays\":3,\"officerResponseWorkingDays\":10,"
                        + "\"executiveResponseMonths\":2,\"meetingCycleMonths\":2}");
        assertThat(changed.statusCode()).isEqualTo(200);

        JsonObject deadlines = object(get("/api/deadlines?meetingDate=2026-01-27"));
        // Three clear days before Tue 27 Jan: Thu 21 Jan is published; ten working days before that is Wed 7 Jan.
        assertThat(deadlines.getString("publicationDate")).isEqualTo("2026-01-21");
        assertThat(deadlines.getString("officerResponseDue")).isEqualTo("2026-01-07");
    }

    @Test
    void invalidRulesAreRefusedNamingTheField() {
        HttpResponse<String> response = sendAs("admin", "PUT", "/api/calendar/deadline-rules",
                "{\"publicationClearWorkingDays\":0,\"officerResponseWorkingDays\":5,"
                        + "\"executiveResponseMonths\":2,\"meetingCycleMonths\":2}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(object(response).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("publicationClearWorkingDays");
        assertThat(object(get("/api/deadlines?meetingDate=2026-01-27")).getString("publicationDate"))
                .isEqualTo("2026-01-19");
    }

    @Test
    void aMalformedBankHolidayFileIsRefusedAndTheCalendarStaysAsItWas() {
        String before = getAs("admin", DEMO_PASSWORD, "/api/calendar/bank-holidays").body();

        HttpResponse<String> response = sendAs("admin", "PUT", "/api/calendar/bank-holidays",
                "{\"england-and-wales\":{\"division\":\"england-and-wales\",\"events\":[{\"title\":\"x\","
                        + "\"date\":\"2024-13-01\",\"notes\":\"\",\"bunting\":true}]}}");

        assertThat(response.statusCode()).isEqualTo(422);
        JsonObject problem = object(response);
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("bankHolidayFile");
        assertThat(problem.getString("detail")).contains("2024-13-01");
        assertThat(getAs("admin", DEMO_PASSWORD, "/api/calendar/bank-holidays").body()).isEqualTo(before);
    }

    @Test
    void aNewerBankHolidayFileExtendsTheKnownYears() throws IOException {
        String bundled = bundledBankHolidays();
        assertThat(object(get("/api/deadlines?meetingDate=2028-01-11")).getJsonArray("warnings")).isNotEmpty();

        String newer = bundled.replaceFirst("\"events\"\\s*:\\s*\\[", "\"events\":[" + EVENTS_2028 + ",");
        HttpResponse<String> loaded = sendAs("admin", "PUT", "/api/calendar/bank-holidays", newer);
        try {
            assertThat(loaded.statusCode()).isEqualTo(200);
            JsonObject holidays = object(loaded);
            assertThat(holidays.getString("loadedBy")).isEqualTo("admin");
            assertThat(holidays.getJsonArray("yearsCovered").stream().map(JsonValue::toString)).contains("2028");

            JsonObject deadlines = object(get("/api/deadlines?meetingDate=2028-01-11"));
            assertThat(deadlines.getJsonArray("warnings")).isEmpty();
            // Mon 3 Jan 2028 is the substitute New Year holiday: five clear days before Tue 11 Jan reach Mon 3 Jan.
            assertThat(deadlines.getString("publicationDate")).isEqualTo("2027-12-31");
        } finally {
            assertThat(sendAs("admin", "PUT", "/api/calendar/bank-holidays", bundled).statusCode()).isEqualTo(200);
        }
        assertThat(object(get("/api/deadlines?meetingDate=2028-01-11")).getJsonArray("warnings")).isNotEmpty();
    }

    private static final String EVENTS_2028 = String.join(",",
            event("New Year’s Day", "2028-01-03"), event("Good Friday", "2028-04-14"),
            event("Easter Monday", "2028-04-17"), event("Early May bank holiday", "2028-05-01"),
            event("Spring bank holiday", "2028-05-29"), event("Summer bank holiday", "2028-08-28"),
            event("Christmas Day", "2028-12-25"), event("Boxing Day", "2028-12-26"));

    private static String event(String title, String date) {
        return "{\"title\":\"" + title + "\",\"date\":\"" + date + "\",\"notes\":\"\",\"bunting\":true}";
    }

    private static String bundledBankHolidays() throws IOException {
        try (InputStream in = CalendarIT.class.getResourceAsStream("/uk/scrutiny/domain/calendar/bank-holidays.json")) {
            assertThat(in).as("the bundled bank holiday file is on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
