package uk.scrutiny.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.it.lifecycle.Api.get;
import static uk.scrutiny.it.lifecycle.Api.id;
import static uk.scrutiny.it.lifecycle.Api.ok;
import static uk.scrutiny.it.lifecycle.Api.post;
import static uk.scrutiny.it.lifecycle.Api.strings;
import static uk.scrutiny.it.lifecycle.Api.uniqueTitle;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A red flag raised over the API carries the member's answers to the toolkit's six data-quality prompts, as the red
 * flag page does: stored with the flag in the transaction that raises it, returned with the item, checked like the
 * page checks them (a 422 naming {@code dataQuality.<answer>}, and nothing raised).
 */
class RedFlagDataQualityIT {

    private static Api.Setting setting;

    @BeforeAll
    static void findDemoData() {
        setting = Api.setting();
    }

    @Test
    void theSixAnswersAreStoredWithTheRedFlagAndReturnedWithTheItem() {
        String title = uniqueTitle("Data quality answered");
        JsonObject created = ok(post("member", "/api/items", body(title, """
                {"officialStatistic": true, "dataPoints": "TREND", "dataSetSize": "About 1,200 referrals a year",
                 "howCalculated": "Re-referrals over all referrals", "timeliness": "Each autumn, to March",
                 "knownQualityIssues": "The case system changed in April 2024"}""")), 201);

        JsonObject read = ok(get("chair", "/api/items/" + id(created)), 200);
        for (JsonObject item : new JsonObject[] {created, read}) {
            JsonObject flag = item.getJsonObject("redFlag");
            assertThat(flag.getString("indicator")).isEqualTo("Re-referrals within 12 months");
            assertThat(flag.getString("raisedBy")).isEqualTo("member");
            JsonObject quality = flag.getJsonObject("dataQuality");
            assertThat(quality.getBoolean("officialStatistic")).isTrue();
            assertThat(quality.getString("dataPoints")).isEqualTo("trend");
            assertThat(quality.getString("dataSetSize")).isEqualTo("About 1,200 referrals a year");
            assertThat(quality.getString("howCalculated")).isEqualTo("Re-referrals over all referrals");
            assertThat(quality.getString("timeliness")).isEqualTo("Each autumn, to March");
            assertThat(quality.getString("knownQualityIssues")).isEqualTo("The case system changed in April 2024");
            assertThat(strings(quality, "unanswered")).isEmpty();
        }
        assertThat(read.getString("stage")).isEqualTo("triage");
    }

    @Test
    void answersLeftOutOrBlankAreListedAsUnanswered() {
        JsonObject some = ok(post("member", "/api/items", body(uniqueTitle("Data quality partly answered"), """
                {"officialStatistic": false, "dataPoints": "SINGLE_POINT", "timeliness": "  "}""")), 201);
        JsonObject quality = some.getJsonObject("redFlag").getJsonObject("dataQuality");
        assertThat(quality.getBoolean("officialStatistic")).isFalse();
        assertThat(quality.getString("dataPoints")).isEqualTo("single_point");
        assertThat(strings(quality, "unanswered")).containsExactly("data_set_size", "how_calculated", "timeliness",
                "known_quality_issues");

        JsonObject none = ok(post("member", "/api/items", body(uniqueTitle("Data quality not asked"), null)), 201);
        assertThat(strings(none.getJsonObject("redFlag").getJsonObject("dataQuality"), "unanswered")).containsExactly(
                "official_statistic", "trend_or_single_point", "data_set_size", "how_calculated", "timeliness",
                "known_quality_issues");
    }

    @Test
    void aWrongAnswerIsA422NamingItAndRaisesNothing() {
        String title = uniqueTitle("Data quality refused");
        JsonObject notAChoice = ok(post("member", "/api/items", body(title, "{\"dataPoints\": \"SOMETIMES\"}")), 422);
        assertThat(notAChoice.getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("dataQuality.dataPoints");
        JsonObject tooLong = ok(post("member", "/api/items", body(title,
                "{\"dataSetSize\": \"" + "x".repeat(301) + "\"}")), 422);
        assertThat(tooLong.getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("dataQuality.dataSetSize");
        assertThat(tooLong.getString("detail")).contains("300");
        JsonObject issues = ok(post("member", "/api/items", body(title,
                "{\"knownQualityIssues\": \"" + "x".repeat(1001) + "\"}")), 422);
        assertThat(issues.getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("dataQuality.knownQualityIssues");

        HttpResponse<String> mine = get("member", "/api/items?committee=" + setting.committeeId()
                + "&stage=triage&size=100&sort=-created");
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        assertThat(mine.body()).as("no item was raised by a refused red flag").doesNotContain(title);
    }

    @Test
    void theOpenApiDocumentDescribesTheAnswers() {
        HttpResponse<String> response = get("democratic", "/openapi");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("DataQualityAnswers:", "DataQuality:", "RedFlag:",
                "with the data-quality answers", "knownQualityIssues", "dataQuality.dataPoints must be TREND or "
                        + "SINGLE_POINT.");
    }

    private static String body(String title, String dataQuality) {
        return """
                {"committeeId": %d, "dataSourceId": %d, "title": "%s", "indicator": "Re-referrals within 12 months",
                 "severity": "HIGH", "whyItMatters": "Re-referrals rose for the third year running."%s}
                """.formatted(setting.committeeId(), setting.dataSourceId(), title,
                dataQuality == null ? "" : ", \"dataQuality\": " + dataQuality);
    }
}
