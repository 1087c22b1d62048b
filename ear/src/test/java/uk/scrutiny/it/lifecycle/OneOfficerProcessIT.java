package uk.scrutiny.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
import uk.scrutiny.domain.model.item.Stage;
import uk.scrutiny.domain.model.item.TriageDecision;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.model.redflag.Severity;
import uk.scrutiny.it.ContainerArchives;
import uk.scrutiny.it.TestServer;
import uk.scrutiny.workflow.lifecycle.Actor;
import uk.scrutiny.workflow.lifecycle.Commands;
import uk.scrutiny.workflow.lifecycle.ItemLifecycle;
import uk.scrutiny.workflow.lifecycle.LifecycleConflict;
import uk.scrutiny.workflow.lifecycle.WaitingTasks;

/**
 * An item whose process was started on the definition deployed before requests could go to several officers (one
 * officer task with its officer and due date passed in, one review task, no responses subprocess and no request id),
 * as demo databases still have them, driven through today's services: the request issued to one officer (several
 * refused, no further officer offered while it is out), handed over, extended, answered, returned, answered again
 * and accepted, after which the report awaits publication; withdrawn then, its process ends.
 *
 * <p>The old definition (git: the parent of commit 53b5f4f) is deployed on its own, as a new version of the process
 * key, and the item's process is started on it by id; running instances stay on the version they started with, as
 * they do in a database that lived through the change. The test starts no other process while the old version is
 * the latest, and leaves the deployed definitions as it found them: at the end the item is withdrawn (its process
 * ends) and the old definition's deployment is deleted with its history, so the application's current definitions
 * are the latest again, with no version added.
 */
@ExtendWith(ArquillianExtension.class)
class OneOfficerProcessIT {

    private static final String OLD_DEFINITION = "legacy-processes/scrutiny-item-one-officer.bpmn20.xml";
    private static final Actor MEMBER = new Actor("member", Set.of(Role.MEMBER));
    private static final Actor CHAIR = new Actor("chair", Set.of(Role.MEMBER, Role.CHAIR));
    private static final Actor DEMOCRATIC = new Actor("democratic", Set.of(Role.DEMOCRATIC_SERVICES));
    private static final Actor OLU = new Actor("officer", Set.of(Role.OFFICER));
    private static final Actor OONA = new Actor("officer2", Set.of(Role.OFFICER));

    private static final String CONFIG = """
            # Outranks the test server's system properties (400): this engine runs no jobs by itself.
            config_ordinal=500
            scrutiny.workflow.async-executor.activate=false
            scrutiny.workflow.job-category=one-officer-it
            """;

