package uk.scrutiny.web.pages.democratic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rows of what waits on democratic services: one id each on the page, and the item page each opens. */
class DashboardTaskRowTest {

    private static final LocalDate DUE = LocalDate.of(2026, 11, 20);

    private static DashboardPage.TaskRow escalation(long requestId) {
        return new DashboardPage.TaskRow(7, "Re-referrals", "Children's Services", "Chase the response", DUE, true,
                null, null, requestId);
    }

    private static DashboardPage.TaskRow review(long requestId) {
        return new DashboardPage.TaskRow(7, "Re-referrals", "Children's Services", "Review the response", DUE, false,
                null, null, requestId);
    }

    @Test
    void theEscalationsAndReviewsOfOneItemEachHaveARowIdOfTheirOwn() {
        List<DashboardPage.TaskRow> rows = List.of(escalation(11), escalation(12), review(13), review(11),
                new DashboardPage.TaskRow(7, "Re-referrals", "Children's Services", "Publish the report", DUE, false,
                        null, null));
        assertThat(rows).extracting(DashboardPage.TaskRow::rowId).doesNotHaveDuplicates()
                .containsExactly("task-7-escalation-11", "task-7-escalation-12", "task-7-request-13",
                        "task-7-request-11", "task-7");
    }

    @Test
    void anEscalationOpensTheItemAndAReviewOpensItsResponse() {
        assertThat(escalation(11).itemPage()).isEqualTo("/democratic/item.xhtml?id=7");
        assertThat(review(13).itemPage()).isEqualTo("/democratic/item.xhtml?id=7&review=13#review-heading");
    }
}
