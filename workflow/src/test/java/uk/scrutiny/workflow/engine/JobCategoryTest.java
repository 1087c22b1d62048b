package uk.scrutiny.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.flowable.job.service.JobProcessor;
import org.flowable.job.service.JobProcessorContext;
import org.flowable.job.service.impl.JobProcessorContextImpl;
import org.flowable.job.service.impl.persistence.entity.TimerJobEntityImpl;
import org.junit.jupiter.api.Test;

/**
 * Engines sharing one database run only their own jobs: each tags the jobs it creates with its category and
 * acquires only that category (see the in-container AsyncExecutorIT for two engines on the test server).
 */
class JobCategoryTest {

    @Test
    void anEngineAcquiresOnlyItsCategoryAndTagsEveryJobItCreatesWithIt() {
        ContainerProcessEngineConfiguration configuration = new ContainerProcessEngineConfiguration()
                .runJobsOfCategory("scrutiny");

        assertThat(configuration.getEnabledJobCategories()).containsExactly("scrutiny");
        JobProcessor tagger = configuration.getJobProcessors().stream()
                .filter(JobCategoryTagger.class::isInstance).findFirst().orElseThrow();

        TimerJobEntityImpl untagged = new TimerJobEntityImpl();
        tagger.process(new JobProcessorContextImpl(JobProcessorContext.Phase.BEFORE_CREATE, untagged));
        assertThat(untagged.getCategory()).isEqualTo("scrutiny");

        TimerJobEntityImpl namedInTheBpmn = new TimerJobEntityImpl();
        namedInTheBpmn.setCategory("reports");
        tagger.process(new JobProcessorContextImpl(JobProcessorContext.Phase.BEFORE_CREATE, namedInTheBpmn));
        assertThat(namedInTheBpmn.getCategory()).as("a flowable:jobCategory wins").isEqualTo("reports");

        TimerJobEntityImpl running = new TimerJobEntityImpl();
        tagger.process(new JobProcessorContextImpl(JobProcessorContext.Phase.BEFORE_EXECUTE, running));
        assertThat(running.getCategory()).as("only new jobs are tagged").isNull();
    }

    @Test
    void anEmptyCategoryIsRefusedRatherThanLeavingEveryJobUnrun() {
        assertThatThrownBy(() -> new ContainerProcessEngineConfiguration().runJobsOfCategory(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAcquisitionWaitAppliesToTimersAndAsynchronousJobsAndMustBePositive() {
        ContainerProcessEngineConfiguration configuration = new ContainerProcessEngineConfiguration()
                .setJobAcquisitionWait(Duration.ofSeconds(1));

        assertThat(configuration.getAsyncExecutorConfiguration().getDefaultTimerJobAcquireWaitTime())
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(configuration.getAsyncExecutorConfiguration().getDefaultAsyncJobAcquireWaitTime())
                .isEqualTo(Duration.ofSeconds(1));
        assertThatThrownBy(() -> configuration.setJobAcquisitionWait(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
