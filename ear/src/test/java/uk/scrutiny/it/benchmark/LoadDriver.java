package uk.scrutiny.it.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Concurrent clients of the running application, each signed in once: it signs in with HTTP Basic and then sends
 * only its session cookies, so the PBKDF2 check of the password is paid once per client, as a browser or a
 * long-lived integration would, and not on every measured request.
 *
 * <p>Each client is one kept-alive HTTP/1.1 connection spoken over a plain socket, as a browser tab would hold. The
 * driver runs on the same two cores as the server it measures, so its own cost is part of every figure: the JDK's
 * {@code java.net.http.HttpClient} (a selector thread and a chain of futures per client) took 2.6-3.7 ms of CPU per
 * request, as much as the server's own answer to a small read, where this client takes a few tenths of a
 * millisecond (ear/BENCHMARK.md, session 8). Each row also prints the driver's CPU per request.
 */
final class LoadDriver {

    /** An answer: its status and body. */
    record Response(int statusCode, String body) {
    }

    /** A signed-in client. */
    static final class Client {
        /** Liberty closes a connection idle for 30 s (its persistTimeout); one idle for less is reused. */
        private static final long IDLE_NANOS = Duration.ofSeconds(20).toNanos();

        final String username;
        private final String host;
        private final int port;
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private Socket socket;
        private InputStream in;
        private OutputStream out;
        private long lastUsed;

        Client(String baseUrl, String username, String password) {
            URI uri = URI.create(baseUrl);
            this.host = uri.getHost();
            this.port = uri.getPort();
            this.username = username;
            String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            Response first = send("GET", "/api/committees", basic, null);
            if (first.statusCode() != 200) {
                throw new IllegalStateException(username + " could not sign in: " + first.statusCode());
            }
            Response again = get("/api/committees");
            if (again.statusCode() != 200) {
                throw new IllegalStateException(username + "'s session cookie was not accepted: "
                        + again.statusCode() + " " + again.body());
            }
        }

        Response get(String path) {
            return send("GET", path, null, null);
        }

        Response post(String path, String json) {
            return send("POST", path, null, json);
        }

        private Response send(String method, String path, String authorization, String json) {
            try {
                if (socket != null && System.nanoTime() - lastUsed > IDLE_NANOS) {
                    close();
                }
                boolean reused = socket != null;
                try {
                    return exchange(method, path, authorization, json);
                } catch (IOException e) {
                    close();
                    if (!reused || !"GET".equals(method)) {
                        throw e;
                    }
                    // A kept-alive connection the server had already closed: a GET is safe to send again.
                    return exchange(method, path, authorization, json);
                }
            } catch (IOException e) {
                close();
                throw new UncheckedIOException(method + " " + path + " did not answer", e);
            }
        }

