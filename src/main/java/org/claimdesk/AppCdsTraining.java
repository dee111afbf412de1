package org.claimdesk;

import io.quarkus.runtime.QuarkusApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The build's AppCDS run ({@code -Dappcds.training=true}, see the pom): the server starts
 * as usual on a scratch data directory, answers a readiness check, a page and an API call so that
 * the classes of a start and a first request are loaded, and exits; the JVM then writes them to the
 * class archive that later starts map instead of loading (about a second less per start here).
 */
public class AppCdsTraining implements QuarkusApplication {

    static final String PROPERTY = "appcds.training";
    private static final List<String> PATHS = List.of("/q/health/ready", "/login", "/api/me");

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** A free HTTP port, so that a build never collides with a desk running on 8080. */
    static void prepare() {
        try (ServerSocket socket = new ServerSocket(0)) {
            System.setProperty("quarkus.http.port", Integer.toString(socket.getLocalPort()));
        } catch (IOException e) {
            throw new IllegalStateException("no free port for the AppCDS run", e);
        }
    }

    @Override
    public int run(String... args) throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.port", Integer.class);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String demo = "Basic " + Base64.getEncoder().encodeToString("editor:demo".getBytes(StandardCharsets.UTF_8));
        for (String path : PATHS) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", demo).build();
            http.send(request, HttpResponse.BodyHandlers.discarding());
        }
        return 0;
    }
}
