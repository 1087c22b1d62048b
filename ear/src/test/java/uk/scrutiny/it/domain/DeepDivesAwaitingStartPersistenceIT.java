package uk.scrutiny.it.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
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
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.deepdive.DeepDive;
import uk.scrutiny.domain.model.deepdive.DeepDiveRepository;
import uk.scrutiny.domain.model.item.ItemType;
import uk.scrutiny.domain.model.item.Origin;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.item.Stage;
import uk.scrutiny.domain.model.people.UserRepository;

/**
 * The deep dives democratic services have to start, as the dashboard counts and pages them: items referred to a
 * deep dive that has no record yet, oldest first (the item's id settles a tie), of one committee or of all. An item
 * whose deep dive has started, or one at another stage, is not among them.
 */
@ExtendWith(ArquillianExtension.class)
class DeepDivesAwaitingStartPersistenceIT {

    private static final LocalDateTime JAN_3 = LocalDateTime.of(2026, 1, 3, 9, 0);
    private static final LocalDateTime JAN_4 = LocalDateTime.of(2026, 1, 4, 9, 0);
    private static final LocalDateTime JAN_5 = LocalDateTime.of(2026, 1, 5, 9, 0);

    @Deployment
    static WebArchive deployment() {
        return DomainDeployment.of("deep-dives-awaiting-start-persistence-it.war",
                DeepDivesAwaitingStartPersistenceIT.class);
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
    DeepDiveRepository deepDives;

    private Transactions transactions;
    private Scenario ours;
    private Scenario other;

    @BeforeEach
    void scenarios() throws Exception {
        transactions = new Transactions(transaction);
        ours = transactions.inNew(() -> new Scenario(users, committees, dataSources));
        other = transactions.inNew(() -> new Scenario(users, committees, dataSources));
    }

    @AfterEach
    void removeScenarios() throws Exception {
        for (Scenario scenario : new Scenario[] {ours, other}) {
            if (scenario != null) {
                scenario.removeIn(transactions, committees);
            }
        }
    }

    @Test
    void itemsReferredToADeepDiveNotYetStartedAreCountedAndPagedOldestFirstByCommittee() throws Exception {
        long first = referred(ours.committee, "Elective home education", JAN_5);
        long oldest = referred(ours.committee, "Children missing education", JAN_3);
        long tied = referred(ours.committee, "School exclusions", JAN_5);
        long started = referred(ours.committee, "Alternative provision", JAN_3);
        transactions.inNew(() -> {
            deepDives.store(new DeepDive(items.find(started).orElseThrow(), "Alternative provision places",
                    LocalDate.of(2026, 2, 2)));
            return null;
        });
        long scoping = stored(ours.committee, "Attendance of children in need", JAN_3);
        long elsewhere = referred(other.committee, "Youth justice", JAN_4);

        transactions.inNew(() -> {
            long committee = ours.committee.id();
            assertThat(deepDives.countItemsAwaitingStart(committee)).isEqualTo(3);
            assertThat(ids(deepDives.findItemsAwaitingStart(committee, 0, 10))).as("oldest first, then by id")
                    .containsExactly(oldest, first, tied);
            assertThat(ids(deepDives.findItemsAwaitingStart(committee, 0, 2))).containsExactly(oldest, first);
            assertThat(ids(deepDives.findItemsAwaitingStart(committee, 2, 2))).containsExactly(tied);
            assertThat(ids(deepDives.findItemsAwaitingStart(committee, 1, 1))).containsExactly(first);
            assertThat(deepDives.findItemsAwaitingStart(committee, 3, 2)).as("past the last page").isEmpty();

            assertThat(deepDives.countItemsAwaitingStart(other.committee.id())).isEqualTo(1);
            assertThat(ids(deepDives.findItemsAwaitingStart(other.committee.id(), 0, 10)))
                    .containsExactly(elsewhere);

            // Every committee's: the shared test database holds others' items too, so only ours are looked at.
            long all = deepDives.countItemsAwaitingStart(null);
            List<Long> everyone = ids(deepDives.findItemsAwaitingStart(null, 0, (int) all));
            assertThat(everyone).hasSize((int) all).doesNotContain(started, scoping);
            assertThat(everyone.stream().filter(List.of(oldest, elsewhere, first, tied)::contains).toList())
                    .containsExactly(oldest, elsewhere, first, tied);
            return null;
        });
    }

    /** An item of the committee's work programme, created at the time given, referred to a deep dive. */
    private long referred(Committee committee, String title, LocalDateTime createdAt) throws Exception {
        long id = stored(committee, title, createdAt);
        transactions.inNew(() -> {
            ScrutinyItem item = items.find(id).orElseThrow();
            item.moveTo(Stage.DEEP_DIVE, "Referred to a deep dive", null, createdAt.plusDays(1));
            items.store(item);
            return null;
        });
        return id;
    }

    private long stored(Committee committee, String title, LocalDateTime createdAt) throws Exception {
        return transactions.inNew(() -> {
            ScrutinyItem item = new ScrutinyItem(committee, title, null, ItemType.REPORT,
                    Origin.workProgramme("Work programme"), null, createdAt);
            items.store(item);
            return item.id();
        });
    }

    private static List<Long> ids(List<ScrutinyItem> found) {
        return found.stream().map(ScrutinyItem::id).toList();
    }
}
