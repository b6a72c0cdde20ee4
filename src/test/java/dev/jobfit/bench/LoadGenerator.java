package dev.jobfit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * A closed-loop load generator for the packaged service on loopback: {@code clients} threads each send one
 * request, wait for the answer and send the next, for a fixed time per scenario after a warm-up that is not
 * counted. It reports throughput, latency percentiles, errors by status and, when it started the service
 * itself, the time from process start to {@code /q/health/ready} UP and the service's resident memory
 * (VmRSS / VmHWM from {@code /proc}).
 *
 * <p>Scenarios: {@code text} ({@code POST /api/v1/matches} with a resume as JSON text), {@code pdf} (the same with
 * a two-page PDF as multipart) and {@code posting-matches} ({@code GET /api/v1/postings/{id}/matches}, stored
 * resumes ranked for a posting). Seeding (a separate step, skipped with {@code --no-seed}) stores the open
 * postings and the resumes these need through the API, with the {@link #authorization} header.
 *
 * <pre>
 * ./mvnw package -DskipTests
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.jobfit.bench.LoadGenerator \
 *     -Dexec.args="--start target/quarkus-app/quarkus-run.jar"
 * </pre>
 * Options: {@code --start JAR} (run the jar in a fresh working directory on a free port, with rate limiting and
 * the sample catalogue off; stopped at the end) or {@code --port N} (a service already running on 127.0.0.1);
 * {@code --jvm-opts "..."} for the started service (default {@code -Xmx512m}, about the heap of the 768 MiB
 * Kubernetes limit); {@code --profile P} (quarkus.profile of the started service); {@code --clients 8};
 * {@code --duration 20} and {@code --warmup 5} seconds per scenario; {@code --scenarios text,pdf,posting-matches};
 * {@code --postings 1000} and {@code --resumes 1000} to seed; {@code --no-seed}; {@code --token T} (or the
 * JOBFIT_LOADTEST_TOKEN environment variable) for an Authorization bearer token; {@code --db-resumes N} with
 * {@code --jdbc-url URL} (and {@code --jdbc-user}, default postgres; PGPASSWORD) also stores N resumes straight
 * into the service's database ({@link BulkResumes}), for ranking many stored resumes.
 */
public final class LoadGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CATALOGUE = Path.of("src/main/resources/catalogue/postings");
    private static final Path RESUMES = Path.of("src/test/resources/resumes");

    private final Options options;
    private final HttpClient http;
    private final URI base;
    private final List<String> resumeTexts;
    private final byte[] pdf;
    private final List<String> postingIds = new ArrayList<>();
    private Process service;

    private LoadGenerator(Options options, int port) {
        this.options = options;
        this.base = URI.create("http://127.0.0.1:" + port);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        this.resumeTexts = list(RESUMES, ".txt").stream().map(f -> ResumePdfs.withoutComments(read(f))).toList();
        this.pdf = ResumePdfs.pdf(ResumePdfs.withoutComments(read(RESUMES.resolve("09-senior-data-engineer-two-page.txt"))), 2);
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        int port = options.jar != null ? freePort() : options.port;
        LoadGenerator load = new LoadGenerator(options, port);
        try {
            if (options.jar != null) {
                load.start(port);
            }
            if (options.token == null || options.token.isBlank()) {
                load.devToken();
            }
            if (options.seed) {
                load.seed();
            } else {
                load.findPostings();
            }
            for (String scenario : options.scenarios) {
                load.run(scenario);
            }
        } finally {
            load.stop();
        }
    }

    // --- the service --------------------------------------------------------------------------------------

    /** Starts the packaged service and waits for readiness, printing the start-to-ready time. */
    private void start(int port) throws Exception {
        Path jar = Path.of(options.jar).toAbsolutePath();
        Path workDir = Files.createTempDirectory("jobfit-load-");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(Arrays.asList(options.jvmOpts.trim().split("\\s+")));
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.http.host=127.0.0.1");
        if (options.profile != null) {
            command.add("-Dquarkus.profile=" + options.profile);
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(workDir.resolve("service.log").toFile());
        builder.environment().put("JOBFIT_RATE_LIMIT_ENABLED", "false");
        builder.environment().put("JOBFIT_SAMPLE_CATALOGUE_ENABLED", "false");
        long started = System.nanoTime();
        service = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(service::destroyForcibly));
        System.out.printf("service pid %d on port %d, working directory and log in %s%n", service.pid(), port, workDir);
        HttpRequest ready = HttpRequest.newBuilder(base.resolve("/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        while (true) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service exited with " + service.exitValue() + "; see " + workDir.resolve("service.log"));
            }
            try {
                HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() - started > Duration.ofMinutes(2).toNanos()) {
                throw new IllegalStateException("not ready after 2 minutes; see " + workDir.resolve("service.log"));
            }
            Thread.sleep(20);
        }
        System.out.printf(Locale.ROOT, "start to ready: %.2f s (process start to /q/health/ready UP); %s%n",
                (System.nanoTime() - started) / 1e9, memory());
    }

    private void stop() throws InterruptedException {
        if (service != null && service.isAlive()) {
            System.out.println("after the run: " + memory());
            service.destroy();
            if (!service.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    /** VmRSS and VmHWM of the started service, from /proc. */
    private String memory() {
        if (service == null) {
            return "memory unknown (service not started by this tool)";
        }
        Map<String, String> status = procStatus(service.pid());
        return "RSS " + status.getOrDefault("VmRSS", "?") + ", peak RSS (VmHWM) " + status.getOrDefault("VmHWM", "?");
    }

    private static Map<String, String> procStatus(long pid) {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    values.put(line.substring(0, colon), line.substring(colon + 1).trim());
                }
            }
        } catch (IOException gone) {
            // the process ended
        }
        return values;
    }

    // --- seeding --------------------------------------------------------------------------------------------

    /**
     * The Authorization header value for requests that need a signed-in user, if any: {@code --token} or
     * JOBFIT_LOADTEST_TOKEN as a bearer token. Empty while the API has no authentication.
     */
    private Optional<String> authorization() {
        return Optional.ofNullable(options.token).filter(t -> !t.isBlank()).map(t -> "Bearer " + t);
    }

    /** Without --token: an admin token from the development token endpoint, when the service offers one. */
    private void devToken() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/dev/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"subject\": \"load-generator\", \"roles\": [\"admin\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 == 2) {
            options.token = JSON.readTree(answer.body()).path("token").asText();
            System.out.println("using an admin token from /api/v1/dev/tokens");
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        authorization().ifPresent(value -> builder.header("Authorization", value));
        return builder;
    }

    /**
     * Stores {@code postings} open postings (the ten sample catalogue pages in turn, each under its own URL) and
     * {@code resumes} resumes (the fixture resumes in turn) through the API, on a few threads.
     */
    private void seed() throws Exception {
        List<Path> pages = list(CATALOGUE, "");
        long started = System.nanoTime();
        List<String> ids = parallel(options.postings, i -> {
            Path page = pages.get(i % pages.size());
            ObjectNode body = JSON.createObjectNode()
                    .put("text", read(page))
                    .put("format", page.toString().endsWith(".html") ? "html" : "text")
                    .put("url", "https://jobs.example.com/load/" + i);
            return created(request("/api/v1/postings").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        });
        postingIds.addAll(ids);
        System.out.printf(Locale.ROOT, "seeded %,d postings in %.1f s%n", ids.size(), (System.nanoTime() - started) / 1e9);
        started = System.nanoTime();
        List<String> resumes = parallel(options.resumes, i -> created(request("/api/v1/resumes")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode()
                        .put("text", resumeTexts.get(i % resumeTexts.size())).toString())).build()));
        System.out.printf(Locale.ROOT, "seeded %,d stored resumes in %.1f s%n", resumes.size(), (System.nanoTime() - started) / 1e9);
        if (options.dbResumes > 0) {
            if (options.jdbcUrl == null) {
                throw new IllegalArgumentException("--db-resumes needs --jdbc-url, the service's database");
            }
            List<String> profiles = new ArrayList<>();
            for (String text : resumeTexts) {
                HttpResponse<String> parsed = http.send(request("/api/v1/resumes/parse").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode().put("text", text).toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (parsed.statusCode() != 200) {
                    throw new IllegalStateException("parsing a fixture resume answered " + parsed.statusCode() + ": " + parsed.body());
                }
                profiles.add(parsed.body());
            }
            new BulkResumes().insert(options.jdbcUrl, options.jdbcUser, options.jdbcPassword, profiles, options.dbResumes, 42);
        }
    }

    /** Without seeding: the first page of open postings of a running service. */
    private void findPostings() throws Exception {
        HttpResponse<String> answer = http.send(request("/api/v1/postings?size=100").GET().build(), HttpResponse.BodyHandlers.ofString());
        JSON.readTree(answer.body()).path("items").forEach(p -> postingIds.add(p.path("id").asText()));
        System.out.printf("found %d postings (first page) on the running service%n", postingIds.size());
    }

    private String created(HttpRequest request) {
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("seeding " + request.uri() + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return JSON.readTree(answer.body()).path("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> parallel(int count, IntFunction<String> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> task.apply(index)));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    // --- scenarios ------------------------------------------------------------------------------------------

    private IntFunction<HttpRequest> scenario(String name) {
        return switch (name) {
            case "text" -> i -> request("/api/v1/matches").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode()
                            .put("resumeText", resumeTexts.get(i % resumeTexts.size())).toString())).build();
            case "pdf" -> {
                String boundary = "jobfit-load-boundary";
                byte[] body = multipart(boundary, pdf);
                yield i -> request("/api/v1/matches").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            }
            case "posting-matches" -> {
                if (postingIds.isEmpty()) {
                    throw new IllegalStateException("no postings to rank resumes for");
                }
                // one posting per catalogue page, in turn
                List<String> distinct = postingIds.subList(0, Math.min(10, postingIds.size()));
                yield i -> request("/api/v1/postings/" + distinct.get(i % distinct.size()) + "/matches?size=50").GET().build();
            }
            default -> throw new IllegalArgumentException("unknown scenario " + name + " (text, pdf, posting-matches)");
        };
    }

    private static byte[] multipart(String boundary, byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"resume.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    /** Warm-up, then the measured run of one scenario, and its figures. */
    private void run(String name) throws Exception {
        IntFunction<HttpRequest> requests = scenario(name);
        drive(requests, Duration.ofSeconds(options.warmupSeconds), null);
        Recorder recorder = new Recorder();
        MemoryWatch watch = service == null ? null : new MemoryWatch(service.pid());
        String loadBefore = loadAverage();
        long cpuBefore = service == null ? 0 : cpuMillis(service.pid());
        long started = System.nanoTime();
        drive(requests, Duration.ofSeconds(options.durationSeconds), recorder);
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] nanos = recorder.sorted();
        // CPU the service spent per request: on a shared machine this says more than wall time, which also
        // counts waiting for a core; two idle cores could serve at most 2,000 ms / (CPU ms per request) per second.
        String cpu = service == null || nanos.length == 0 ? "" : String.format(Locale.ROOT, "; service CPU %.1f ms per request",
                (double) (cpuMillis(service.pid()) - cpuBefore) / nanos.length);
        System.out.printf(Locale.ROOT, "%-16s %d clients, %.0f s: %,d requests, %.1f req/s, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms,"
                        + " max %.1f ms; answers %s%s%s; load average %s -> %s%n",
                name, options.clients, seconds, nanos.length, nanos.length / seconds, percentile(nanos, 0.50),
                percentile(nanos, 0.90), percentile(nanos, 0.99), percentile(nanos, 1.0), recorder.statuses, cpu,
                watch == null ? "" : "; " + watch.stop(), loadBefore, loadAverage());
    }

    /** {@code clients} threads in a closed loop until the time is up. */
    private void drive(IntFunction<HttpRequest> requests, Duration length, Recorder recorder) throws Exception {
        long end = System.nanoTime() + length.toNanos();
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(options.clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < options.clients; c++) {
                running.add(clients.submit(() -> {
                    while (System.nanoTime() < end) {
                        HttpRequest request = requests.apply(sequence.getAndIncrement());
                        long start = System.nanoTime();
                        String outcome;
                        try {
                            HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            outcome = String.valueOf(answer.statusCode());
                        } catch (IOException e) {
                            outcome = e.getClass().getSimpleName();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return null;
                        }
                        if (recorder != null) {
                            recorder.record(System.nanoTime() - start, outcome);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /** The latency of every answer of one measured run, and the answers counted by status (or exception). */
    private static final class Recorder {
        private final List<long[]> chunks = new ArrayList<>();
        private long[] chunk = new long[8192];
        private int used;
        final Map<String, Integer> statuses = new TreeMap<>();

        synchronized void record(long nanos, String outcome) {
            statuses.merge(outcome, 1, Integer::sum);
            if (used == chunk.length) {
                chunks.add(chunk);
                chunk = new long[chunk.length];
                used = 0;
            }
            chunk[used++] = nanos;
        }

        synchronized long[] sorted() {
            long[] all = new long[chunks.size() * chunk.length + used];
            int at = 0;
            for (long[] full : chunks) {
                System.arraycopy(full, 0, all, at, full.length);
                at += full.length;
            }
            System.arraycopy(chunk, 0, all, at, used);
            Arrays.sort(all);
            return all;
        }
    }

    /** The highest VmRSS seen (sampled every 200 ms) while a scenario runs, and VmHWM at its end. */
    private static final class MemoryWatch {
        private final long pid;
        private final AtomicLong maxRssKb = new AtomicLong();
        private final Thread sampler;

        MemoryWatch(long pid) {
            this.pid = pid;
            this.sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    maxRssKb.accumulateAndGet(kilobytes(procStatus(pid).get("VmRSS")), Math::max);
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
        }

        String stop() throws InterruptedException {
            sampler.interrupt();
            sampler.join();
            long hwm = kilobytes(procStatus(pid).get("VmHWM"));
            return String.format(Locale.ROOT, "service RSS max %.0f MB, VmHWM %.0f MB", maxRssKb.get() / 1024.0, hwm / 1024.0);
        }

        private static long kilobytes(String value) {
            return value == null ? 0 : Long.parseLong(value.replace("kB", "").trim());
        }
    }

    // --- small things ---------------------------------------------------------------------------------------

    /** User and system CPU time of a process so far, from /proc/PID/stat (clock ticks, taken as 100 per second). */
    private static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
        return sorted[index] / 1e6;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command line. */
    private static final class Options {
        String jar;
        int port = 8080;
        String jvmOpts = "-Xmx512m";
        String profile;
        int clients = 8;
        int durationSeconds = 20;
        int warmupSeconds = 5;
        List<String> scenarios = List.of("text", "pdf", "posting-matches");
        int postings = 1000;
        int resumes = 1000;
        int dbResumes;
        String jdbcUrl;
        String jdbcUser = "postgres";
        String jdbcPassword = System.getenv().getOrDefault("PGPASSWORD", "");
        boolean seed = true;
        String token = System.getenv("JOBFIT_LOADTEST_TOKEN");

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--no-seed")) {
                    o.seed = false;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                String value = args[++i];
                switch (arg) {
                    case "--start" -> o.jar = value;
                    case "--port" -> o.port = Integer.parseInt(value);
                    case "--jvm-opts" -> o.jvmOpts = value;
                    case "--profile" -> o.profile = value;
                    case "--clients" -> o.clients = Integer.parseInt(value);
                    case "--duration" -> o.durationSeconds = Integer.parseInt(value);
                    case "--warmup" -> o.warmupSeconds = Integer.parseInt(value);
                    case "--scenarios" -> o.scenarios = List.of(value.split(","));
                    case "--postings" -> o.postings = Integer.parseInt(value);
                    case "--resumes" -> o.resumes = Integer.parseInt(value);
                    case "--token" -> o.token = value;
                    case "--db-resumes" -> o.dbResumes = Integer.parseInt(value);
                    case "--jdbc-url" -> o.jdbcUrl = value;
                    case "--jdbc-user" -> o.jdbcUser = value;
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            return o;
        }
    }
}
