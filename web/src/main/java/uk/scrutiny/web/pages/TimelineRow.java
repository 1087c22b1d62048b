package uk.scrutiny.web.pages;

import java.time.LocalDateTime;
import java.util.List;
import uk.scrutiny.domain.model.item.Stage;
import uk.scrutiny.domain.model.item.TimelineEntry;
import uk.scrutiny.domain.model.notice.ChaseNotice;
import uk.scrutiny.domain.model.notice.ItemTimeline;
import uk.scrutiny.domain.model.people.User;

/**
 * One line of an item's timeline on the pages: an entry the item wrote, or a reminder or escalation the system
 * sent about one of its requests (kept apart from the item, see {@link ChaseNotice}), so the pages show both in
 * time order.
 *
 * @param who null when the system acted
 * @param email for a notice, whether its e-mail went; null otherwise
 */
public record TimelineRow(LocalDateTime happenedAt, User who, String whatChanged, String why, Stage toStage,
        boolean moved, String email) {

    /** For Facelets ({@code e.transition}): whether the item moved to another stage. */
    public boolean isTransition() {
        return moved;
    }

    /** The item's entries and its notices, oldest first (see {@link ItemTimeline#merge}). */
    public static List<TimelineRow> merge(List<TimelineEntry> entries, List<ChaseNotice> notices) {
        return ItemTimeline.merge(entries, notices,
                (number, entry) -> new TimelineRow(entry.happenedAt(), entry.who(), entry.whatChanged(), entry.why(),
                        entry.toStage(), entry.isTransition(), null),
                (number, notice) -> new TimelineRow(notice.createdAt(), null, notice.describe(), null,
                        Stage.REQUEST_ISSUED, false, notice.describeEmail()));
    }
}
