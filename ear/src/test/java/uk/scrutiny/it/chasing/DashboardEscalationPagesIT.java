package uk.scrutiny.it.chasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static uk.scrutiny.it.chasing.Chasing.DAYS;
import static uk.scrutiny.it.chasing.Chasing.awaitNotice;
import static uk.scrutiny.it.chasing.Chasing.issue;
import static uk.scrutiny.it.chasing.Chasing.meetingWithResponseDue;
import static uk.scrutiny.it.chasing.Chasing.today;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import uk.scrutiny.it.TestServer;
import uk.scrutiny.it.chasing.Chasing.Issued;
import uk.scrutiny.it.lifecycle.Api;
import uk.scrutiny.it.pages.Browser;

/**
 * An officer's response escalated to democratic services is at the top of what waits on them on the dashboard,
 * tagged "Escalated" (in red), before every task of the lifecycle. The request is backdated with
 * {@link ChasingFixtureServlet} so that its real escalation timer fires, as in {@link ChasingEscalationAndTimersIT}.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(WithMailServer.class)
class DashboardEscalationPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        TestServer.awaitApplication();
        return ShrinkWrap.create(WebArchive.class, "dashboard-escalation-it.war")
                .addClasses(ChasingFixtureServlet.class);
    }

    @ArquillianResource
    URL fixture;

    @Test
    void anEscalatedResponseIsTaggedAndListedFirst() throws Exception {
        assumeThat(DAYS.isWorkingDay(today())).as("the timers' days are working days").isTrue();
        LocalDate yesterday = DAYS.previousWorkingDay(today());
        Issued issued = issue(meetingWithResponseDue(yesterday), Api.uniqueTitle("Escalated on the dashboard"));
        HttpResponse<String> backdated = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(fixture.toExternalForm()).resolve("chasing-fixture?item=" + issued.itemId() + "&request="
                        + issued.requestId() + "&due=" + yesterday + "&issuedAt=" + yesterday.minusDays(14)
                        .atTime(9, 0))).timeout(Duration.ofMinutes(1))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(backdated.statusCode()).as(backdated.body()).isEqualTo(204);
        awaitNotice(issued.itemId(), "escalation", e -> true);
        long committee = TestServer.object(Api.get("democratic", "/api/items/" + issued.itemId()))
                .getJsonNumber("committeeId").longValue();

        try (Browser browser = Browser.signedInAs("democratic")) {
            browser.open("/democratic/dashboard.xhtml?committee=" + committee);
            // An item asking several officers has an escalation for each overdue response: one row, one id, each.
            String row = "#task-" + issued.itemId() + "-escalation-" + issued.requestId();
            assertThat(browser.findAll(row)).as("on the first page: escalations come first").hasSize(1);
            assertThat(browser.text(row + " .govuk-tag--red")).isEqualTo("Escalated");
            assertThat(browser.find(row + " a").getAttribute("href")).endsWith("/democratic/item.xhtml?id="
                    + issued.itemId());
            assertThat(browser.text(row)).contains(issued.title(), "Olu Example",
                    "escalated to you");
            List<WebElement> rows = browser.findAll("#tasks tbody tr");
            int firstNotEscalated = rows.size();
            for (int i = 0; i < rows.size(); i++) {
                boolean escalated = !rows.get(i).findElements(org.openqa.selenium.By.cssSelector(".govuk-tag--red"))
                        .isEmpty();
                if (!escalated) {
                    firstNotEscalated = Math.min(firstNotEscalated, i);
                } else {
                    assertThat(i).as("an escalated row after a task of the lifecycle").isLessThan(firstNotEscalated);
                }
            }
            browser.check("ds-dashboard-escalated");
        }

        Api.submit(issued.itemId());
    }
}
