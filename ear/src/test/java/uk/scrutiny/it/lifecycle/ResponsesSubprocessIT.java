package uk.scrutiny.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.scrutiny.domain.model.catalogue.DataSourceRepository;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.item.InformationRequest;
import uk.scrutiny.domain.model.item.RequestStatus;
import uk.scrutiny.domain.model.item.TriageDecision;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.model.people.User;
import uk.scrutiny.domain.model.people.UserRepository;
import uk.scrutiny.domain.model.redflag.Severity;
import uk.scrutiny.it.ContainerArchives;
import uk.scrutiny.it.TestServer;
import uk.scrutiny.workflow.lifecycle.Actor;
import uk.scrutiny.workflow.lifecycle.Commands;
import uk.scrutiny.workflow.lifecycle.ItemLifecycle;

/**
 * The responses subprocess in the container, with the real services, where HTTP cannot reach:
 * <ul>
 *   <li>three officers, two of them asked while the first answers (a third officer exists for this test only), with
 *   returns between the acceptances: the item goes on to publication only once every response is accepted;</li>
 *   <li>an item whose process runs on the definition deployed before the subprocess read the requests not yet
 *   accepted (its collection is {@code requestTasks.openRequests}): with both responses in review, accepting one
 *   leaves the other's review waiting there too.</li>
 * </ul>
 * The old definition is deployed on its own as a new version of the process key and the item's process started on
 * it by id (as OneOfficerProcessIT does); its deployment is deleted after the test, so the application's current
 * definitions are the latest again.
 */
@ExtendWith(ArquillianExtension.class)
class ResponsesSubprocessIT {

    private static final String OLD_DEFINITION = "legacy-processes/scrutiny-item-open-requests.bpmn20.xml";
    private static final Actor MEMBER = new Actor("member", Set.of(Role.MEMBER));
    private static final Actor CHAIR = new Actor("chair", Set.of(Role.MEMBER, Role.CHAIR));
    private static final Actor DEMOCRATIC = new Actor("democratic", Set.of(Role.DEMOCRATIC_SERVICES));
    private static final Actor OLU = new Actor("officer", Set.of(Role.OFFICER));
    private static final Actor OONA = new Actor("officer2", Set.of(Role.OFFICER));

    private static final String CONFIG = """
            # Outranks the test server's system properties (400): this engine runs no jobs by itself.
            config_ordinal=500
            scrutiny.workflow.async-executor.activate=false
            scrutiny.workflow.job-category=responses-subprocess-it
            """;