        private Response exchange(String method, String path, String authorization, String json)
                throws IOException {
            if (socket == null) {
                socket = new Socket(host, port);
                socket.setTcpNoDelay(true);
                socket.setSoTimeout((int) Duration.ofMinutes(2).toMillis());
                in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
                out = new BufferedOutputStream(socket.getOutputStream(), 8 * 1024);
            }
            byte[] body = json == null ? null : json.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(256).append(method).append(' ').append(path)
                    .append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port).append("\r\n");
            if (authorization != null) {
                request.append("Authorization: ").append(authorization).append("\r\n");
            }
            if (!cookies.isEmpty()) {
                request.append("Cookie: ").append(cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; "))).append("\r\n");
            }
            if (body != null) {
                request.append("Content-Type: application/json\r\nContent-Length: ").append(body.length)
                        .append("\r\n");
            } else if ("POST".equals(method)) {
                request.append("Content-Length: 0\r\n");
            }
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            String statusLine = line();
            if (statusLine == null) {
                throw new EOFException("connection closed before an answer");
            }
            int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
            long length = -1;
            boolean chunked = false;
            boolean closing = false;
            for (String header = line(); header != null && !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> closing = value.equalsIgnoreCase("close");
                    case "set-cookie" -> {
                        String pair = value.split(";", 2)[0];
                        int equals = pair.indexOf('=');
                        cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
                    }
                    default -> { }
                }
            }
            ByteArrayOutputStream content = new ByteArrayOutputStream(length > 0 ? (int) length : 4096);
            if (status == 204 || status == 304) {
                length = 0;
            }
            if (chunked) {
                for (long size = chunkSize(); size > 0; size = chunkSize()) {
                    copy(size, content);
                    line();
                }
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailers are not used
                }
            } else if (length >= 0) {
                copy(length, content);
            } else {
                in.transferTo(content);
                closing = true;
            }
            lastUsed = System.nanoTime();
            if (closing) {
                close();
            }
            return new Response(status, content.toString(StandardCharsets.UTF_8));
        }

        private long chunkSize() throws IOException {
            String size = line();
            if (size == null) {
                throw new EOFException("connection closed in a chunked body");
            }
            int extension = size.indexOf(';');
            return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
        }

        private void copy(long count, ByteArrayOutputStream into) throws IOException {
            byte[] buffer = new byte[8192];
            for (long left = count; left > 0; ) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    throw new EOFException("connection closed " + left + " bytes before the end of the body");
                }
                into.write(buffer, 0, read);
                left -= read;
            }
        }

        /** A header line without its CRLF, or null at the end of the stream. */
        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n') {
                    int end = line.length();
                    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
                }
                line.append((char) b);
            }
            return line.length() == 0 ? null : line.toString();
        }

        private void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a connection that failed: nothing more to do
                }
                socket = null;
            }
        }
    }

    /**
     * Latencies of one kind of request, in milliseconds, and the CPU the driver's own process spent per request
     * meanwhile (on the cores the server shares).
     */
    record Latencies(String name, int clients, double[] millis, double seconds, double driverCpuMillis) {
        double percentile(double p) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }

        double perSecond() {
            return millis.length / seconds;
        }

        /** Measurements of the same call in several rounds as one: every call's latency, the rounds' time summed. */
        static Latencies together(String name, List<Latencies> rounds) {
            double[] all = rounds.stream().flatMapToDouble(r -> Arrays.stream(r.millis())).toArray();
            double driverCpu = rounds.stream().mapToDouble(r -> r.driverCpuMillis() * r.millis().length).sum();
            return new Latencies(name, rounds.get(0).clients(), all, rounds.stream().mapToDouble(Latencies::seconds)
                    .sum(), driverCpu / Math.max(1, all.length));
        }

        String row() {
            return String.format(Locale.ROOT, "| %-46s | %7d | %8d | %8.1f | %8.1f | %8.1f | %9.1f | %6.2f |", name,
                    clients, millis.length, percentile(50), percentile(95), percentile(99), perSecond(),
                    driverCpuMillis);
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
     * once; any status but 200 fails the run, since a fast error is not a fast answer. The measured calls are
     * numbered after the unmeasured ones, so a call that picks what it reads by its number (an item, a committee)
     * reads what the warm-up did not.
     */
    static Latencies measure(String name, List<Client> clients, int warmUp, int perClient, Call call)
            throws Exception {
        return measure(name, clients, warmUp, perClient, call, clients.size() * warmUp);
    }

    /** As {@link #measure(String, List, int, int, Call)}, the measured calls numbered from {@code numberedFrom}. */
    static Latencies measure(String name, List<Client> clients, int warmUp, int perClient, Call call,
            int numberedFrom) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            runAll(pool, clients, warmUp, call, null, 0);
            double[][] each = new double[clients.size()][perClient];
            OperatingSystemMXBean driver = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuBefore = driver.getProcessCpuTime();
            long started = System.nanoTime();
            runAll(pool, clients, perClient, call, i -> each[i], numberedFrom);
            double seconds = (System.nanoTime() - started) / 1e9;
            double driverCpu = (driver.getProcessCpuTime() - cpuBefore) / 1e6;
            double[] all = Arrays.stream(each).flatMapToDouble(Arrays::stream).toArray();
            Latencies latencies = new Latencies(name, clients.size(), all, seconds,
                    driverCpu / Math.max(1, all.length));
            // Each row as soon as it is measured: a long run stopped part-way still leaves its figures.
            System.out.println(latencies.row());
            return latencies;
        } finally {
            pool.shutdown();
        }
    }

    /** Every client makes {@code perClient} unmeasured calls, all clients at once, numbered from 0. */
    static void warmUp(List<Client> clients, int perClient, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            runAll(pool, clients, perClient, call, null, 0);
        } finally {
            pool.shutdown();
        }
    }

    private static void runAll(ExecutorService pool, List<Client> clients, int calls, Call call,
            IntFunction<double[]> record, int first) throws Exception {
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < clients.size(); c++) {
            int clientIndex = c;
            Client client = clients.get(c);
            double[] into = record == null ? null : record.apply(c);
            work.add(pool.submit(() -> {
                for (int i = 0; i < calls; i++) {
                    long start = System.nanoTime();
                    int status = call.run(client, first + clientIndex * calls + i);
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
