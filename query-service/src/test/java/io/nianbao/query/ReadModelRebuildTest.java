package io.nianbao.query;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.nianbao.contracts.Topics;
import io.nianbao.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Rebuilding the read model on a real broker and database: the seeds' events (one report validated twice) are
 * consumed, the API's answers are recorded, the read model is dropped and replayed from the topics, and the API
 * answers the same again.
 */
@QuarkusTest
@TestProfile(RebuildProfile.class)
@WithTestResource(KafkaAndPostgresResource.class)
class ReadModelRebuildTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theApiAnswersTheSameAfterTheReadModelIsDroppedAndReplayed() throws Exception {
        List<Seed> seeds = Seed.all();
        Seed revised = seeds.get(0);
        try (KafkaCompanion kafka = QueryApiTest.companion()) {
            for (Seed s : seeds) {
                QueryApiTest.send(kafka, Topics.RAW, s.reportId(), s.raw());
                QueryApiTest.send(kafka, Topics.PARSED, s.reportId(), s.parsed());
                QueryApiTest.send(kafka, Topics.VALIDATED, s.reportId(), s.validated());
            }
            // a later revision without issues: the rebuilt model must again keep this one, not revision 1
            QueryApiTest.send(kafka, Topics.VALIDATED, revised.reportId(), revised.validated(2, List.of()));
        }
        for (Seed s : seeds) {
            await().atMost(WAIT).untilAsserted(() -> given().get("/api/reports/" + s.reportId())
                    .then().statusCode(200).body("status", equalTo("VALIDATED")).body("source.fileName", equalTo(s.name())));
        }
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/reports/" + revised.reportId())
                .then().body("issues.size()", equalTo(0)));
        Map<String, JsonNode> before = answers(seeds);

        given().post("/api/admin/rebuild-read-model").then().statusCode(401);
        given().header("Authorization", "Bearer not-a-token").post("/api/admin/rebuild-read-model").then().statusCode(403);
        JsonNode result = JSON.readTree(given().header("Authorization", "Bearer test-token")
                .post("/api/admin/rebuild-read-model").then().statusCode(202).extract().asString());
        assertTrue(result.path("tablesEmptied").toString().contains("query.report"), result.toString());
        assertTrue(result.path("partitionsReplayed").path("raw-in").asInt() > 0, result.toString());

        // the replay fills the model again; compare once every report is back and validated
        await().atMost(WAIT).untilAsserted(() -> {
            for (Seed s : seeds) {
                given().get("/api/reports/" + s.reportId()).then().statusCode(200).body("status", equalTo("VALIDATED"));
            }
            assertEquals(before, answers(seeds));
        });
        assertEquals(0, JSON.readTree(given().get("/api/reports/" + revised.reportId()).asString()).path("issues").size(),
                "revision 2 kept after the replay");
    }

    /** the list and every seed's report and issues, without the SSE sequence number (a replay stores events anew) */
    private static Map<String, JsonNode> answers(List<Seed> seeds) throws Exception {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        answers.put("list", withoutSeq(given().get("/api/reports?size=100").then().statusCode(200).extract().asString()));
        for (Seed s : seeds) {
            answers.put(s.reportId(), withoutSeq(given().get("/api/reports/" + s.reportId()).then().statusCode(200).extract().asString()));
            answers.put(s.reportId() + "/issues",
                    withoutSeq(given().get("/api/reports/" + s.reportId() + "/issues").then().statusCode(200).extract().asString()));
        }
        return answers;
    }

    private static JsonNode withoutSeq(String body) throws Exception {
        JsonNode node = JSON.readTree(body);
        strip(node);
        return node;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("eventSeq");
        }
        node.forEach(ReadModelRebuildTest::strip);
    }
}
