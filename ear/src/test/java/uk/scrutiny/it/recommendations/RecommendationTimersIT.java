package uk.scrutiny.it.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.it.recommendations.InContainer.DEMOCRATIC;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.item.Stage;
import uk.scrutiny.domain.model.recommendation.ExecutiveDecision;
import uk.scrutiny.domain.model.recommendation.ExecutiveResponseChase;
import uk.scrutiny.domain.service.CouncilCalendar;
import uk.scrutiny.workflow.recommendations.FollowUpCommands;
import uk.scrutiny.workflow.recommendations.RecommendationLifecycle;

/**
 * The executive response's reminder and escalation, in the container. The test server runs the application with
 * its job executor off (until the notifications work switches it on), so over HTTP the timers would never fire:
 * here the timer jobs and their due dates are asserted, then each job is run by hand through the engine, in its own
 * transaction, with the application's beans, and what it did is asserted.
 */
@ExtendWith(ArquillianExtension.class)
class RecommendationTimersIT {

    private static final ZoneId COUNCIL = ZoneId.of("Europe/London");

    @Deployment
    static WebArchive deployment() {
        return FollowUpArchive.of("recommendation-timers-it.war", RecommendationTimersIT.class);
    }

    @Inject
    InContainer setUp;

    @Inject
    RecommendationLifecycle lifecycle;

    @Inject
    CouncilCalendar calendar;

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @Inject
    ManagementService managementService;

    @Test
    void theResponseTaskHasAReminderTimerBeforeItsDueDateAndAnEscalationTimerTheDayAfter() {
        Meeting meeting = setUp.lastMeetingHeld();
        long id = setUp.itemWithRecommendationsMade("Timers " + UUID.randomUUID(), meeting.id());

        lifecycle.recordRecommendations(id, List.of(
                new FollowUpCommands.NewRecommendation("Report the rate each quarter.", "Cabinet", null),
                new FollowUpCommands.NewRecommendation("Review the thresholds.", "Portfolio Holder", null)),
                DEMOCRATIC);

        LocalDate due = calendar.deadlines().executiveResponseDue(meeting.date()).date();
        ExecutiveResponseChase chase = ExecutiveResponseChase.forDue(due, calendar.calendar());
        ProcessInstance instance = instanceOf(id);
        Task response = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(response.getTaskDefinitionKey()).isEqualTo("executiveResponse");
        assertThat(response.getDueDate()).isEqualTo(Date.from(due.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        List<Job> timers = managementService.createTimerJobQuery().processInstanceId(instance.getId())
                .orderByJobDuedate().asc().list();
        assertThat(timers).extracting(Job::getDuedate).containsExactly(
                Date.from(chase.remindOn().atTime(8, 0).atZone(COUNCIL).toInstant()),
                Date.from(chase.escalateOn().atStartOfDay(COUNCIL).toInstant()));
        assertThat(chase.remindOn()).isBefore(due);
        assertThat(chase.escalateOn()).isEqualTo(due.plusDays(1));
        assertThat(runtimeService.getVariables(instance.getId())).containsOnlyKeys("itemId");

        run(timers.get(0));

        assertThat(setUp.timeline(id)).last().isEqualTo("system|Reminder: the executive's response to 2 "
                + "recommendations is due on " + display(due) + ".");
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult()
                .getTaskDefinitionKey()).as("a reminder leaves the task waiting").isEqualTo("executiveResponse");
        assertThat(managementService.createTimerJobQuery().processInstanceId(instance.getId()).count()).isOne();

        run(managementService.createTimerJobQuery().processInstanceId(instance.getId()).singleResult());

        assertThat(setUp.timeline(id)).last().isEqualTo("system|Executive response overdue: 2 recommendations "
                + "still without a response, due on " + display(due) + ". Escalated to democratic services.");
        Task chaseTask = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(chaseTask.getTaskDefinitionKey()).isEqualTo("executiveResponseOverdue");
        assertThat(taskService.getIdentityLinksForTask(chaseTask.getId())).singleElement()
                .satisfies(link -> assertThat(link.getGroupId()).isEqualTo("democratic-services"));
        assertThat(managementService.createTimerJobQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(lifecycle.tasksFor(DEMOCRATIC)).anySatisfy(t -> {
            assertThat(t.itemId()).isEqualTo(id);
            assertThat(t.action()).isEqualTo("record-executive-response");
        });

        // The overdue task takes the response like the one it replaced.
        RecommendationLifecycle.Status status = lifecycle.status(id, DEMOCRATIC);
        for (var recommendation : status.recommendations()) {
            lifecycle.recordExecutiveResponse(id, recommendation.id(), new FollowUpCommands.ExecutiveResponse(
                    ExecutiveDecision.ACCEPTED, null, null), DEMOCRATIC);
        }
        assertThat(setUp.stage(id)).isEqualTo(Stage.MONITORING_RECOMMENDATIONS);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult()
                .getTaskDefinitionKey()).isEqualTo("monitoring");
        runtimeService.deleteProcessInstance(instance.getId(), "test over"); // nothing left for other tests' engines
    }

    private ProcessInstance instanceOf(long itemId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("itemRecommendations")
                .processInstanceBusinessKey(String.valueOf(itemId)).singleResult();
    }

    /** What the job executor would do when the timer is due, done now. */
    private void run(Job timer) {
        Job executable = managementService.moveTimerToExecutableJob(timer.getId());
        managementService.executeJob(executable.getId());
    }

    private static String display(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.ENGLISH));
    }
}
