package uk.scrutiny.it.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.catalogue.DataSourceRepository;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.people.UserRepository;
import uk.scrutiny.domain.model.programme.MunicipalYear;
import uk.scrutiny.domain.model.programme.WorkProgramme;
import uk.scrutiny.domain.model.programme.WorkProgrammeRepository;
import uk.scrutiny.domain.model.rapporteur.RapporteurAssignment;
import uk.scrutiny.domain.model.rapporteur.RapporteurRepository;
import uk.scrutiny.domain.model.redflag.DataPoints;
import uk.scrutiny.domain.model.redflag.DataQuality;
import uk.scrutiny.domain.model.redflag.DataQualityPrompt;
import uk.scrutiny.domain.model.redflag.Evidence;
import uk.scrutiny.domain.model.redflag.RedFlag;
import uk.scrutiny.domain.model.redflag.RedFlagRepository;
import uk.scrutiny.domain.model.redflag.Severity;
import uk.scrutiny.domain.model.redflag.Trend;

/** The smaller aggregates: red flags, work programmes and rapporteur assignments. */
@ExtendWith(ArquillianExtension.class)
class RedFlagProgrammeAndRapporteurPersistenceIT {

    private static final LocalDate RAISED_ON = LocalDate.of(2025, 10, 6);

    @Deployment
    static WebArchive deployment() {
        return DomainDeployment.of("red-flag-programme-rapporteur-persistence-it.war",
                RedFlagProgrammeAndRapporteurPersistenceIT.class);
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
    RedFlagRepository redFlags;
    @Inject
    WorkProgrammeRepository programmes;
    @Inject
    RapporteurRepository rapporteurs;

    private Transactions transactions;
    private Scenario scenario;

    @BeforeEach
    void scenario() throws Exception {
        transactions = new Transactions(transaction);
        scenario = transactions.inNew(() -> new Scenario(users, committees, dataSources));
    }

    @AfterEach
    void removeScenario() throws Exception {
        if (scenario != null) {
            scenario.removeIn(transactions, committees);
        }
    }

    private RedFlag redFlag(String indicator) {
        return new RedFlag(scenario.committee, scenario.dataSource, indicator, null, Severity.MEDIUM,
                "Above England for three years", scenario.member, RAISED_ON);
    }

    @Test
    void aRedFlagKeepsItsEvidenceAndTheAnswersToTheDataQualityPrompts() throws Exception {
        long[] ids = transactions.inNew(() -> {
            RedFlag answered = redFlag("Children subject to a second child protection plan");
            answered.recordEvidence(new Evidence("24.1%", "England 23.5%", "2024-25", Trend.WORSENING,
                    "https://www.gov.uk/government/statistics/characteristics-of-children-in-need-2025"));
            answered.answerDataQualityPrompts(new DataQuality(true, DataPoints.TREND, "About 300 children a year",
                    null, "Annual, published in the autumn", null));
            redFlags.store(answered);
            RedFlag bare = redFlag("Assessments completed within 45 working days");
            redFlags.store(bare);
            return new long[] {answered.id(), bare.id()};
        });

        transactions.inNew(() -> {
            RedFlag answered = redFlags.find(ids[0]).orElseThrow();
            assertThat(answered.evidence().value()).isEqualTo("24.1%");
            assertThat(answered.evidence().trend()).isEqualTo(Trend.WORSENING);
            assertThat(answered.dataQuality().officialStatistic()).isTrue();
            assertThat(answered.dataQuality().unanswered())
                    .containsExactly(DataQualityPrompt.HOW_CALCULATED, DataQualityPrompt.KNOWN_QUALITY_ISSUES);
            assertThat(answered.raisedBy().id()).isEqualTo(scenario.member.id());
            assertThat(answered.dataSource().id()).isEqualTo(scenario.dataSource.id());

            RedFlag bare = redFlags.find(ids[1]).orElseThrow();
            assertThat(bare.evidence()).isSameAs(Evidence.NONE);
            assertThat(bare.dataQuality().unanswered()).containsExactly(DataQualityPrompt.values());

            assertThat(redFlags.findByCommittee(scenario.committee.id())).extracting(RedFlag::id)
                    .containsExactly(ids[1], ids[0]);
            assertThat(redFlags.findByDataSource(scenario.dataSource.id())).hasSize(2);
            assertThat(redFlags.findRaisedBy(scenario.member.id())).hasSize(2);
            return null;
        });
    }

    @Test
    void aRedFlagWithoutIndicatorOrObservationIsRefusedBeforeAnythingIsStored() throws Exception {
        assertThatThrownBy(() -> transactions.inNew(() -> {
            redFlags.store(new RedFlag(scenario.committee, scenario.dataSource, " ", null, Severity.LOW, "Why",
                    scenario.member, RAISED_ON));
            return null;
        })).isInstanceOf(DomainRuleViolation.class).hasMessage("Name the indicator or describe the observation.");

        assertThat(transactions.inNew(() -> redFlags.findByCommittee(scenario.committee.id()))).isEmpty();
    }

    @Test
    void aCommitteeHasOneWorkProgrammePerYear() throws Exception {
        long id = transactions.inNew(() -> {
            WorkProgramme programme = new WorkProgramme(scenario.committee, MunicipalYear.startingIn(2025));
            programme.agree(LocalDate.of(2025, 6, 10));
            programmes.store(programme);
            programmes.store(new WorkProgramme(scenario.committee, MunicipalYear.startingIn(2026)));
            return programme.id();
        });

        transactions.inNew(() -> {
            WorkProgramme loaded = programmes.findFor(scenario.committee.id(), MunicipalYear.parse("2025/26"))
                    .orElseThrow();
            assertThat(loaded.id()).isEqualTo(id);
            assertThat(loaded.agreedOn()).isEqualTo(LocalDate.of(2025, 6, 10));
            assertThat(programmes.findByCommittee(scenario.committee.id())).extracting(p -> p.municipalYear().label())
                    .containsExactly("2026/27", "2025/26");
            return null;
        });
        assertThatThrownBy(() -> transactions.inNew(() -> {
            programmes.store(new WorkProgramme(scenario.committee, MunicipalYear.startingIn(2025)));
            return null;
        })).hasStackTraceContaining("UQ_WORK_PROGRAMME_COMMITTEE_YEAR");
    }

    @Test
    void ofTwoConcurrentChangesToAWorkProgrammeTheSecondFails() throws Exception {
        long id = transactions.inNew(() -> {
            WorkProgramme programme = new WorkProgramme(scenario.committee, MunicipalYear.startingIn(2025));
            programmes.store(programme);
            return programme.id();
        });
        WorkProgramme first = transactions.inNew(() -> programmes.find(id).orElseThrow());
        WorkProgramme second = transactions.inNew(() -> programmes.find(id).orElseThrow());

        transactions.inNew(() -> {
            first.agree(LocalDate.of(2025, 6, 10));
            programmes.store(first);
            return null;
        });
        assertThatThrownBy(() -> transactions.inNew(() -> {
            second.agree(LocalDate.of(2025, 6, 24));
            programmes.store(second);
            return null;
        })).satisfies(e -> assertThat(Failures.isOptimisticLockFailure(e)).as("optimistic lock failure: " + e).isTrue());

        assertThat(transactions.inNew(() -> programmes.find(id).orElseThrow().agreedOn()))
                .isEqualTo(LocalDate.of(2025, 6, 10));
    }

    @Test
    void rapporteursAreFoundForTheirCommitteeWhileTheirAssignmentLasts() throws Exception {
        long[] ids = transactions.inNew(() -> {
            RapporteurAssignment source = RapporteurAssignment.forDataSource(scenario.seat, scenario.dataSource,
                    LocalDate.of(2025, 6, 2));
            rapporteurs.store(source);
            RapporteurAssignment area = RapporteurAssignment.forArea(scenario.seat, "SEND and inclusion",
                    LocalDate.of(2025, 6, 2));
            area.end(LocalDate.of(2025, 12, 31));
            rapporteurs.store(area);
            return new long[] {source.id(), area.id()};
        });

        transactions.inNew(() -> {
            assertThat(rapporteurs.findActiveForCommittee(scenario.committee.id(), LocalDate.of(2025, 12, 31)))
                    .extracting(RapporteurAssignment::id).containsExactlyInAnyOrder(ids[0], ids[1]);
            assertThat(rapporteurs.findActiveForCommittee(scenario.committee.id(), LocalDate.of(2026, 1, 1)))
                    .extracting(RapporteurAssignment::subject).containsExactly(scenario.dataSource.name());
            assertThat(rapporteurs.findForDataSource(scenario.dataSource.id())).extracting(RapporteurAssignment::id)
                    .containsExactly(ids[0]);
            assertThat(rapporteurs.findForMember(scenario.seat.id())).hasSize(2);
            assertThat(rapporteurs.find(ids[1]).orElseThrow().endedOn()).isEqualTo(LocalDate.of(2025, 12, 31));
            return null;
        });
    }
}