    @Deployment
    static WebArchive deployment() {
        TestServer.awaitApplication();
        WebArchive war = ShrinkWrap.create(WebArchive.class, "responses-subprocess-it.war")
                .addClasses(ResponsesSubprocessIT.class, ContainerArchives.class)
                .addAsLibrary(ContainerArchives.libraryOf(org.assertj.core.api.Assertions.class))
                .addAsResource(OLD_DEFINITION)
                .addAsResource(new StringAsset(CONFIG), "META-INF/microprofile-config.properties")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        File earFile = new File(System.getProperty("it.ear.file", "target/scrutiny.ear"));
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile);
        Map<org.jboss.shrinkwrap.api.ArchivePath, Node> libraries = ear.getContent(
                path -> path.get().startsWith("/lib/") && path.get().endsWith(".jar"));
        libraries.forEach((path, node) -> war.addAsLibrary(node.getAsset(), path.get().substring("/lib/".length())));
        return war;
    }

    @Inject
    ItemLifecycle lifecycle;

    @Inject
    CommitteeRepository committees;

    @Inject
    DataSourceRepository dataSources;

    @Inject
    UserRepository users;

    @Inject
    RepositoryService repositoryService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @Inject
    UserTransaction transaction;

    private Set<String> definitionsFound;
    private String oldDeployment;
    private User thirdOfficer;

    @BeforeEach
    void noteTheDeployedDefinitions() {
        definitionsFound = definitionIds();
    }

    /**
     * Even when the test failed half-way: the old deployment goes, with any instance still on it; the third officer
     * leaves the officers (their records stay, as an officer who left would), so the pages offer the demo's again.
     */
    @AfterEach
    void putBackWhatTheTestAdded() throws Exception {
        if (oldDeployment != null) {
            repositoryService.deleteDeployment(oldDeployment, true);
        }
        if (thirdOfficer != null) {
            inTransaction(() -> {
                javax.sql.DataSource database = InitialContext.doLookup("jdbc/scrutiny");
                try (Connection connection = database.getConnection();
                        PreparedStatement statement = connection.prepareStatement(
                                "DELETE FROM user_role WHERE user_id = ?")) {
                    statement.setLong(1, thirdOfficer.id());
                    return statement.executeUpdate();
                }
            });
            assertThat(users.findByRole(Role.OFFICER)).extracting(User::username)
                    .doesNotContain(thirdOfficer.username());
        }
        assertThat(definitionIds()).as("the deployed definitions as the test found them").isEqualTo(definitionsFound);
    }

    @Test
    void threeOfficersTwoAskedLaterWithReturnsBetweenGoOnOnlyOnceEveryResponseIsAccepted() throws Exception {
        thirdOfficer = inTransaction(() -> {
            String username = "it-third-officer-" + UUID.randomUUID().toString().substring(0, 8);
            User officer = new User(username, "Tam Example (Finance Officer)", null, "not-a-real-hash",
                    Set.of(Role.OFFICER));
            users.store(officer);
            return officer;
        });
        Actor tam = new Actor(thirdOfficer.username(), Set.of(Role.OFFICER));
        long itemId = raised("Three officers");
        toIssue(itemId);

        lifecycle.issueRequest(itemId, List.of("officer"), DEMOCRATIC);
        lifecycle.issueRequest(itemId, List.of("officer2"), DEMOCRATIC);
        lifecycle.submitResponse(itemId, answers("Oona's part."), OONA);
        lifecycle.issueRequest(itemId, List.of(tam.username()), DEMOCRATIC);
        long olu = requestOf(itemId, "officer").id();
        long oona = requestOf(itemId, "officer2").id();
        long third = requestOf(itemId, tam.username()).id();
        lifecycle.submitResponse(itemId, answers("Olu's part."), OLU);
        lifecycle.submitResponse(itemId, answers("The budget."), tam);
        assertThat(reviewsWaiting(itemId)).as("every response in review").containsExactlyInAnyOrder(olu, oona, third);

        lifecycle.acceptResponse(itemId, third, DEMOCRATIC);
        assertThat(reviewsWaiting(itemId)).as("the last asked accepted first").containsExactlyInAnyOrder(olu, oona);
        assertThat(allowed(itemId)).doesNotContain("publish");

        lifecycle.returnResponse(itemId, oona, "Add the 2025 figures.", DEMOCRATIC);
        assertThat(officerTasks(itemId)).as("back to Oona only").containsExactly("officer2");
        lifecycle.acceptResponse(itemId, olu, DEMOCRATIC);
        assertThat(reviewsWaiting(itemId)).isEmpty();
        assertThat(officerTasks(itemId)).as("the returned response still to come").containsExactly("officer2");
        assertThat(allowed(itemId)).doesNotContain("publish");

        lifecycle.submitResponse(itemId, answers("Oona's part, with 2025."), OONA);
        assertThat(reviewsWaiting(itemId)).containsExactly(oona);
        assertThat(allowed(itemId)).doesNotContain("publish");
        lifecycle.acceptResponse(itemId, oona, DEMOCRATIC);
        assertThat(lifecycle.status(itemId, DEMOCRATIC).item().requests()).extracting(InformationRequest::status)
                .containsOnly(RequestStatus.ACCEPTED).hasSize(3);
        assertThat(tasks(itemId)).extracting(Task::getTaskDefinitionKey).containsExactly("publish");

        lifecycle.withdraw(itemId, "The three officers' case has been tried.", DEMOCRATIC);
    }

    @Test
    void onTheDefinitionBeforeTheFixAcceptingOneOfTwoResponsesInReviewLeavesTheOtherWaiting() {
        long itemId = raised("Open requests definition");
        String oldDefinition = oldDefinitionId();
        runtimeService.deleteProcessInstance(processOf(itemId).getId(),
                "Started again on the open-requests definition");
        ProcessInstance old = runtimeService.startProcessInstanceById(oldDefinition, String.valueOf(itemId),
                Map.of("itemId", itemId));
        toIssue(itemId);
        assertThat(task(itemId).getProcessDefinitionId()).isEqualTo(oldDefinition);

        lifecycle.issueRequest(itemId, List.of("officer"), DEMOCRATIC);
        lifecycle.issueRequest(itemId, List.of("officer2"), DEMOCRATIC);
        long first = requestOf(itemId, "officer").id();
        long second = requestOf(itemId, "officer2").id();
        lifecycle.submitResponse(itemId, answers("Olu's part."), OLU);
        lifecycle.submitResponse(itemId, answers("Oona's part."), OONA);
        assertThat(reviewsWaiting(itemId)).containsExactlyInAnyOrder(first, second);

        lifecycle.acceptResponse(itemId, first, DEMOCRATIC);
        assertThat(reviewsWaiting(itemId)).as("Oona's response still in review").containsExactly(second);
        assertThat(allowed(itemId)).contains("accept-response").doesNotContain("publish");

        lifecycle.acceptResponse(itemId, second, DEMOCRATIC);
        assertThat(tasks(itemId)).singleElement().satisfies(t -> {
            assertThat(t.getTaskDefinitionKey()).isEqualTo("publish");
            assertThat(t.getProcessDefinitionId()).as("still on the old definition").isEqualTo(oldDefinition);
        });
        assertThat(old.getProcessDefinitionId()).isEqualTo(oldDefinition);

        lifecycle.withdraw(itemId, "The open-requests definition has been tried.", DEMOCRATIC);
        assertThat(processOf(itemId)).isNull();
    }

    /** A red flag raised: its item at triage, its process started on the latest definition. */
    private long raised(String what) {
        long committeeId = committees.findAll().get(0).id();
        long dataSourceId = dataSources.findAll().get(0).id();
        return lifecycle.raiseRedFlag(new Commands.RaiseRedFlag(committeeId, dataSourceId,
                what + " " + UUID.randomUUID(), "Re-referrals", null, Severity.HIGH, "Rising"), MEMBER);
    }

    /** Triaged to the committee's last meeting held and its key lines agreed: a request to issue next. */
    private void toIssue(long itemId) {
        long committeeId = committees.findAll().get(0).id();
        long meetingId = committees.findMeetings(committeeId, null, null).stream()
                .filter(m -> m.date().isBefore(LocalDate.now())).reduce((a, b) -> b).orElseThrow().id();
        lifecycle.triage(itemId, new Commands.Triage(TriageDecision.REPORT, "Needs a report", null, meetingId),
                CHAIR);
        lifecycle.agreeKeyLinesOfEnquiry(itemId, new Commands.AgreeKeyLinesOfEnquiry(
                List.of("Why have re-referrals risen?"), null, null), DEMOCRATIC);
        assertThat(task(itemId).getTaskDefinitionKey()).isEqualTo("issueRequest");
    }

    /**
     * Deploys the old definition on its own; it is the latest version of the process key until
     * {@link #putBackWhatTheTestAdded} deletes its deployment.
     */
    private String oldDefinitionId() {
        org.flowable.engine.repository.Deployment deployment = repositoryService.createDeployment()
                .name("responses-subprocess-it").addBytes("scrutiny-item-open-requests.bpmn20.xml",
                        read(OLD_DEFINITION))
                .deploy();
        oldDeployment = deployment.getId();
        ProcessDefinition old = repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId())
                .singleResult();
        assertThat(old.getKey()).isEqualTo(ItemLifecycle.PROCESS_KEY);
        assertThat(((org.flowable.bpmn.model.SubProcess) repositoryService.getBpmnModel(old.getId())
                .getFlowElement("responses")).getLoopCharacteristics().getInputDataItem())
                .as("the old definition asks for the open requests").isEqualTo("${requestTasks.openRequests(itemId)}");
        return old.getId();
    }

    /** The requests whose responses wait for review, by the review tasks' request ids. */
    private List<Long> reviewsWaiting(long itemId) {
        return tasks(itemId).stream().filter(t -> t.getTaskDefinitionKey().equals("reviewResponse"))
                .map(t -> ((Number) runtimeService.getVariable(t.getExecutionId(), "requestId")).longValue())
                .toList();
    }

    /** Who holds an officer task of the item. */
    private List<String> officerTasks(long itemId) {
        return tasks(itemId).stream().filter(t -> t.getTaskDefinitionKey().equals("officerResponse"))
                .map(Task::getAssignee).toList();
    }

    private List<String> allowed(long itemId) {
        return lifecycle.status(itemId, DEMOCRATIC).allowedActions();
    }

    private InformationRequest requestOf(long itemId, String officer) {
        return lifecycle.status(itemId, DEMOCRATIC).item().requests().stream()
                .filter(r -> r.officer().username().equals(officer)).findFirst().orElseThrow();
    }

    private List<Task> tasks(long itemId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(itemId)).list();
    }

    private Task task(long itemId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(itemId)).singleResult();
    }

    private ProcessInstance processOf(long itemId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ItemLifecycle.PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(itemId)).singleResult();
    }

    private Set<String> definitionIds() {
        return repositoryService.createProcessDefinitionQuery().list().stream().map(ProcessDefinition::getId)
                .collect(Collectors.toSet());
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            T result = work.call();
            transaction.commit();
            return result;
        } finally {
            int status = transaction.getStatus();
            if (status == Status.STATUS_ACTIVE || status == Status.STATUS_MARKED_ROLLBACK) {
                transaction.rollback();
            }
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = ResponsesSubprocessIT.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Not on the class path: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Commands.SubmitResponse answers(String text) {
        return new Commands.SubmitResponse(Map.of(1, text), Map.of());
    }
}
