package uk.scrutiny.workflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.scrutiny.workflow.demo.DemoItem.Goal;

/**
 * The demo's files hold what {@link DemoItems} needs to take each item where it says: read here without a container,
 * so a mistake in a row shows as a failed test rather than as demo data that does not load.
 */
class DemoItemTest {

    private final List<DemoItem> all = DemoItem.all();

    @Test
    void theRealAgendaItemsAndTheStoryAreAllRead() {
        assertThat(all).hasSize(Csv.read("demo/agenda-items.csv").size() + Csv.read("demo/story.csv").size());
        assertThat(all.stream().map(i -> i.committee() + "/" + i.title())).as("keyed on committee and title")
                .doesNotHaveDuplicates();
    }

    @Test
    void theStoryLeavesItemsAtEveryStageADemoUserActsOn() {
        Set<Goal> goals = all.stream().map(DemoItem::goal).collect(Collectors.toSet());
        assertThat(goals).containsAll(EnumSet.complementOf(EnumSet.of(Goal.NOTED)));
    }

    @Test
    void everyItemComesFromASourceInTheCatalogue() throws Exception {
        // Read as text: the tests have the JSON-P API but no implementation of it, which the server provides.
        String catalogue;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/data-sources.json")) {
            catalogue = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(all).allSatisfy(i -> assertThat(catalogue).contains("\"name\": \"" + i.dataSource() + "\""));
    }

    @Test
    void eachItemHasWhatItsStepsAsk() {
        for (DemoItem item : all) {
            String which = item.title();
            assertThat(item.whyItMatters()).as(which).isNotBlank();
            assertThat(item.raisedBy()).as(which).isIn("democratic", "chair", "member");
            if (item.goal() == Goal.BACKGROUND_ENQUIRIES) {
                assertThat(item.enquiries()).as(which).isNotBlank();
            }
            if (item.goal().atLeast(Goal.SCOPING) && item.goal() != Goal.AS_DATED) {
                assertThat(item.meetingDate() != null || item.slot() != null).as(which + ": a meeting").isTrue();
            }
            if (item.goal().atLeast(Goal.REQUEST_TO_ISSUE) || item.goal() == Goal.AS_DATED) {
                assertThat(item.questions()).as(which + ": lines of enquiry").isNotEmpty();
            }
            if (item.goal().atLeast(Goal.REQUEST_ISSUED) || item.goal() == Goal.AS_DATED) {
                assertThat(item.officer()).as(which).isIn("officer", "officer2");
            }
            if (item.goal().atLeast(Goal.DRAFT_SAVED) || item.goal() == Goal.AS_DATED) {
                assertThat(item.answers()).as(which + ": answers").isNotEmpty();
            }
            if (item.goal().atLeast(Goal.NOTED) || item.goal() == Goal.AS_DATED) {
                assertThat(item.outcome()).as(which + ": the committee's resolution").isNotBlank();
            }
            if (item.goal().atLeast(Goal.EXECUTIVE_RESPONSE)) {
                assertThat(item.recommendations()).as(which + ": two recommendations, each to a decision maker")
                        .hasSize(2).allSatisfy(r -> assertThat(r.decisionMaker()).isNotBlank());
            }
        }
    }
}
