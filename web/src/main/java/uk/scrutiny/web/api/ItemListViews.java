package uk.scrutiny.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.scrutiny.domain.model.deadline.DeadlineCalculator;
import uk.scrutiny.domain.model.deadline.WorkingDaysLeft;
import uk.scrutiny.domain.model.item.ItemSearch;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.service.CouncilCalendar;

/**
 * The items list of {@code GET /api/items}: one page found by the database ({@link ItemSearch}), each item with its
 * due date as a date and as working days left.
 */
@ApplicationScoped
public class ItemListViews {

    @Schema(name = "ItemListEntry", description = "An item in a list. due is the earliest due date of its requests "
            + "still awaiting their officer; absent when none.")
    public record Entry(long id, String title, long committeeId, String committee, String stage, Long meetingId,
            LocalDate meetingDate, String leadOfficer, LocalDate due,
            @Schema(description = "working days from today to due; negative when overdue") Integer workingDaysLeft,
            @Schema(example = "3 working days left") String dueDescription, boolean overdue,
            LocalDateTime createdAt, LocalDateTime updatedAt) {
    }

    @Schema(name = "ItemPage")
    public record Page(List<Entry> items, int page, int size, long total,
            @Schema(description = "the order applied, as written in sort; absent for the default, newest first",
                    example = "due,-updated")
            String sort) {
    }

    @Inject
    ScrutinyItemRepository items;

    @Inject
    CouncilCalendar calendar;

    @Transactional
    public Page list(ItemSearch search) {
        ItemSearch.Result result = items.search(search);
        DeadlineCalculator deadlines = calendar.deadlines();
        List<Entry> entries = new ArrayList<>();
        for (ItemSearch.Found found : result.items()) {
            ScrutinyItem item = found.item();
            WorkingDaysLeft left = found.due() == null ? null : deadlines.workingDaysLeft(search.today(), found.due());
            entries.add(new Entry(item.id(), item.title(), item.committee().id(), item.committee().name(),
                    ItemViews.lower(item.stage()), item.targetMeeting() == null ? null : item.targetMeeting().id(),
                    item.targetMeeting() == null ? null : item.targetMeeting().date(),
                    item.leadOfficer() == null ? null : item.leadOfficer().username(), found.due(),
                    left == null ? null : left.workingDays(), left == null ? null : left.describe(),
                    left != null && left.isOverdue(), item.createdAt(), found.updated()));
        }
        return new Page(entries, search.page(), search.size(), result.total(), sortText(search.order()));
    }

    /**
     * {@code due,-updated}: sort keys separated by commas, a minus for descending. A key named twice or an unknown
     * one is the client's mistake.
     */
    static List<ItemSearch.SortKey> parseSort(String sort) {
        if (sort == null || sort.isBlank()) {
            return List.of();
        }
        List<ItemSearch.SortKey> keys = new ArrayList<>();
        Set<ItemSearch.SortField> seen = EnumSet.noneOf(ItemSearch.SortField.class);
        for (String part : sort.split(",", -1)) {
            String key = part.strip();
            boolean descending = key.startsWith("-");
            String name = (descending || key.startsWith("+") ? key.substring(1) : key).toLowerCase(Locale.ROOT);
            ItemSearch.SortField field = Arrays.stream(ItemSearch.SortField.values())
                    .filter(f -> f.apiName().equals(name)).findFirst()
                    .orElseThrow(() -> new BadParameter("sort", "sort must be a comma-separated list of "
                            + Arrays.stream(ItemSearch.SortField.values()).map(ItemSearch.SortField::apiName)
                                    .collect(Collectors.joining(", "))
                            + ", each optionally preceded by - for descending, for example due,-updated."));
            if (!seen.add(field)) {
                throw new BadParameter("sort", "sort names " + field.apiName() + " more than once.");
            }
            keys.add(new ItemSearch.SortKey(field, descending));
        }
        return keys;
    }

    private static String sortText(List<ItemSearch.SortKey> keys) {
        return keys.isEmpty() ? null : keys.stream().map(k -> (k.descending() ? "-" : "") + k.field().apiName())
                .collect(Collectors.joining(","));
    }
}
