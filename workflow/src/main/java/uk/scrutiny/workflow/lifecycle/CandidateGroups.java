package uk.scrutiny.workflow.lifecycle;

import java.util.List;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;

/** The role groups that may take a task that is not assigned to one person. */
public final class CandidateGroups {

    private CandidateGroups() {
    }

    /**
     * The task's candidate groups, sorted; none once the task has ended. A timer job (an escalation, a review date)
     * can end the task between the query that found it and this look-up: the task is then nobody's to take, and a
     * read must say so rather than fail.
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
}
