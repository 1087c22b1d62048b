package uk.scrutiny.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.it.lifecycle.Api.date;
import static uk.scrutiny.it.lifecycle.Api.get;
import static uk.scrutiny.it.lifecycle.Api.id;
import static uk.scrutiny.it.lifecycle.Api.object;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.scrutiny.it.TestServer;

/**
 * The public work programme shows what the committee has taken on, not the red flags it has still to triage:
 * an item appears there for anyone once it is triaged to a meeting.
 */
class PublicWorkProgrammeIT {

    @Test
    void aRedFlagIsNotPublicUntilItIsTriagedToAMeeting() {
        Api.Setting s = Api.setting();
        String title = Api.uniqueTitle("Public programme");
        long itemId = id(Api.raise(s, title));
        LocalDate meetingDate = date(object(get("democratic", "/api/meetings/" + s.meetingId())), "date");
        int municipalYear = meetingDate.getMonthValue() >= 5 ? meetingDate.getYear() : meetingDate.getYear() - 1;
        String page = "/work-programme.xhtml?committee=" + s.committeeId() + "&year=" + municipalYear;

        HttpResponse<String> whileAwaitingTriage = TestServer.get(page);
        assertThat(whileAwaitingTriage.statusCode()).isEqualTo(200);
        assertThat(whileAwaitingTriage.body()).as("the public programme of that year")
                .contains("Work programme").doesNotContain(title);

        Api.triageReport(itemId, s.meetingId());

        assertThat(TestServer.get(page).body())
                .as("on the programme once the chair has sent it to the meeting").contains(title);
    }
}
