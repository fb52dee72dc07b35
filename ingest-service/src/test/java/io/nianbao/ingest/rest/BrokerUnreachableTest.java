package io.nianbao.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.nianbao.contracts.ReportIds;
import io.nianbao.ingest.repository.IngestedReportRepository;
import io.nianbao.testsupport.Corpus;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Kafka is not there: a push must fail fast with 503 + Retry-After, and nothing is recorded. */
@QuarkusTest
@TestProfile(BrokerUnreachableTest.NoBroker.class)
@WithTestResource(PostgresOnlyResource.class)
class BrokerUnreachableTest {

    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.bootstrap.servers", "localhost:" + closedPort(),
                    "nianbao.ingest.publish.timeout", "2s",
                    "nianbao.ingest.publish.retry-after-seconds", "7");
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Inject
    IngestedReportRepository repository;

    @Test
    void aPushIsRefusedWith503QuicklyAndNotRecorded() throws Exception {
        byte[] bytes = Files.readAllBytes(Corpus.documents(Corpus.seeds()).get(0));
        for (int attempt = 1; attempt <= 2; attempt++) {
            long start = System.nanoTime();
            given().header("Authorization", "Bearer test-token").contentType("text/plain").body(bytes)
                    .post("/api/reports")
                    .then().statusCode(503).header("Retry-After", equalTo("7"))
                    .contentType(startsWith("application/problem+json")).body("status", equalTo(503));
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("[broker-unreachable] attempt %d answered 503 after %d ms%n", attempt, millis);
            // the first attempt also warms the app up (first DB connection, producer start); the second
            // shows the bound: publish timeout 2 s (metadata wait), with slack for a loaded 2-core machine.
            // A producer with default settings would hang for 60 s here.
            if (attempt == 2) {
                assertTrue(millis < 10_000, "503 after " + millis + " ms");
            }
        }
        assertFalse(repository.exists(ReportIds.of(bytes)), "a refused push is not recorded as ingested");
    }

    @Test
    void readinessIsDownWithoutBroker() {
        given().get("/q/health/ready").then().statusCode(503);
    }
}
