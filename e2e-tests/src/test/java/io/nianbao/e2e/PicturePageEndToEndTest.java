package io.nianbao.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.Topics;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.infra.LocalStack;
import io.nianbao.infra.NianbaoService;
import io.nianbao.ocr.TesseractTableReader;
import io.nianbao.ocr.render.ReportPages;
import io.nianbao.ocr.measure.CellTally;

/**
 * An HTML page whose three tables are pictures referred to by file name ({@code <img src="images/table1.png">}),
 * pushed with those pictures as one multipart request, through the whole system (packaged services, real broker
 * and database, the real tesseract): the tables the query API serves equal the seed's expected JSON (every cell of
 * Tables 3 and 4, ≥ 99 % overall), read by OCR with a confidence per cell. A page whose pictures hold no table is
 * validated with its tables IMAGE_ONLY and an S_TABLE_IMAGE_ONLY issue, and nothing goes to a dead-letter topic.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PicturePageEndToEndTest {
    private static final String TOKEN = "e2e-picture-token";
    /** three table pictures read by tesseract on a 2-core CI machine, with the rest of the stack beside it */
    private static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(240);
    private static final int DPI = 150;

    private LocalStack stack;

    @BeforeAll
    void startTheSystem() throws IOException {
        // the services find tesseract the same way: without it the tables would stay IMAGE_ONLY and the first case
        // would fail on cell values, which says less than this
        if (!TesseractTableReader.onPath(1).available()) {
            fail("tesseract with Simplified Chinese is not on the PATH: apt-get install tesseract-ocr tesseract-ocr-chi-sim "
                    + "fonts-noto-cjk (see .ci/run)");
        }
        stack = RunningStack.start("picture-run", TOKEN);
    }

    @AfterAll
    void stopTheSystem() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void tablesPushedAsPicturesBesideThePageAreReadByOcr() throws Exception {
        ParsedReport expected = expectedOf("000");
        ReportPages.Pictures pictures = ReportPages.pictures(expected, DPI, false, 0);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("report.html", page(expected).getBytes(StandardCharsets.UTF_8));
        files.put("table1.png", pictures.active());
        files.put("table2.png", pictures.applications());
        files.put("table3.png", pictures.review());

        String reportId = push(files);
        JsonNode report = awaitValidated(reportId);

        JsonNode tables = report.path("tables");
        for (String table : List.of("activeDisclosure", "applications", "reviewLitigation")) {
            assertEquals("PRESENT", tables.path(table).path("status").asText(), table + ": " + tables);
            assertEquals("OCR", tables.path(table).path("source").asText(), table + " read from its picture: " + tables);
        }
        CellTally tally = CellTally.compare(JsonCodec.mapper().valueToTree(expected.tables), tables);
        System.out.printf("[picture-run] OCR through the pipeline, seed 000 at %d dpi: %d/%d cells (%.2f %%), received → parsed "
                        + "%.1f s%s%n", DPI, tally.equal(), tally.cells(), 100 * tally.accuracy(), parseSeconds(report),
                tally.wrong().isEmpty() ? "" : " wrong: " + tally.wrong());
        // Tables 3 and 4 have the arithmetic that catches a misread digit: every cell; Table 2 has none (as SeedTablesOcrTest)
        assertEquals(List.of(), tally.wrong().stream().filter(w -> !w.startsWith("activeDisclosure.")).toList(),
                "every cell of Tables 3 and 4");
        assertTrue(tally.cells() >= 190, "cells compared: " + tally.cells());
        assertTrue(tally.accuracy() >= 0.99, "at least 99 % of the cells: " + tally.wrong());

        JsonNode evidence = report.path("cells").path("applications.newReceived[6]");
        assertTrue(evidence.path("confidence").isNumber(), "an OCR'd cell's evidence carries its confidence: " + evidence);
        double confidence = evidence.path("confidence").asDouble();
        assertTrue(confidence > 0 && confidence <= 1, "confidence between 0 and 1: " + evidence);
        assertEquals(String.valueOf(expected.tables.applications.newReceived.get(6)), evidence.path("raw").asText().replace(",", ""),
                "the figure as read: " + evidence);
        assertNoDeadLetters();
    }

    @Test
    void picturesThatAreNoTableLeaveTheTablesImageOnlyWithAnIssue() throws Exception {
        ParsedReport expected = expectedOf("002");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("report.html", page(expected).getBytes(StandardCharsets.UTF_8));
        files.put("table1.png", noise(11));
        files.put("table2.png", blank());
        files.put("table3.png", noise(12));

        String reportId = push(files);
        JsonNode report = awaitValidated(reportId);

        JsonNode tables = report.path("tables");
        for (String table : List.of("activeDisclosure", "applications", "reviewLitigation")) {
            assertEquals("IMAGE_ONLY", tables.path(table).path("status").asText(), table + ": " + tables);
            assertFalse("OCR".equals(tables.path(table).path("source").asText()), table + ": " + tables);
        }
        System.out.printf("[picture-run] pictures without a table: received → parsed %.1f s%n", parseSeconds(report));
        long imageOnlyIssues = 0;
        for (JsonNode issue : report.path("issues")) {
            if ("S_TABLE_IMAGE_ONLY".equals(issue.path("code").asText())) {
                imageOnlyIssues++;
            }
        }
        assertTrue(imageOnlyIssues >= 1, "an S_TABLE_IMAGE_ONLY issue: " + report.path("issues"));
        assertTrue(stack.deadServices().isEmpty(), "no service died: " + stack.deadServices());
        assertNoDeadLetters();
    }

    /** The seed's title, body and year as prose, and its tables as pictures referred to by relative file name. */
    private static String page(ParsedReport expected) {
        return ReportPages.html(expected, img("images/table1.png"), img("images/table2.png"), img("images/table3.png"));
    }

    private static String img(String src) {
        return "<p><img src=\"" + src + "\" alt=\"表格\"></p>";
    }

    /** Pushes the files as multipart {@code file} parts: the page is accepted, each picture attached to it. */
    private String push(Map<String, byte[]> files) throws Exception {
        String boundary = "nianbao-" + UUID.randomUUID();
        HttpResponse<String> response = Http.post(stack.settings().url(NianbaoService.INGEST) + "/api/reports",
                multipart(boundary, files), "multipart/form-data; boundary=" + boundary, TOKEN);
        assertEquals(207, response.statusCode(), response.body());
        Map<String, JsonNode> results = new LinkedHashMap<>();
        for (JsonNode result : Http.json(response.body()).path("results")) {
            results.put(result.path("fileName").asText(), result);
        }
        assertEquals(files.keySet(), results.keySet(), "one result per file: " + response.body());
        JsonNode page = results.get("report.html");
        assertEquals("ACCEPTED", page.path("status").asText(), response.body());
        String reportId = page.path("reportId").asText();
        assertTrue(reportId.matches("[0-9a-f]{16}"), response.body());
        List<String> attached = new ArrayList<>();
        page.path("attachments").forEach(name -> attached.add(name.asText()));
        for (String picture : files.keySet()) {
            if (!picture.equals("report.html")) {
                assertEquals("ATTACHED", results.get(picture).path("status").asText(), picture + ": " + response.body());
                assertEquals(reportId, results.get(picture).path("reportId").asText(), picture + " goes with the page: "
                        + response.body());
                assertTrue(attached.contains(picture), "the page lists " + picture + ": " + response.body());
            }
        }
        return reportId;
    }

    private static byte[] multipart(String boundary, Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String type = file.getKey().endsWith(".png") ? "image/png" : "text/html; charset=utf-8";
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getKey()
                    + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(file.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private JsonNode awaitValidated(String reportId) throws Exception {
        String url = stack.settings().url(NianbaoService.QUERY) + "/api/reports/" + reportId;
        long deadline = System.nanoTime() + PIPELINE_TIMEOUT.toNanos();
        String last = "(no answer)";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = Http.get(url);
            last = response.statusCode() + " " + response.body();
            if (response.statusCode() == 200 && "VALIDATED".equals(Http.json(response.body()).path("status").asText())) {
                return Http.json(response.body());
            }
            Thread.sleep(500);
        }
        throw new AssertionError(reportId + " was not VALIDATED within " + PIPELINE_TIMEOUT.toSeconds() + " s; last answer: "
                + last + "\n" + RunningStack.logTails(stack));
    }

    /** how long parse-service took (the read model's timestamps), for the log: OCR is the slow part */
    private static double parseSeconds(JsonNode report) {
        JsonNode times = report.path("timestamps");
        return Duration.between(Instant.parse(times.path("receivedAt").asText()), Instant.parse(times.path("parsedAt").asText()))
                .toMillis() / 1000.0;
    }

    /** No record of this run went to a dead-letter topic: a report whose pictures cannot be read is not poison. */
    private void assertNoDeadLetters() {
        Properties p = new Properties();
        p.put("bootstrap.servers", stack.kafkaBootstrapServers());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.listTopics(Duration.ofSeconds(10)).forEach((topic, infos) -> {
                if (topic.endsWith(Topics.DLQ_SUFFIX)) {
                    infos.forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
                }
            });
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            ends.values().removeIf(end -> end == 0);
            assertTrue(ends.isEmpty(), "records in dead-letter topics: " + ends);
        }
    }

    private static ParsedReport expectedOf(String seed) throws IOException {
        for (Path document : Seeds.documents()) {
            if (document.getFileName().toString().startsWith(seed + "_")) {
                return JsonCodec.readReport(Files.readString(Seeds.expectedOf(document)));
            }
        }
        throw new IllegalStateException("no seed " + seed + " in " + Seeds.folder());
    }

    /** coloured blots: a photo, not a table */
    private static byte[] noise(long seed) throws IOException {
        BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Random random = new Random(seed);
        for (int i = 0; i < 800; i++) {
            g.setColor(new Color(random.nextInt(0xffffff)));
            g.fillOval(random.nextInt(600), random.nextInt(400), 5 + random.nextInt(40), 5 + random.nextInt(40));
        }
        g.dispose();
        return png(image);
    }

    private static byte[] blank() throws IOException {
        BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 400);
        g.dispose();
        return png(image);
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
