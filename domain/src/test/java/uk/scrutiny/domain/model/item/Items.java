package uk.scrutiny.domain.model.item;

import static uk.scrutiny.domain.model.TestData.DANA;
import static uk.scrutiny.domain.model.TestData.NOW;
import static uk.scrutiny.domain.model.TestData.OLU;

import java.time.LocalDate;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.Meeting;

/** Items at the points of their life the tests start from. */
final class Items {

    static final LocalDate MEETING_DAY = LocalDate.of(2026, 1, 27);
    static final LocalDate RESPONSE_DUE = LocalDate.of(2026, 1, 12);

    private Items() {
    }

    /** On the work programme, scheduled for the meeting of 27 January 2026, lead officer Olu. */
    static ScrutinyItem scheduled(Committee committee, Meeting meeting) {
        ScrutinyItem item = new ScrutinyItem(committee, "Elective home education", "Numbers and safeguarding",
                ItemType.REPORT, "Work programme");
        item.scheduleFor(meeting, DANA, NOW);
        item.assignLeadOfficer(OLU, DANA, NOW);
        return item;
    }

    /** Scheduled, with one question and one data request agreed. */
    static ScrutinyItem withAgreedKloe(Committee committee, Meeting meeting) {
        ScrutinyItem item = scheduled(committee, meeting);
        item.addKeyQuestion("How many children are electively home educated, and how has that changed?", DANA, NOW);
        item.addDataRequest("Numbers by year group for the last five years", DANA, NOW);
        item.agreeKeyLinesOfEnquiry(NOW.toLocalDate(), DANA, NOW);
        return item;
    }
}
