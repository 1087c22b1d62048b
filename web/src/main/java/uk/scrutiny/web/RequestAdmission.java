package uk.scrutiny.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Works on a few requests at once, twice as many as the machine has cores by default, and lets the others wait
 * their turn in the order they came. Sixteen requests worked on together on two cores each take longer than they
 * would one after another, and the slowest far longer: they take turns on the cores, on the database's page latches
 * and on the collector. Admitted a few at a time, each finishes in about its own time and the queue moves in order:
 * with 16 clients the slowest twentieth of the reads came back 10-40% sooner (ear/BENCHMARK.md, session 8).
 *
 * <p>{@code scrutiny.requests.at-once} (MicroProfile Config, e.g. the environment variable
 * {@code SCRUTINY_REQUESTS_AT_ONCE}) sets how many. A request that has waited a minute is answered 503 with
 * Retry-After rather than left waiting: the server is then overloaded, which the log says.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestAdmission extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(RequestAdmission.class.getName());

    private transient Turns turns;

    @Override
    public void init() {
        int cores = Runtime.getRuntime().availableProcessors();
        int atOnce = ConfigProvider.getConfig().getOptionalValue("scrutiny.requests.at-once", Integer.class)
                .orElse(Math.max(2, 2 * cores));
        turns = new Turns(atOnce, Duration.ofMinutes(1));
        LOG.info(() -> "Working on at most " + atOnce + " requests at once (" + cores + " cores).");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!turns.take()) {
            LOG.warning(() -> "Overloaded: " + request.getMethod() + " " + request.getRequestURI() + " waited "
                    + turns.longestWait.toSeconds() + " s for its turn and was answered 503.");
            response.setHeader("Retry-After", "5");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "The server is busy: please try again in a few seconds.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.giveBack();
        }
    }

    /** The turns: so many at once, taken in the order asked for, each waited for so long at most. */
    static final class Turns {
        private final Semaphore free;
        final Duration longestWait;

        Turns(int atOnce, Duration longestWait) {
            if (atOnce < 1) {
                throw new IllegalArgumentException("scrutiny.requests.at-once must be at least 1, not " + atOnce
                        + ".");
            }
            this.free = new Semaphore(atOnce, true);
            this.longestWait = longestWait;
        }

        /** Whether a turn was had within the longest wait; if so, {@link #giveBack} it when done. */
        boolean take() {
            try {
                return free.tryAcquire(longestWait.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        void giveBack() {
            free.release();
        }
    }
}
