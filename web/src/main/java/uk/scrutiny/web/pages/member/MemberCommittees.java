package uk.scrutiny.web.pages.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeMember;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.web.pages.CurrentUser;

/**
 * The committees the signed-in member sits on: this municipal year's and last year's membership, so a member
 * still sees the items they followed while the new year's seats are being settled after the annual meeting.
 */
@RequestScoped
public class MemberCommittees {

    @Inject
    CommitteeRepository committees;

    @Inject
    CurrentUser currentUser;

    Clock clock = Clock.system(ItemStatus.COUNCIL_ZONE);

    private List<Committee> mine;

    @Transactional
    public List<Committee> mine() {
        if (mine == null) {
            LocalDate today = LocalDate.now(clock);
            int year = today.getMonthValue() >= 5 ? today.getYear() : today.getYear() - 1;
            String me = currentUser.getUsername();
            mine = new ArrayList<>();
            for (Committee committee : committees.findAll()) {
                boolean member = false;
                for (int y = year - 1; y <= year && !member; y++) {
                    for (CommitteeMember seat : committees.findMembers(committee.id(), y)) {
                        if (seat.user() != null && seat.user().username().equals(me)) {
                            member = true;
                        }
                    }
                }
                if (member) {
                    mine.add(committee);
                }
            }
        }
        return mine;
    }

    public boolean sitsOn(long committeeId) {
        return mine().stream().anyMatch(c -> c.id() == committeeId);
    }
}
