package uk.scrutiny.web.pages.chair;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeMember;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.programme.MunicipalYear;
import uk.scrutiny.web.pages.CurrentUser;

/**
 * The committees the signed-in person chairs (or is vice-chair of) this municipal year. Seats are settled at the
 * annual meeting in May: until a committee's seats for the new year are recorded, last year's chair keeps it.
 */
@RequestScoped
public class ChairedCommittees {

    @Inject
    CommitteeRepository committees;

    @Inject
    CurrentUser currentUser;

    Clock clock = Clock.system(ZoneId.of("Europe/London"));

    private List<Committee> chaired;

    @Transactional
    public List<Committee> mine() {
        if (chaired == null) {
            int year = MunicipalYear.of(LocalDate.now(clock)).startYear();
            String me = currentUser.getUsername();
            chaired = new ArrayList<>();
            for (Committee committee : committees.findAll()) {
                List<CommitteeMember> seats = committees.findMembers(committee.id(), year);
                if (seats.isEmpty()) {
                    seats = committees.findMembers(committee.id(), year - 1);
                }
                if (seats.stream().anyMatch(s -> s.role().triages() && s.user() != null
                        && s.user().username().equals(me))) {
                    chaired.add(committee);
                }
            }
        }
        return chaired;
    }

    public boolean chairs(long committeeId) {
        return mine().stream().anyMatch(c -> c.id() == committeeId);
    }
}
