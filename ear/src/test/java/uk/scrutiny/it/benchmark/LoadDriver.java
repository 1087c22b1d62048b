package uk.scrutiny.it.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Concurrent clients of the running application, each a Java HttpClient with a cookie store of its own: it signs in
 * once with HTTP Basic and then sends only its session cookie, so the PBKDF2 check of the password is paid once
 * per client, as a browser or a long-lived integration would, and not on every measured request.
 */
final class LoadDriver {

    /** A signed-in client. */
    static final class Client {
        final String username;
        final HttpClient http;
        private final String baseUrl;

        Client(String baseUrl, String username, String password) {
            this.baseUrl = baseUrl;
            this.username = username;
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(30)).build();
            String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> first = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/committees"))
                    .header("Authorization", basic).GET().build());
            if (first.statusCode() != 200) {
                throw new IllegalStateException(username + " could not sign in: " + first.statusCode());
            }
            HttpResponse<String> again = get("/api/committees");
            if (again.statusCode() != 200) {
                throw new IllegalStateException(username + "'s session cookie was not accepted: "
                        + again.statusCode() + " " + again.body());
            }
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(2)).GET()
                    .build());
        }

        HttpResponse<String> post(String path, String json) {
            return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(2))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
                    .build());
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(request.uri() + " did not answer", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Latencies of one kind of request, in milliseconds. */
    record Latencies(String name, int clients, double[] millis, double seconds) {
        double percentile(double p) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }

        double perSecond() {
            return millis.length / seconds;
        }

        String row() {
            return String.format(Locale.ROOT, "| %-46s | %7d | %8d | %8.1f | %8.1f | %8.1f | %9.1f |", name, clients,
                    millis.length, percentile(50), percentile(95), percentile(99), perSecond());
        }
    }

    /** One request a client makes, given the client and the request's number; answers the HTTP status. */
    @FunctionalInterface
    interface Call {
        int run(Client client, int n);
    }

    private LoadDriver() {
    }

    /**
     * Every client makes {@code perClient} calls (after {@code warmUp} unmeasured ones of its own), all clients at
     * once; any status but 200 fails the run, since a fast error is not a fast answer.
     */
    static Latencies measure(String name, List<Client> clients, int warmUp, int perClient, Call call)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            runAll(pool, clients, warmUp, call, null);
            double[][] each = new double[clients.size()][perClient];
            long started = System.nanoTime();
            runAll(pool, clients, perClient, call, i -> each[i]);
            double seconds = (System.nanoTime() - started) / 1e9;
            double[] all = Arrays.stream(each).flatMapToDouble(Arrays::stream).toArray();
            Latencies latencies = new Latencies(name, clients.size(), all, seconds);
            // Each row as soon as it is measured: a long run stopped part-way still leaves its figures.
            System.out.println(latencies.row());
            return latencies;
        } finally {
            pool.shutdown();
        }
    }

    private static void runAll(ExecutorService pool, List<Client> clients, int calls, Call call,
            IntFunction<double[]> record) throws Exception {
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < clients.size(); c++) {
            int clientIndex = c;
            Client client = clients.get(c);
            double[] into = record == null ? null : record.apply(c);
            work.add(pool.submit(() -> {
                for (int i = 0; i < calls; i++) {
                    long start = System.nanoTime();
                    int status = call.run(client, clientIndex * calls + i);
                    long took = System.nanoTime() - start;
                    if (status != 200) {
                        throw new IllegalStateException(client.username + " got " + status);
                    }
                    if (into != null) {
                        into[i] = took / 1e6;
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
