package uk.scrutiny.domain.model.notice;

import java.util.ArrayList;
import java.util.List;
import uk.scrutiny.domain.model.item.TimelineEntry;

/**
 * An item's timeline as people read it: the entries the item wrote and the notices the system sent about its
 * requests, kept apart (see the package doc), merged in time order. The API and the pages show the lines differently,
 * so each says how it writes a line of either kind.
 */
public final class ItemTimeline {

    /** Writes one line of the merged timeline; {@code number} counts from 1 in time order. */
    @FunctionalInterface
    public interface Line<S, T> {
        T of(int number, S source);
    }

    private ItemTimeline() {
    }

    /**
     * Both lists are already in time order (the item's by its numbering, the notices by when they were made), so one
     * pass merges them. An entry and a notice of the same time: the entry first, as people acted before the timer
     * looked.
     */
    public static <T> List<T> merge(List<TimelineEntry> entries, List<ChaseNotice> notices,
            Line<TimelineEntry, T> entryLine, Line<ChaseNotice, T> noticeLine) {
        List<T> merged = new ArrayList<>(entries.size() + notices.size());
        int e = 0;
        int n = 0;
        while (e < entries.size() || n < notices.size()) {
            boolean entryFirst = n >= notices.size() || (e < entries.size()
                    && !entries.get(e).happenedAt().isAfter(notices.get(n).createdAt()));
            merged.add(entryFirst ? entryLine.of(merged.size() + 1, entries.get(e++))
                    : noticeLine.of(merged.size() + 1, notices.get(n++)));
        }
        return merged;
    }
}
