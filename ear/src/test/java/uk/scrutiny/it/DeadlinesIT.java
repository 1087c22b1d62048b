package uk.scrutiny.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.it.TestServer.DEMO_PASSWORD;
import static uk.scrutiny.it.TestServer.array;
import static uk.scrutiny.it.TestServer.get;
import static uk.scrutiny.it.TestServer.getAs;
import static uk.scrutiny.it.TestServer.object;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The public planning endpoint and the deadlines that meetings carry, on the default council calendar. */
class DeadlinesIT {

    @Test
    void theFirstWorkedExampleOfTheToolkit() {
        JsonObject deadlines = object(get("/api/deadlines?meetingDate=2026-01-27"));

        assertThat(deadlines.getString("meetingDate")).isEqualTo("2026-01-27");
        assertThat(deadlines.getString("publicationDate")).isEqualTo("2026-01-19");
        assertThat(deadlines.getString("officerResponseDue")).isEqualTo("2026-01-12");
        assertThat(deadlines.getJsonArray("warnings")).isEmpty();
    }

    @Test
    void theSecondWorkedExampleSkipsNewYearsDay() {
        HttpResponse<String> response = get("/api/deadlines?meetingDate=2026-01-15");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject deadlines = object(response);
        assertThat(deadlines.getString("publicationDate")).isEqualTo("2026-01-07");
        assertThat(deadlines.getString("officerResponseDue")).isEqualTo("2025-12-30");
        assertThat(deadlines.getJsonObject("explanation").getJsonArray("officerResponseDue")
                .getValuesAs(JsonString::getString)).anySatisfy(step -> assertThat(step).contains("Jan 2026")
                .contains("New Year"));
    }

    @Test
    void aDateBeyondTheKnownBankHolidaysStillAnswersWithAWarning() {
        JsonObject deadlines = object(get("/api/deadlines?meetingDate=2031-03-04"));

        assertThat(deadlines.getString("publicationDate")).isEqualTo("2031-02-24");
        assertThat(deadlines.getJsonArray("warnings").getValuesAs(JsonString::getString))
                .anySatisfy(warning -> assertThat(warning).contains("2031").contains("not yet known"));
    }

    @Test
    void aBadDateIs400NamingMeetingDate() {
        HttpResponse<String> response = get("/api/deadlines?meetingDate=2026-02-30");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(object(response).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("meetingDate");
    }

    @Test
    void aMissingDateIs400() {
        HttpResponse<String> response = get("/api/deadlines");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(object(response).getString("detail")).contains("meetingDate is required");
    }

    @Test
    void meetingsCarryTheirComputedDeadlines() {
        JsonObject meeting = array(getAs("member", DEMO_PASSWORD, "/api/meetings?from=2026-01-27&to=2026-01-27"))
                .getJsonObject(0);

        assertThat(meeting.getString("committee")).isEqualTo("Children's Services Overview and Scrutiny Committee");
        assertThat(meeting.getString("publicationDate")).isEqualTo("2026-01-19");
        assertThat(meeting.getString("officerResponseDue")).isEqualTo("2026-01-12");
    }
}
