package uk.scrutiny.web.pages.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.web.pages.CurrentUser;

/**
 * A member's start page: the work programme of each committee they sit on, every item with its stage, its next
 * deadline and who it is waiting on. Open items first, the soonest meeting first; closed ones after them.
 */
@Named
@RequestScoped
public class MemberItemsPage {

    /** One committee's programme. */
    public record Programme(Committee committee, List<ItemStatus.Line> items) {
    }

    @Inject
    MemberCommittees memberCommittees;

    @Inject
    ScrutinyItemRepository items;

    @Inject
    ItemStatus status;

    @Inject
    CurrentUser currentUser;

    private List<Programme> programmes;

    @Transactional
    public List<Programme> getProgrammes() {
        if (programmes == null) {
            programmes = new ArrayList<>();
            Comparator<ScrutinyItem> order = Comparator.comparing((ScrutinyItem i) -> !i.stage().isOpen())
                    .thenComparing(i -> i.targetMeeting() == null ? LocalDate.MAX : i.targetMeeting().date(),
                            Comparator.reverseOrder())
                    .thenComparing(ScrutinyItem::id, Comparator.reverseOrder());
            for (Committee committee : memberCommittees.mine()) {
                List<ItemStatus.Line> lines = items.findByCommittee(committee.id()).stream().sorted(order)
                        .map(i -> status.of(i, currentUser.actor())).toList();
                programmes.add(new Programme(committee, lines));
            }
        }
        return programmes;
    }

    public String format(LocalDate date) {
        return date == null ? "Not yet given a meeting" : DisplayDate.format(date);
    }
}
