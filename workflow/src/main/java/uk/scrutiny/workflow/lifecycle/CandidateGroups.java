package uk.scrutiny.workflow.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.TaskService;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;

/**
 * The role groups that may take a task that is not assigned to one person. Our processes declare their tasks'
 * candidate groups as plain names, never expressions, and nothing changes them at run time, so they are read from
 * the deployed model once per process version and task (and once per process for all its tasks), rather than by a
 * query of the task's identity links on every action, every answer and every "my tasks". A group given by an
 * expression falls back to that query.
 */
@ApplicationScoped
public class CandidateGroups {

    @Inject
    TaskService taskService;

    @Inject
    RepositoryService repositoryService;

    /** Per process version and task: the declared groups, or empty when an expression gives them. */
    private final Map<String, Optional<List<String>>> declared = new ConcurrentHashMap<>();

    /** Per process key: the groups any of its tasks is offered to, in every deployed version. */
    private final Map<String, Set<String>> ofProcess = new ConcurrentHashMap<>();

    /** The task's candidate groups, sorted. */
    public List<String> of(Task task) {
        return declared.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
                key -> declared(task)).orElseGet(() -> of(taskService, task));
    }

    /**
     * The groups any task of the process is offered to, in every deployed version: items started on an older
     * version still wait on its tasks. Process definitions change only on deployment, at start-up.
     */
    public Set<String> ofProcess(String processKey) {
        return ofProcess.computeIfAbsent(processKey, key -> {
            Set<String> found = new TreeSet<>();
            for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery()
                    .processDefinitionKey(key).list()) {
                found.addAll(declaredIn(repositoryService.getBpmnModel(definition.getId())));
            }
            return Set.copyOf(found);
        });
    }

    /** The candidate groups of a process model's user tasks. */
    public static Set<String> declaredIn(BpmnModel model) {
        return model.getMainProcess().findFlowElementsOfType(UserTask.class, true).stream()
                .flatMap(task -> task.getCandidateGroups().stream()).map(String::strip)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The task's candidate groups from its identity links, sorted; none once the task has ended. A timer job (an
     * escalation, a review date) can end the task between the query that found it and this look-up: the task is
     * then nobody's to take, and a read must say so rather than fail.
     */
    public static List<String> of(TaskService taskService, Task task) {
        try {
            return taskService.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                    .map(IdentityLink::getGroupId).sorted().toList();
        } catch (FlowableObjectNotFoundException ended) {
            return List.of();
        }
    }

    private Optional<List<String>> declared(Task task) {
        if (!(repositoryService.getBpmnModel(task.getProcessDefinitionId())
                .getFlowElement(task.getTaskDefinitionKey()) instanceof UserTask userTask)
                || userTask.getCandidateGroups().stream().anyMatch(g -> g.contains("{"))) {
            return Optional.empty();
        }
        return Optional.of(userTask.getCandidateGroups().stream().map(String::strip).sorted().toList());
    }
}
