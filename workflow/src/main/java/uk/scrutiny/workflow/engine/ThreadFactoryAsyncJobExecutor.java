package uk.scrutiny.workflow.engine;

import java.util.Objects;
import java.util.concurrent.ThreadFactory;

import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.job.service.impl.asyncexecutor.AsyncJobExecutorConfiguration;
import org.flowable.job.service.impl.asyncexecutor.DefaultAsyncJobExecutor;

/**
 * Flowable's async job executor with its three long-running threads (async job acquisition, timer
 * acquisition, expired-job reset) made by a given {@link ThreadFactory}.
 *
 * <p>{@link DefaultAsyncJobExecutor} starts those threads with {@code new Thread(...)}. In the
 * container such unmanaged threads have no application context: no {@code java:comp} lookups, no
 * container-managed connection handling, no clean shutdown. With a
 * {@code ManagedThreadFactory} they are container threads like the job-execution pool, which gets
 * the same factory through {@code setAsyncExecutorThreadFactory}.
 */
public class ThreadFactoryAsyncJobExecutor extends DefaultAsyncJobExecutor {

    private final ThreadFactory threadFactory;

    public ThreadFactoryAsyncJobExecutor(AsyncJobExecutorConfiguration configuration, ThreadFactory threadFactory) {
        super(configuration);
        this.threadFactory = Objects.requireNonNull(threadFactory, "threadFactory");
    }

    /**
     * Puts every thread of the engine's job execution on {@code threadFactory}: the acquisition
     * threads (through this executor) and the job-execution pool Flowable creates. Call it after
     * any {@code setAsyncExecutorConfiguration}, whose object this executor shares.
     */
    public static void installOn(ProcessEngineConfigurationImpl configuration, ThreadFactory threadFactory) {
        configuration.setAsyncExecutorThreadFactory(threadFactory);
        configuration.setAsyncExecutor(new ThreadFactoryAsyncJobExecutor(configuration.getAsyncExecutorConfiguration(), threadFactory));
    }

    @Override
    protected void startJobAcquisitionThread() {
        if (configuration.isAsyncJobAcquisitionEnabled() && asyncJobAcquisitionThread == null) {
            asyncJobAcquisitionThread = threadFactory.newThread(asyncJobsDueRunnable);
        }
        super.startJobAcquisitionThread();
    }

    @Override
    protected void startTimerAcquisitionThread() {
        if (configuration.isTimerJobAcquisitionEnabled() && timerJobAcquisitionThread == null) {
            timerJobAcquisitionThread = threadFactory.newThread(timerJobRunnable);
        }
        super.startTimerAcquisitionThread();
    }

    @Override
    protected void startResetExpiredJobsThread() {
        if (configuration.isResetExpiredJobEnabled() && resetExpiredJobThread == null) {
            resetExpiredJobThread = threadFactory.newThread(resetExpiredJobsRunnable);
        }
        super.startResetExpiredJobsThread();
    }
}
