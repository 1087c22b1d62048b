package uk.scrutiny.it.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * on the server's non-transactional data source, the baseline the API's transitions are compared with. The
 * instances are started first, then their tasks completed by as many threads as the API has clients, one completion
 * per transaction: first some unmeasured, as the API's accepts have theirs (the new engine's caches, its id block
 * and the code only raw Flowable runs, such as the audit history), then the timed ones.
 *
 * <p>Two processes. The target's baseline is a one-task process: a completion ends the instance. The second does
 * the engine's part of the transition measured through the API, without the application: democratic services'
 * review of the one response of the responses subprocess (a parallel multi-instance over the requests) is completed
 * as accepted, which ends the instance of the subprocess and the subprocess, and offers the publish task to
 * democratic services. The gap between it and the API is what the application adds to the same step (HTTP, the
 * item, its lock, its timeline, what waits on whom, the answer); the gap between the two processes is the
 * engine's own cost of the step (ear/BENCHMARK.md, session 8).
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

    private static final String REVIEW_STEP = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xmlns:flowable="http://flowable.org/bpmn" targetNamespace="http://scrutiny.uk/benchmark">
              <process id="benchmarkRawReview" isExecutable="true">
                <startEvent id="start"/>
                <sequenceFlow id="toResponses" sourceRef="start" targetRef="responses"/>
                <subProcess id="responses">
                  <multiInstanceLoopCharacteristics isSequential="false" flowable:collection="${requests}"
                                                    flowable:elementVariable="requestId"/>
                  <startEvent id="requestIssued"/>
                  <sequenceFlow id="toReview" sourceRef="requestIssued" targetRef="reviewResponse"/>
                  <userTask id="reviewResponse" name="Review the response"
                            flowable:candidateGroups="democratic-services"/>
                  <sequenceFlow id="afterReview" sourceRef="reviewResponse" targetRef="reviewDecision"/>
                  <exclusiveGateway id="reviewDecision"/>
                  <sequenceFlow id="accepted" sourceRef="reviewDecision" targetRef="responseAccepted">
                    <conditionExpression xsi:type="tFormalExpression">${execution.getTransientVariable('accepted') == true}</conditionExpression>
                  </sequenceFlow>
                  <sequenceFlow id="returned" sourceRef="reviewDecision" targetRef="reviewResponse">
                    <conditionExpression xsi:type="tFormalExpression">${execution.getTransientVariable('accepted') == false}</conditionExpression>
                  </sequenceFlow>
                  <endEvent id="responseAccepted"/>
                </subProcess>
                <sequenceFlow id="allAccepted" sourceRef="responses" targetRef="publish"/>
                <userTask id="publish" name="Publish the report" flowable:candidateGroups="democratic-services"/>
                <sequenceFlow id="toEnd" sourceRef="publish" targetRef="end"/>
                <endEvent id="end"/>
              </process>
            </definitions>
            """;

    /** Which process the completions are of. */
    enum Step {
        /** The one-task process: the target's baseline. */
        ONE_TASK("benchmarkRawTask", PROCESS, "task"),
        /** The review of the one response, as accepted: the engine's part of the API's transition. */
        REVIEW("benchmarkRawReview", REVIEW_STEP, "reviewResponse");

        final String processKey;
        final String bpmn;
        final String taskKey;

        Step(String processKey, String bpmn, String taskKey) {
            this.processKey = processKey;
            this.bpmn = bpmn;
            this.taskKey = taskKey;
        }
    }

    private RawFlowable() {
    }

    /**
     * Task completions per second of this step with {@code threads} threads over {@code count} tasks, after
     * {@code warmUp} completions on the same engine that are not timed.
     */
    static double completionsPerSecond(DataSource nonTransactional, Step step, int count, int warmUp, int threads)
            throws Exception {
        DerbyStandaloneProcessEngineConfiguration configuration = new DerbyStandaloneProcessEngineConfiguration();
        configuration.setEngineName("benchmark-raw-" + UUID.randomUUID());
        configuration.setDataSource(nonTransactional);
        configuration.setAsyncExecutorActivate(false);
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment().name(step.processKey)
                    .addString(step.processKey + ".bpmn20.xml", step.bpmn).enableDuplicateFiltering().deploy();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                complete(engine, step, started(engine, step, warmUp), pool, threads);
                List<String> taskIds = started(engine, step, count);
                long started = System.nanoTime();
                complete(engine, step, taskIds, pool, threads);
                return count * 1e9 / (System.nanoTime() - started);
            } finally {
                pool.shutdown();
            }
        } finally {
            engine.close();
        }
    }

    /** Starts this many instances and answers the ids of their tasks. */
    private static List<String> started(ProcessEngine engine, Step step, int count) {
        String prefix = "raw-" + UUID.randomUUID() + "-";
        for (int i = 0; i < count; i++) {
            engine.getRuntimeService().startProcessInstanceByKey(step.processKey, prefix + i,
                    step == Step.REVIEW ? Map.of("requests", List.of((long) i)) : Map.of());
        }
        List<String> taskIds = new ArrayList<>();
        for (Task task : engine.getTaskService().createTaskQuery().processInstanceBusinessKeyLike(prefix + "%")
                .taskDefinitionKey(step.taskKey).list()) {
            taskIds.add(task.getId());
        }
        if (taskIds.size() != count) {
            throw new IllegalStateException("Expected " + count + " tasks, found " + taskIds.size());
        }
        return taskIds;
    }

    /** Completes these tasks, one per transaction, with {@code threads} threads at once. */
    private static void complete(ProcessEngine engine, Step step, List<String> taskIds, ExecutorService pool,
            int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            work.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < taskIds.size()) {
                    if (step == Step.REVIEW) {
                        // As the application completes the review: its routing value is transient.
                        engine.getTaskService().complete(taskIds.get(i), Map.of(), Map.of("accepted", true));
                    } else {
                        engine.getTaskService().complete(taskIds.get(i));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
    }
}
