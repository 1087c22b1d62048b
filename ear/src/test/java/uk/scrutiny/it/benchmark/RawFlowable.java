package uk.scrutiny.it.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flowable.engine.ProcessEngine;
import org.flowable.task.api.Task;
import uk.scrutiny.workflow.engine.DerbyStandaloneProcessEngineConfiguration;

/**
 * Raw Flowable on the application's database: its own JDBC transactions ({@code DerbyStandaloneProcessEngineConfiguration})
 * on the server's non-transactional data source, the baseline the API's transitions are compared with. A one-task
 * process; the instances are started first, then their tasks completed by as many threads as the API has clients,
 * one completion per transaction, and only the completions are timed.
 */
final class RawFlowable {

    private static final String PROCESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:flowable="http://flowable.org/bpmn" targetNamespace="http://scrutiny.uk/benchmark">
              <process id="benchmarkRawTask" isExecutable="true">
                <startEvent id="start"/>
                <sequenceFlow id="toTask" sourceRef="start" targetRef="task"/>
                <userTask id="task" name="Review" flowable:candidateGroups="democratic-services"/>
                <sequenceFlow id="toEnd" sourceRef="task" targetRef="end"/>
                <endEvent id="end"/>
              </process>
            </definitions>
            """;

    private RawFlowable() {
    }

    /** Task completions per second with {@code threads} threads over {@code count} tasks. */
    static double completionsPerSecond(DataSource nonTransactional, int count, int threads) throws Exception {
        DerbyStandaloneProcessEngineConfiguration configuration = new DerbyStandaloneProcessEngineConfiguration();
        configuration.setEngineName("benchmark-raw-" + UUID.randomUUID());
        configuration.setDataSource(nonTransactional);
        configuration.setAsyncExecutorActivate(false);
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment().name("benchmark-raw")
                    .addString("benchmark-raw.bpmn20.xml", PROCESS).enableDuplicateFiltering().deploy();
            String prefix = "raw-" + UUID.randomUUID() + "-";
            for (int i = 0; i < count; i++) {
                engine.getRuntimeService().startProcessInstanceByKey("benchmarkRawTask", prefix + i);
            }
            List<String> taskIds = new ArrayList<>();
            for (Task task : engine.getTaskService().createTaskQuery().processInstanceBusinessKeyLike(prefix + "%")
                    .list()) {
                taskIds.add(task.getId());
            }
            if (taskIds.size() != count) {
                throw new IllegalStateException("Expected " + count + " tasks, found " + taskIds.size());
            }
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long started = System.nanoTime();
            try {
                List<Future<?>> work = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    work.add(pool.submit(() -> {
                        int i;
                        while ((i = next.getAndIncrement()) < taskIds.size()) {
                            engine.getTaskService().complete(taskIds.get(i));
                        }
                        return null;
                    }));
                }
                for (Future<?> f : work) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            return count * 1e9 / (System.nanoTime() - started);
        } finally {
            engine.close();
        }
    }
}
