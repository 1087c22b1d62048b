package uk.scrutiny.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.it.lifecycle.Api.agreeKloe;
import static uk.scrutiny.it.lifecycle.Api.get;
import static uk.scrutiny.it.lifecycle.Api.id;
import static uk.scrutiny.it.lifecycle.Api.issue;
import static uk.scrutiny.it.lifecycle.Api.ok;
import static uk.scrutiny.it.lifecycle.Api.post;
import static uk.scrutiny.it.lifecycle.Api.raise;
import static uk.scrutiny.it.lifecycle.Api.triageReport;
import static uk.scrutiny.it.lifecycle.Api.uniqueTitle;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Officers read only the items they hold a request for (or whose task is theirs): any other item, and its
 * timeline, does not exist for them (404). Democratic services, members and chairs read every item.
 */
class OfficerVisibilityIT {

    private static Api.Setting setting;

    @BeforeAll
    static void findDemoData() {
        setting = Api.setting();
    }

    private static int status(String user, String path) {
        return get(user, path).statusCode();
    }

    @Test
    void anOfficerReadsTheItemsTheyHoldARequestForAndNoOthers() {
        long id = id(raise(setting, uniqueTitle("Visible to its officer")));
        String item = "/api/items/" + id;
        assertThat(status("officer", item)).as("no request yet").isEqualTo(404);
        assertThat(ok(get("officer", item + "/timeline"), 404).getString("detail")).contains("No item has id");
        for (String user : new String[] {"democratic", "member", "chair"}) {
            assertThat(status(user, item)).as(user).isEqualTo(200);
        }

        triageReport(id, setting.meetingId());
        agreeKloe(id);
        JsonObject issued = issue(id);
        assertThat(status("officer", item)).isEqualTo(200);
        assertThat(status("officer", item + "/timeline")).isEqualTo(200);
        assertThat(status("officer2", item)).as("another officer's item").isEqualTo(404);
        assertThat(status("officer2", item + "/timeline")).isEqualTo(404);

        long requestId = issued.getJsonArray("requests").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject handedOver = ok(post("officer", item + "/requests/" + requestId + "/hand-over",
                "{\"toUsername\": \"officer2\", \"reason\": \"Oona leads on this.\"}"), 200);
        assertThat(handedOver.getJsonArray("requests").getJsonObject(0).getString("officer")).isEqualTo("officer2");
        assertThat(status("officer2", item)).as("now holds the request").isEqualTo(200);
        assertThat(status("officer", item)).as("no longer holds it").isEqualTo(404);
    }

    @Test
    void anOfficerAskedForBackgroundEnquiriesReadsTheItem() {
        long id = id(raise(setting, uniqueTitle("Visible to the officer making enquiries")));
        String item = "/api/items/" + id;
        ok(post("democratic", item + "/start-enquiries",
                "{\"officer\": \"officer2\", \"whatToFindOut\": \"What changed in the case system?\"}"), 200);
        assertThat(status("officer2", item)).isEqualTo(200);
        assertThat(status("officer", item)).isEqualTo(404);
    }
}
