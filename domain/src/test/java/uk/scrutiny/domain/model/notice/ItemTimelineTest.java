package uk.scrutiny.domain.model.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.domain.model.TestData.DANA;
import static uk.scrutiny.domain.model.TestData.OLU;
import static uk.scrutiny.domain.model.TestData.committee;
import static uk.scrutiny.domain.model.TestData.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.item.InformationRequest;
import uk.scrutiny.domain.model.item.ItemType;
import uk.scrutiny.domain.model.item.ScrutinyItem;

class ItemTimelineTest {

    private final Committee committee = committee();
    private final ScrutinyItem item = new ScrutinyItem(committee, "Elective home education",
            "Numbers and safeguarding", ItemType.REPORT, "Work programme");

    /** The item records its creation at the real time: everything else happens after it. */
    private final LocalDateTime start = item.timeline().get(0).happenedAt().plusHours(1);

    private InformationRequest issueRequest() {
        item.scheduleFor(meeting(committee, start.toLocalDate().plusMonths(3)), DANA, start);
        item.addKeyQuestion("How many children are electively home educated?", DANA, start);
        item.agreeKeyLinesOfEnquiry(start.toLocalDate(), DANA, start);
        return item.issueRequest(OLU, start.toLocalDate().plusMonths(2), DANA, start.plusHours(1));
    }

    private List<String> merged(List<ChaseNotice> notices) {
        return ItemTimeline.merge(item.timeline(), notices, (n, e) -> n + " entry " + e.whatChanged(),
                (n, notice) -> n + " notice " + notice.kind());
    }

    @Test
    void linesComeInTimeOrderNumberedFromOne() {
        InformationRequest request = issueRequest();
        int before = item.timeline().size();
        ChaseNotice reminder = ChaseNotice.reminder(request, 5, start.plusDays(2));
        ChaseNotice escalation = ChaseNotice.escalation(request, "scrutiny@example.org", start.plusDays(9));
        item.recordFollowUp("Chased by telephone.", null, DANA, start.plusDays(5));

        List<String> lines = merged(List.of(reminder, escalation));

        assertThat(lines).hasSize(before + 3);
        assertThat(lines.get(0)).startsWith("1 entry Item created");
        assertThat(lines.get(before - 1)).startsWith(before + " entry Request issued");
        assertThat(lines.subList(before, before + 3)).containsExactly((before + 1) + " notice REMINDER",
                (before + 2) + " entry Chased by telephone.", (before + 3) + " notice ESCALATION");
    }

    @Test
    void anEntryAndANoticeOfTheSameTimeKeepTheEntryFirst() {
        InformationRequest request = issueRequest();
        ChaseNotice sameTime = ChaseNotice.reminder(request, 1, start.plusHours(1));

        List<String> lines = merged(List.of(sameTime));

        assertThat(lines).last().asString().endsWith("notice REMINDER");
        assertThat(lines.get(lines.size() - 2)).contains("entry ");
    }

    @Test
    void eitherSideMayBeEmpty() {
        assertThat(merged(List.of())).hasSameSizeAs(item.timeline());
        assertThat(ItemTimeline.merge(List.of(), List.of(ChaseNotice.reminder(issueRequest(), 5, start)),
                (n, e) -> "entry", (n, notice) -> n + " notice")).containsExactly("1 notice");
    }
}
