package io.nianbao.query;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.nianbao.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** POST /api/upload passes the console's multipart request and the user's token on to ingest-service unchanged. */
@QuarkusTest
@WithTestResource(KafkaAndPostgresResource.class)
class UploadForwardingTest {

    @Test
    void multipartAndTokenReachIngestAndItsAnswerComesBack() throws Exception {
        Seed seed = Seed.all().get(1);
        try (RecordingIngest ingest = new RecordingIngest(r -> "{\"results\":[{\"fileName\":\"" + seed.name()
                + "\",\"reportId\":\"" + seed.reportId() + "\",\"status\":\"ACCEPTED\",\"httpStatus\":202}]}")) {
            given().header("Authorization", "Bearer test-token")
                    .multiPart("file", seed.name(), seed.bytes(), "text/plain")
                    .post("/api/upload")
                    .then().statusCode(207).body("results[0].reportId", equalTo(seed.reportId()));
            assertEquals(1, ingest.received.size());
            RecordingIngest.Received r = ingest.received.get(0);
            assertEquals("/api/reports", r.path());
            assertEquals("Bearer test-token", r.authorization());
            assertTrue(r.contentType().startsWith("multipart/form-data; boundary="), r.contentType());
            assertTrue(r.text().contains("filename=\"" + seed.name() + "\""), "the file name is passed on");
            assertTrue(r.text().contains(new String(seed.bytes(), java.nio.charset.StandardCharsets.UTF_8).substring(0, 200)),
                    "the document bytes are passed on unchanged");
        }
    }

    @Test
    void ingestDownIsA502Problem() {
        given().header("Authorization", "Bearer test-token").body("x").contentType("text/plain").post("/api/upload")
                .then().statusCode(502).body("status", equalTo(502));
    }
}
