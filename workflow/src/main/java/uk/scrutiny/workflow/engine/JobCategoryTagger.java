package uk.scrutiny.workflow.engine;

import java.util.Objects;

import org.flowable.job.service.JobProcessor;
import org.flowable.job.service.JobProcessorContext;
import org.flowable.job.service.impl.persistence.entity.AbstractRuntimeJobEntity;

/**
 * Gives every job an engine creates (timers, asynchronous steps, and the retries Flowable copies from them) the
 * engine's job category, unless the BPMN element already names one with {@code flowable:jobCategory}.
 *
 * <p>Engines that share a database each acquire only jobs of their own category (see
 * {@link ContainerProcessEngineConfiguration#runJobsOfCategory}). Tagging at creation, rather than with an extension
 * element on each timer, means a timer added to a process later cannot be forgotten: untagged, it would never fire.
 */
final class JobCategoryTagger implements JobProcessor {

    private final String category;

    JobCategoryTagger(String category) {
        this.category = Objects.requireNonNull(category, "category");
    }

    @Override
    public void process(JobProcessorContext context) {
        if (context.getPhase() == JobProcessorContext.Phase.BEFORE_CREATE
                && context.getJobEntity() instanceof AbstractRuntimeJobEntity job
                && (job.getCategory() == null || job.getCategory().isEmpty())) {
            job.setCategory(category);
        }
    }
}
