package org.dronecoalition.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The identity provider of the single sign-on tests: Keycloak unpacked by the build from its
 * Maven artifact, started in development mode with the test realm. It needs Java 21 or newer,
 * which it finds under /usr/lib/jvm (or KEYCLOAK_JAVA_HOME); without one the tests are skipped.
 */
final class Keycloak {

    static final String PORT = System.getProperty("keycloak.port", "20880");
    static final String ISSUER = "http://127.0.0.1:" + PORT + "/realms/coalition";
    private static final Path HOME = Path.of(System.getProperty("keycloak.home", "target/keycloak"));

    private final Process process;

    private Keycloak(Process process) {
        this.process = process;
    }

    static Keycloak start() throws Exception {
        Path java = newerJdk().orElse(null);
        Assumptions.assumeTrue(java != null, "Single sign-on tests skipped: Keycloak needs Java 21+, none found");
        Assumptions.assumeTrue(Files.isExecutable(HOME.resolve("bin/kc.sh")),
                "Single sign-on tests skipped: Keycloak is not unpacked at " + HOME);
        Path data = HOME.resolve("data");
        if (Files.exists(data)) {
            try (Stream<Path> old = Files.walk(data)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(data.resolve("import"));
        try (var realm = Keycloak.class.getResourceAsStream("/keycloak/coalition-realm.json")) {
            Files.copy(realm, data.resolve("import/coalition-realm.json"));
        }
        ProcessBuilder builder = new ProcessBuilder(HOME.resolve("bin/kc.sh").toString(), "start-dev",
                "--import-realm", "--http-host=127.0.0.1", "--http-port=" + PORT)
                .redirectErrorStream(true).redirectOutput(HOME.resolve("keycloak.log").toFile());
        builder.environment().put("JAVA_HOME", java.toString());
        Keycloak keycloak = new Keycloak(builder.start());
        keycloak.awaitRealm();
        return keycloak;
    }

    private void awaitRealm() throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest metadata = HttpRequest.newBuilder(URI.create(ISSUER + "/.well-known/openid-configuration")).build();
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(giveUp)) {
            try {
                if (client.send(metadata, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped; see " + HOME.resolve("keycloak.log"));
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Keycloak did not serve the realm within 3 minutes");
    }

    void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    private static Optional<Path> newerJdk() throws IOException {
        String configured = System.getenv("KEYCLOAK_JAVA_HOME");
        if (configured != null) {
            return Optional.of(Path.of(configured));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin/java")))
                    .filter(home -> featureVersion(home) >= 21).max(Comparator.comparing(Keycloak::featureVersion));
        }
    }

    /** The JDK's feature version from its release file (0 when unreadable). */
    private static int featureVersion(Path home) {
        try {
            return Files.readAllLines(home.resolve("release")).stream()
                    .filter(line -> line.startsWith("JAVA_VERSION="))
                    .map(line -> line.replaceAll("JAVA_VERSION=\"?(\\d+).*", "$1"))
                    .mapToInt(Integer::parseInt).findFirst().orElse(0);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
