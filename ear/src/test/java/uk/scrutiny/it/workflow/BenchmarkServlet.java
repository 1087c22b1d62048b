package uk.scrutiny.it.workflow;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import uk.scrutiny.workflow.engine.DerbyStandaloneProcessEngineConfiguration;

/**
 * Runs the benchmark inside the server, where both engines can reach the one embedded Derby database (a second JVM
 * cannot open it), and answers with the table {@link WorkflowBenchmarkIT} prints.
 *
 * <p>The two paths, one process start or task completion per transaction, single-threaded:
 * <ul>
 * <li>container: the application's engine as injected ({@code WorkflowEngine}): each call begins a JTA transaction
 * through {@code PortableTransactionManager} on {@code jdbc/scrutiny} and commits it;</li>
 * <li>raw: Flowable managing its own JDBC transactions ({@code DerbyStandaloneProcessEngineConfiguration}, the unit
 * tests' engine) on {@code jdbc/scrutinyMigrations}, the server's non-transactional data source on the same
 * database: the same tables, the same Derby, a pool of the same kind, no JTA.</li>
 * </ul>
 * The paths alternate in rounds, each going first in every other round, so that the database growing and the JIT
 * warming up weigh on both alike. A test-only servlet: it exists only in the benchmark's test archive.
 */
@WebServlet("/benchmark")
public class BenchmarkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RepositoryService repositoryService;

    @Inject
    transient RuntimeService runtimeService;

    @Inject
    transient TaskService taskService;

    @Resource(lookup = "jdbc/scrutinyMigrations")
    transient DataSource nonTransactionalDataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int warmUp = parameter(request, "warmUp", 200);
        int instances = parameter(request, "instances", 300);
        int rounds = parameter(request, "rounds", 4);
        TestProcesses.deploy(repositoryService);

        ProcessEngine raw = rawEngine();
        try {
            Path container = new Path("container (JTA + adapter)", runtimeService, taskService);
            Path standalone = new Path("raw Flowable (JDBC)", raw.getRuntimeService(), raw.getTaskService());
            container.run(warmUp);
            standalone.run(warmUp);
            container.reset();
            standalone.reset();
            for (int round = 0; round < rounds; round++) {
                Path first = round % 2 == 0 ? container : standalone;
                Path second = first == container ? standalone : container;
                first.run(instances);
                second.run(instances);
            }
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(table(container, standalone, warmUp, instances, rounds));
        } finally {
            raw.close();
        }
    }

    private ProcessEngine rawEngine() {
        DerbyStandaloneProcessEngineConfiguration configuration = new DerbyStandaloneProcessEngineConfiguration();
        configuration.setEngineName("benchmark-raw");
        configuration.setDataSource(nonTransactionalDataSource);
        configuration.setAsyncExecutorActivate(false);
        return configuration.buildProcessEngine();
    }

    private static String table(Path container, Path raw, int warmUp, int instances, int rounds) {
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "Workflow benchmark: %d rounds x %d instances per path after %d "
                + "warm-up, one transaction per call, single thread, embedded Derby%n", rounds, instances, warmUp));
        table.append(String.format(Locale.ROOT, "%-28s %18s %22s%n", "path", "starts/s", "task completions/s"));
        for (Path path : List.of(container, raw)) {
            table.append(String.format(Locale.ROOT, "%-28s %18.1f %22.1f%n", path.name, path.startsPerSecond(),
                    path.completionsPerSecond()));
        }
        table.append(String.format(Locale.ROOT, "%-28s %17.2fx %21.2fx%n", "container / raw",
                container.startsPerSecond() / raw.startsPerSecond(),
                container.completionsPerSecond() / raw.completionsPerSecond()));
        return table.toString();
    }

    private static int parameter(HttpServletRequest request, String name, int defaultValue) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? defaultValue : Integer.parseInt(value);
    }

    /** One way into the engine, with the time it spent starting and completing. */
    private static final class Path {

        final String name;
        final RuntimeService runtime;
        final TaskService tasks;
        long starts;
        long startNanos;
        long completions;
        long completionNanos;

        Path(String name, RuntimeService runtime, TaskService tasks) {
            this.name = name;
            this.runtime = runtime;
            this.tasks = tasks;
        }

        void run(int instances) {
            String prefix = "benchmark-" + UUID.randomUUID() + "-";
            Map<String, Object> variables = new HashMap<>();
            variables.put("officer", "officer");
            variables.put("priority", 50);
            long started = System.nanoTime();
            for (int i = 0; i < instances; i++) {
                runtime.startProcessInstanceByKey(TestProcesses.REVIEW, prefix + i, variables);
            }
            startNanos += System.nanoTime() - started;
            starts += instances;

            List<String> taskIds = new ArrayList<>(instances);
            for (Task task : tasks.createTaskQuery().processInstanceBusinessKeyLike(prefix + "%").list()) {
                taskIds.add(task.getId());
            }
            if (taskIds.size() != instances) {
                throw new IllegalStateException("Expected " + instances + " tasks, found " + taskIds.size());
            }
            long completing = System.nanoTime();
            for (String taskId : taskIds) {
                tasks.complete(taskId);
            }
            completionNanos += System.nanoTime() - completing;
            completions += instances;
        }

        void reset() {
            starts = 0;
            startNanos = 0;
            completions = 0;
            completionNanos = 0;
        }

        double startsPerSecond() {
            return starts * 1e9 / startNanos;
        }

        double completionsPerSecond() {
            return completions * 1e9 / completionNanos;
        }
    }
}
