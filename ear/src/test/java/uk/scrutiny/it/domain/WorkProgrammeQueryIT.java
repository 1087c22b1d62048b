package uk.scrutiny.it.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDateTime;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.scrutiny.domain.model.catalogue.DataSourceRepository;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.item.DeadlineQueries;
import uk.scrutiny.domain.model.item.DeadlineQueries.ProgrammeEntry;
import uk.scrutiny.domain.model.item.ItemType;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.item.Stage;
import uk.scrutiny.domain.model.people.UserRepository;

/**
 * The published work programme's read ({@link DeadlineQueries#workProgramme}): a committee's items on the agendas
 * of the meetings asked for, then its items not given a meeting, nothing of another meeting or committee.
 */
@ExtendWith(ArquillianExtension.class)
class WorkProgrammeQueryIT {

    private static final LocalDateTime AUTUMN = LocalDateTime.of(2025, 11, 3, 10, 0);

    @Deployment
    static WebArchive deployment() {
        return DomainDeployment.of("work-programme-query-it.war", WorkProgrammeQueryIT.class);
    }

    @Inject
    UserTransaction transaction;
    @Inject
    UserRepository users;
    @Inject
    CommitteeRepository committees;
    @Inject
    DataSourceRepository dataSources;
    @Inject
    ScrutinyItemRepository items;
    @Inject
    DeadlineQueries queries;

    private Transactions transactions;
    private Scenario scenario;
    private Scenario other;

    @BeforeEach
    void scenarios() throws Exception {
        transactions = new Transactions(transaction);
        scenario = transactions.inNew(() -> new Scenario(users, committees, dataSources));
        other = transactions.inNew(() -> new Scenario(users, committees, dataSources));
    }

    @AfterEach
    void removeScenarios() throws Exception {
        if (other != null) {
            other.removeIn(transactions, committees);
        }
        if (scenario != null) {
            scenario.removeIn(transactions, committees);
        }
    }

    private ScrutinyItem stored(Scenario of, String title, ItemType type) {
        ScrutinyItem item = new ScrutinyItem(of.committee, title + " " + of.key, null, type, "Work programme");
        items.store(item);
        return item;
    }

    @Test
    void theMeetingsItemsInIdOrderThenTheItemsWithNoMeeting() throws Exception {
        long[] ids = transactions.inNew(() -> {
            ScrutinyItem unscheduled = stored(scenario, "Elective home education", ItemType.BRIEFING);
            ScrutinyItem march = stored(scenario, "School transport", ItemType.REPORT);
            march.scheduleFor(scenario.march, scenario.democratic, AUTUMN);
            ScrutinyItem january = stored(scenario, "Youth services", ItemType.REPORT);
            january.scheduleFor(scenario.january, scenario.democratic, AUTUMN);
            ScrutinyItem withdrawn = stored(scenario, "Libraries", ItemType.REPORT);
            withdrawn.scheduleFor(scenario.january, scenario.democratic, AUTUMN);
            withdrawn.withdraw("Covered by the budget scrutiny.", scenario.democratic, AUTUMN);
            ScrutinyItem elsewhere = stored(other, "Parks", ItemType.REPORT);
            elsewhere.scheduleFor(other.january, other.democratic, AUTUMN);
            stored(other, "Bus lanes", ItemType.REPORT);
            return new long[] {unscheduled.id(), march.id(), january.id(), withdrawn.id()};
        });

        transactions.inNew(() -> {
            long january = scenario.january.id();
            List<ProgrammeEntry> both = queries.workProgramme(scenario.committee.id(),
                    List.of(scenario.march.id(), january));
            assertThat(both).extracting(ProgrammeEntry::itemId, ProgrammeEntry::meetingId)
                    .as("the meetings' items in id order, whatever their stage, then those with no meeting")
                    .containsExactly(tuple(ids[1], scenario.march.id()), tuple(ids[2], january),
                            tuple(ids[3], january), tuple(ids[0], null));
            assertThat(both.get(3)).isEqualTo(new ProgrammeEntry(ids[0], null,
                    "Elective home education " + scenario.key, ItemType.BRIEFING, items.find(ids[0]).orElseThrow()
                            .stage()));
            assertThat(both.get(2).stage()).isEqualTo(Stage.WITHDRAWN);
            assertThat(both.get(1).title()).isEqualTo("Youth services " + scenario.key);

            assertThat(queries.workProgramme(scenario.committee.id(), List.of(january)))
                    .extracting(ProgrammeEntry::itemId).as("only the meetings asked for")
                    .containsExactly(ids[2], ids[3], ids[0]);
            assertThat(queries.workProgramme(scenario.committee.id(), List.of()))
                    .extracting(ProgrammeEntry::itemId).as("no meeting in the year: the items with none")
                    .containsExactly(ids[0]);
            assertThat(queries.workProgramme(scenario.committee.id(), List.of(other.january.id())))
                    .extracting(ProgrammeEntry::itemId).as("another committee's meeting gives none of its items")
                    .containsExactly(ids[0]);
            return null;
        });
    }
}
