package org.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Starts the packaged application (target/quarkus-app) as a user would, for the *IT tests. */
public final class PackagedApp {

    public static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    /** Written by the package step (see the pom); used as the README's command uses it. */
    public static final Path CLASS_ARCHIVE = Path.of("target", "quarkus-app", "app-cds.jsa");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PackagedApp() {
    }

    /**
     * Starts {@code java [jvmArgs] -jar quarkus-run.jar} with output to {@code log}. The environment
     * is this one plus {@code env}, without a JDBC URL unless {@code env} gives one.
     */
    public static Process start(Path log, Map<String, String> env, String... jvmArgs) throws IOException {
        assertThat(JAR).as("package the app first (mvn verify does)").exists();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (java.nio.file.Files.exists(CLASS_ARCHIVE)) {
            command.add("-XX:SharedArchiveFile=" + CLASS_ARCHIVE);
        }
        command.addAll(List.of(jvmArgs));
        command.addAll(List.of("-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        builder.environment().putAll(env);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return builder.start();
    }

    /**
     * Runs {@code java -jar quarkus-run.jar ARGS} (a command-line tool) to its end, output to
     * {@code log}; fails if it runs longer than {@code timeout}.
     *
     * @return its exit code
     */
    public static int runCommand(Path log, Map<String, String> env, Duration timeout, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        builder.environment().putAll(env);
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", args) + " did not finish within " + timeout);
        }
        return process.exitValue();
    }

    /** Waits until the app on {@code port} answers /q/health/ready with 200; fails if it exits first. */
    public static void awaitReady(int port, Process process) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("app on port " + port + " is running").isTrue();
            try {
                HttpResponse<Void> ready = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/q/health/ready")).timeout(Duration.ofSeconds(10))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("app on port " + port + " not ready within " + START_TIMEOUT);
    }

    /** SIGTERM to a started app, if it still runs, and a bounded wait for its end (for @AfterEach). */
    public static void stop(Process app) throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroy();
            app.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    /** An HTTP Basic Authorization header value for "user:password". */
    public static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
