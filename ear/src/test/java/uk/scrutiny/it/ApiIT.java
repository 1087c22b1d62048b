package uk.scrutiny.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.it.TestServer.DEMO_PASSWORD;
import static uk.scrutiny.it.TestServer.array;
import static uk.scrutiny.it.TestServer.get;
import static uk.scrutiny.it.TestServer.getAs;
import static uk.scrutiny.it.TestServer.object;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The foundation's API over HTTP against the deployed EAR: demo data, sign-in and problem details. */
class ApiIT {

    private static final List<String> COMMITTEES = List.of(
            "Children's Services Overview and Scrutiny Committee",
            "Health and Adult Social Care Overview and Scrutiny Committee",
            "Overview and Scrutiny Board");

    @Test
    void signedInUserSeesTheDemoCommitteesByName() {
        HttpResponse<String> response = getAs("democratic", DEMO_PASSWORD, "/api/committees");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(array(response).stream().map(v -> v.asJsonObject().getString("name")))
                .containsExactlyElementsOf(COMMITTEES);
    }

    @Test
    void meetingsOfACommitteeAreItsRealMeetingDatesInOrder() {
        long childrens = committeeId(COMMITTEES.get(0));

        // Up to the last real one: the demo adds the meetings of its story, worked out from the day it starts.
        JsonArray meetings = array(getAs("member", DEMO_PASSWORD, "/api/meetings?committee=" + childrens
                + "&to=2026-01-27"));

        assertThat(meetings.stream().map(m -> m.asJsonObject().getString("date"))).containsExactly(
                "2023-11-21", "2024-01-23", "2024-07-24", "2024-09-19", "2024-11-26", "2025-01-28", "2025-06-10",
                "2025-09-15", "2025-11-25", "2026-01-27");
        JsonObject november2024 = meetings.getJsonObject(4);
        assertThat(november2024.getString("venue")).isEqualTo("Committee Room, Civic Centre Annex");
        assertThat(november2024.getString("startTime")).startsWith("18:00");
        assertThat(november2024.getString("status")).isEqualTo("held");
    }

    @Test
    void meetingsCanBeLimitedToDates() {
        JsonArray meetings = array(getAs("officer", DEMO_PASSWORD, "/api/meetings?from=2025-10-01&to=2025-11-30"));

        assertThat(meetings.stream().map(m -> m.asJsonObject().getString("date") + " "
                + m.asJsonObject().getString("committee"))).containsExactly(
                "2025-10-20 Overview and Scrutiny Board",
                "2025-11-17 Overview and Scrutiny Board",
                "2025-11-25 Children's Services Overview and Scrutiny Committee");
    }

    @Test
    void withoutSignInTheApiAnswers401WithAProblem() {
        HttpResponse<String> response = get("/api/committees");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Basic"));
        JsonObject problem = object(response);
        assertThat(problem.getInt("status")).isEqualTo(401);
        assertThat(problem.getString("detail")).contains("Sign in");
        assertThat(response.body()).doesNotContain("committee");
    }

    @Test
    void aWrongPasswordIsRefusedWith401() {
        HttpResponse<String> response = getAs("democratic", "not-the-password", "/api/committees");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(object(response).getString("detail")).isEqualTo("The user name or password is not right.");
    }

    @Test
    void anUnknownUserIsRefusedWith401() {
        assertThat(getAs("nobody", DEMO_PASSWORD, "/api/committees").statusCode()).isEqualTo(401);
    }

    @Test
    void aBadDateIs400NamingTheParameter() {
        HttpResponse<String> response = getAs("member", DEMO_PASSWORD, "/api/meetings?from=27/01/2026");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = object(response);
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("from");
        assertThat(problem.getString("detail")).contains("YYYY-MM-DD");
    }

    @Test
    void datesInTheWrongOrderAre400NamingTo() {
        HttpResponse<String> response = getAs("member", DEMO_PASSWORD, "/api/meetings?from=2026-01-01&to=2025-01-01");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(object(response).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("to");
    }

    @Test
    void anUnknownCommitteeIs404WithAProblem() {
        HttpResponse<String> response = getAs("member", DEMO_PASSWORD, "/api/committees/999999");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(object(response).getString("detail")).isEqualTo("No committee has id 999999.");
    }

    @Test
    void aCommitteeIdThatIsNotANumberIs400() {
        HttpResponse<String> response = getAs("member", DEMO_PASSWORD, "/api/committees/abc");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(object(response).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("id");
    }

    @Test
    void anUnknownAddressIs404WithoutTheRuntimesInternals() {
        HttpResponse<String> response = getAs("member", DEMO_PASSWORD, "/api/no-such-thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(object(response).getString("detail")).isEqualTo("There is nothing at this address.");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        HttpResponse<String> response = get("/openapi");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("openapi: 3.", "/api/committees", "/api/meetings",
                "Scrutiny work programme API", "scheme: basic");
    }

    static long committeeId(String name) {
        return array(getAs("democratic", DEMO_PASSWORD, "/api/committees")).stream()
                .map(JsonValue::asJsonObject).filter(c -> c.getString("name").equals(name))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }
}
