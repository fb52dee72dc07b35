package io.nianbao.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import io.nianbao.infra.NianbaoService;
import io.nianbao.infra.RepositoryRoot;

/**
 * docker-compose.yml cannot be run on this machine (no Docker), so its promises are checked by reading it:
 * every long-running service has an image and a health check, the four Nianbao services use their images and
 * the environment the services read, and no secret is written in the file.
 */
class DockerComposeFileTest {

    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|TOKEN|SECRET).*");
    /** a required variable: ${NAME:?message} — compose stops when it is unset */
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+):\\?[^}]*}");

    private static Path root;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        root = RepositoryRoot.find();
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(100);
        try (Reader reader = Files.newBufferedReader(root.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml(options).load(reader);
            services = (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    @Test
    void everyLongRunningServiceHasAnImageAndAHealthCheck() {
        assertTrue(services.keySet().containsAll(List.of("kafka-1", "kafka-2", "kafka-3", "postgres")), "services: " + services.keySet());
        for (Map.Entry<String, Map<String, Object>> service : services.entrySet()) {
            Map<String, Object> s = service.getValue();
            assertTrue(s.get("image") instanceof String image && !image.isBlank(), service.getKey() + " has no image");
            boolean oneShot = "no".equals(String.valueOf(s.get("restart")));
            if (!oneShot) {
                assertTrue(s.get("healthcheck") instanceof Map<?, ?> h && h.get("test") != null,
                        service.getKey() + " has no health check");
            }
        }
    }

    @Test
    void theFourServicesUseTheirImagesAndTheEnvironmentTheyRead() {
        for (NianbaoService service : NianbaoService.values()) {
            Map<String, Object> s = services.get(service.module());
            assertTrue(s != null, service.module() + " is missing");
            assertTrue(String.valueOf(s.get("image")).startsWith("nianbao/" + service.module() + ":"), String.valueOf(s.get("image")));
            Map<?, ?> env = (Map<?, ?>) s.get("environment");
            for (String name : List.of("KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                    "QUARKUS_DATASOURCE_PASSWORD", "NIANBAO_AUTH_WRITE_TOKENS", "QUARKUS_HTTP_PORT")) {
                assertTrue(env.containsKey(name), service.module() + " lacks " + name);
            }
            assertEquals(String.valueOf(service.defaultPort()), String.valueOf(env.get("QUARKUS_HTTP_PORT")), service.module());
            assertTrue(String.valueOf(((Map<?, ?>) s.get("healthcheck")).get("test")).contains("/q/health/ready"),
                    service.module() + " health check");
        }
    }

    @Test
    void noSecretIsWrittenInTheFile() {
        List<String> literal = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> service : services.entrySet()) {
            if (service.getValue().get("environment") instanceof Map<?, ?> env) {
                for (Map.Entry<?, ?> e : env.entrySet()) {
                    String value = String.valueOf(e.getValue());
                    if (SECRET_NAME.matcher(String.valueOf(e.getKey())).matches() && !REQUIRED_VARIABLE.matcher(value).matches()) {
                        literal.add(service.getKey() + "." + e.getKey() + "=" + value);
                    }
                }
            }
        }
        assertEquals(List.of(), literal, "secrets must come from required variables (${NAME:?…})");
    }

    @Test
    void envExampleNamesEveryRequiredVariableWithoutAValue() throws IOException {
        String compose = Files.readString(root.resolve("docker-compose.yml"));
        Set<String> required = new LinkedHashSet<>();
        Matcher m = REQUIRED_VARIABLE.matcher(compose);
        while (m.find()) {
            required.add(m.group(1));
        }
        assertFalse(required.isEmpty());
        List<String> example = Files.readAllLines(root.resolve(".env.example"));
        for (String name : required) {
            assertTrue(example.contains(name + "="), ".env.example should list " + name + "= (empty)");
        }
    }
}