    @Deployment
    static WebArchive deployment() {
        TestServer.awaitApplication();
        WebArchive war = ShrinkWrap.create(WebArchive.class, "one-officer-process-it.war")
                .addClasses(OneOfficerProcessIT.class, ItemSnapshots.class, ItemSnapshots.Snapshot.class,
                        ContainerArchives.class)
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
    WaitingTasks waitingTasks;

    @Inject
    ItemSnapshots snapshots;

    @Inject
    CommitteeRepository committees;

    @Inject
    DataSourceRepository dataSources;

    @Inject
    RepositoryService repositoryService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    /** The definitions deployed before the test, by id; and the old definition's deployment, once the test made it. */
    private Set<String> definitionsFound;
    private String oldDeployment;

    @BeforeEach
    void noteTheDeployedDefinitions() {
        definitionsFound = definitionIds();
        assertThat(repositoryService.getBpmnModel(latestDefinition().getId()).getFlowElement("responses"))
                .as("the application's current definition is the latest").isNotNull();
    }

    /** Even when the test failed half-way: the old deployment goes, with any instance still on it. */
    @AfterEach
    void removeTheOldDefinition() {
        if (oldDeployment != null) {
            repositoryService.deleteDeployment(oldDeployment, true);
        }
        assertThat(definitionIds()).as("the deployed definitions as the test found them")
                .isEqualTo(definitionsFound);
        assertThat(repositoryService.getBpmnModel(latestDefinition().getId()).getFlowElement("responses"))
                .as("the current definition is the latest again").isNotNull();
    }

    @Test
    void anItemOnTheOneOfficerProcessIsIssuedHandedOverExtendedReturnedAndAccepted() {
        long itemId = itemOnTheOneOfficerProcess();
        assertThat(task(itemId).getTaskDefinitionKey()).isEqualTo("triage");
        long committeeId = committees.findAll().get(0).id();
        long meetingId = committees.findMeetings(committeeId, null, null).stream()
                .filter(m -> m.date().isBefore(LocalDate.now())).reduce((a, b) -> b).orElseThrow().id();
        lifecycle.triage(itemId, new Commands.Triage(TriageDecision.REPORT, "Needs a report", null, meetingId),
                CHAIR);
        lifecycle.agreeKeyLinesOfEnquiry(itemId, new Commands.AgreeKeyLinesOfEnquiry(
                List.of("Why have re-referrals risen?"), null, null), DEMOCRATIC);

        Throwable several = catchThrowable(() -> lifecycle.issueRequest(itemId, List.of("officer", "officer2"),
                DEMOCRATIC));
        assertThat(several).as("one officer task only").isInstanceOf(LifecycleConflict.class)
                .hasMessageContaining("takes one officer");
        assertThat(snapshots.of(itemId).stage()).isEqualTo(Stage.SCOPING);

        lifecycle.issueRequest(itemId, "officer", DEMOCRATIC);
        InformationRequest request = onlyRequest(itemId);
        long requestId = request.id();
        Task officerTask = task(itemId);
        assertThat(officerTask.getTaskDefinitionKey()).isEqualTo("officerResponse");
        assertThat(officerTask.getAssignee()).isEqualTo("officer");
        assertThat(dueOf(officerTask)).isEqualTo(request.due());
        assertThat(runtimeService.getVariable(officerTask.getExecutionId(), "requestId")).as("no request id kept")
                .isNull();
        assertThat(lifecycle.status(itemId, DEMOCRATIC).allowedActions()).as("no further officer on this process")
                .doesNotContain("issue-request");
        assertThat(lifecycle.status(itemId, OLU).yourActions()).containsExactly("submit-response");

        lifecycle.handOver(itemId, requestId, "officer2", "Oona holds the locality figures.", OLU);
        assertThat(task(itemId).getAssignee()).isEqualTo("officer2");
        assertThat(snapshots.of(itemId).leadOfficer()).isEqualTo("officer2");
        assertThat(lifecycle.status(itemId, OLU).yourActions()).isEmpty();

        LocalDate asked = request.due().plusDays(14);
        long extensionId = lifecycle.askForExtension(itemId, requestId, asked, "The extract is being rebuilt.", OONA);
        lifecycle.grantExtension(itemId, requestId, extensionId, null, "Agreed.", DEMOCRATIC);
        assertThat(onlyRequest(itemId).due()).isEqualTo(asked);
        assertThat(dueOf(task(itemId))).as("the officer task follows the extension").isEqualTo(asked);

        lifecycle.submitResponse(itemId, answers("Oona's first answer."), OONA);
        assertThat(snapshots.of(itemId).stage()).isEqualTo(Stage.RESPONSE_REVIEW);
        Task review = task(itemId);
        assertThat(review.getTaskDefinitionKey()).isEqualTo("reviewResponse");
        assertThat(waitingTasks.first(DEMOCRATIC, 10_000).tasks()).filteredOn(t -> t.itemId() == itemId)
                .singleElement().satisfies(t -> {
                    assertThat(t.action()).isEqualTo("accept-response|return-response");
                    assertThat(t.requestId()).as("the old process keeps no request id").isNull();
                });

        lifecycle.returnResponse(itemId, requestId, "Add the 2025 figures.", DEMOCRATIC);
        assertThat(snapshots.of(itemId).stage()).isEqualTo(Stage.REQUEST_ISSUED);
        Task again = task(itemId);
        assertThat(again.getTaskDefinitionKey()).isEqualTo("officerResponse");
        assertThat(again.getAssignee()).as("back to the officer holding the request").isEqualTo("officer2");
        assertThat(dueOf(again)).isEqualTo(asked);
        assertThat(onlyRequest(itemId).status()).isEqualTo(RequestStatus.OPEN);

        lifecycle.submitResponse(itemId, answers("With the 2025 figures."), OONA);
        lifecycle.acceptResponse(itemId, requestId, DEMOCRATIC);
        assertThat(onlyRequest(itemId).status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(task(itemId).getTaskDefinitionKey()).isEqualTo("publish");
        assertThat(lifecycle.status(itemId, DEMOCRATIC).allowedActions()).contains("publish");
        assertThat(task(itemId).getProcessDefinitionId()).as("still on the old definition")
                .isEqualTo(processOf(itemId).getProcessDefinitionId());
        assertThat(snapshots.of(itemId).timeline()).anySatisfy(w -> assertThat(w).startsWith(
                "Request handed over from Olu Example")).anySatisfy(w -> assertThat(w).startsWith(
                "Extension granted")).anySatisfy(w -> assertThat(w).endsWith("returned for more."))
                .anySatisfy(w -> assertThat(w).endsWith("accepted."));

        lifecycle.withdraw(itemId, "The one-officer process has been tried.", DEMOCRATIC);
        assertThat(snapshots.of(itemId).stage()).isEqualTo(Stage.WITHDRAWN);
        assertThat(processOf(itemId)).as("the withdrawal ended the process on the old definition").isNull();
    }

    /**
     * A red flag raised as today; its process (on the current definition) replaced by one on the old definition,
     * started as raiseRedFlag starts it: business key and variable itemId.
     */
    private long itemOnTheOneOfficerProcess() {
        long committeeId = committees.findAll().get(0).id();
        long dataSourceId = dataSources.findAll().get(0).id();
        long itemId = lifecycle.raiseRedFlag(new Commands.RaiseRedFlag(committeeId, dataSourceId,
                "One officer process " + UUID.randomUUID(), "Re-referrals", null, Severity.HIGH, "Rising"), MEMBER);
        ProcessInstance current = processOf(itemId);
        String oldDefinition = oldDefinitionId();
        runtimeService.deleteProcessInstance(current.getId(), "Started again on the one-officer definition");
        ProcessInstance old = runtimeService.startProcessInstanceById(oldDefinition, String.valueOf(itemId),
                Map.of("itemId", itemId));
        assertThat(repositoryService.getBpmnModel(old.getProcessDefinitionId()).getFlowElement("responses"))
                .as("the old definition has no responses subprocess").isNull();
        return itemId;
    }

    /**
     * Deploys the old definition on its own; it is the latest version of the process key until
     * {@link #removeTheOldDefinition} deletes its deployment.
     */
    private String oldDefinitionId() {
        org.flowable.engine.repository.Deployment deployment = repositoryService.createDeployment()
                .name("one-officer-process-it").addBytes("scrutiny-item-one-officer.bpmn20.xml", read(OLD_DEFINITION))
                .deploy();
        oldDeployment = deployment.getId();
        ProcessDefinition old = repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId())
                .singleResult();
        assertThat(old.getKey()).isEqualTo(ItemLifecycle.PROCESS_KEY);
        return old.getId();
    }

    private Set<String> definitionIds() {
        return repositoryService.createProcessDefinitionQuery().list().stream().map(ProcessDefinition::getId)
                .collect(Collectors.toSet());
    }

    private ProcessDefinition latestDefinition() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(ItemLifecycle.PROCESS_KEY)
                .latestVersion().singleResult();
    }

    private static byte[] read(String resource) {
        try (InputStream in = OneOfficerProcessIT.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Not on the class path: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProcessInstance processOf(long itemId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ItemLifecycle.PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(itemId)).singleResult();
    }

    private Task task(long itemId) {
        return taskService.createTaskQuery().processInstanceId(processOf(itemId).getId()).singleResult();
    }

    private InformationRequest onlyRequest(long itemId) {
        List<InformationRequest> requests = lifecycle.status(itemId, DEMOCRATIC).item().requests();
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static LocalDate dueOf(Task task) {
        return task.getDueDate().toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }

    private static Commands.SubmitResponse answers(String text) {
        return new Commands.SubmitResponse(Map.of(1, text), Map.of());
    }
}
