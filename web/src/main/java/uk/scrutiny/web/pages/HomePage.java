package uk.scrutiny.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.committee.Meeting;

/** The start page: the committees' coming meetings, which anyone may see. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    CommitteeRepository committees;

    Clock clock = Clock.systemDefaultZone();

    private List<Meeting> upcoming;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Meeting> getUpcomingMeetings() {
        if (upcoming == null) {
            upcoming = committees.findMeetings(null, LocalDate.now(clock), null);
        }
        return upcoming;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Meeting> getRecentMeetings() {
        LocalDate today = LocalDate.now(clock);
        List<Meeting> past = committees.findMeetings(null, today.minusYears(1), today.minusDays(1));
        return past.subList(Math.max(0, past.size() - 6), past.size());
    }
}
