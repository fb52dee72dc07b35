package io.nianbao.parse.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.ReportIds;
import io.nianbao.contracts.Topics;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.RawReportReceived;
import io.nianbao.contracts.event.ReportParsed;
import io.nianbao.contracts.event.ReportSource;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.testsupport.Corpus;
import io.nianbao.testsupport.KafkaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
@WithTestResource(KafkaResource.class)
class ParseFlowTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @ConfigProperty(name = "nianbao.test.kafka")
    String bootstrap;

    @Test
    void everySeedIsParsedIntoOneEventUnderItsReportId() throws Exception {
        Map<String, Path> seeds = new HashMap<>();
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (Path seed : Corpus.documents(Corpus.seeds())) {
            byte[] bytes = Files.readAllBytes(seed);
            String reportId = ReportIds.of(bytes);
            seeds.put(reportId, seed);
            records.add(rawRecord(reportId, bytes, seed.getFileName().toString(), null, null));
        }
        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            companion.produceStrings().fromRecords(records).awaitCompletion(WAIT);
            Map<String, EventEnvelope<ReportParsed>> parsed = parsedFor(companion, seeds.keySet());
            for (Map.Entry<String, Path> e : seeds.entrySet()) {
                EventEnvelope<ReportParsed> event = parsed.get(e.getKey());
                assertEquals(EventTypes.REPORT_PARSED, event.type());
                assertEquals(e.getKey(), event.reportId());
                assertEquals(e.getKey(), ReportIds.fromSha256(event.payload().source().sha256()));
                assertTrue(event.payload().parseMicros() >= 0);
                ParsedReport report = event.payload().report();
                assertNotNull(report.tables.activeDisclosure.status);
                assertNotNull(report.tables.applications.status);
                assertNotNull(report.tables.reviewLitigation.status);
                // what the parser finds must agree with the expected JSON; it may still find less
                JsonNode expected = JsonCodec.mapper().readTree(Corpus.expectedOf(e.getValue()).toFile());
                if (report.year != null) {
                    assertEquals(expected.get("year").asInt(), report.year, e.getValue() + " year");
                }
                if (report.title != null && expected.hasNonNull("title")) {
                    assertEquals(expected.get("title").asText(), report.title, e.getValue() + " title");
                }
            }
        }
    }

    @Test
    void hintsFillOnlyWhatTheDocumentDoesNotSay() {
        byte[] bytes = ("这份文件没有标题，也没有年份。" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String reportId = ReportIds.of(bytes);
        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            companion.produceStrings().fromRecords(rawRecord(reportId, bytes, "note.txt", "某某县人民政府", 2021))
                    .awaitCompletion(WAIT);
            ParsedReport report = parsedFor(companion, List.of(reportId)).get(reportId).payload().report();
            assertEquals("某某县人民政府", report.organization);
            assertEquals(2021, report.year);
        }
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheNextIsStillParsed() {
        byte[] junk = new byte[3000];
        new Random(5).nextBytes(junk);
        String junkId = ReportIds.of(junk);
        byte[] good = ("正常报告 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String goodId = ReportIds.of(good);
        String wrongVersion = JsonCodec.write(new EventEnvelope<>(UUID.randomUUID().toString(), "v99", 99,
                Instant.now(), EventTypes.RAW_REPORT_RECEIVED, RawReportReceived.of(source(good, "x.txt", null, null), good)));
        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            companion.produceStrings().fromRecords(List.of(
                    new ProducerRecord<>(Topics.RAW, "poison-not-json", "this is not JSON {"),
                    new ProducerRecord<>(Topics.RAW, "poison-version", wrongVersion),
                    // a binary document in a valid event is not poison: it is a report with MISSING tables
                    rawRecord(junkId, junk, "junk.bin", null, null),
                    rawRecord(goodId, good, "good.txt", null, null))).awaitCompletion(WAIT);

            Map<String, EventEnvelope<ReportParsed>> parsed = parsedFor(companion, List.of(junkId, goodId));
            assertNotNull(parsed.get(goodId).payload().report());
            assertNotNull(parsed.get(junkId).payload().report().tables.applications.status);

            List<ConsumerRecord<String, String>> dead = companion.consumeStrings()
                    .fromTopics(Topics.deadLetter(Topics.RAW), 2).awaitCompletion(WAIT).getRecords();
            assertEquals(List.of("poison-not-json", "poison-version"), dead.stream().map(ConsumerRecord::key).sorted().toList());
            assertTrue(dead.get(0).headers().lastHeader("dead-letter-reason") != null, "the reason travels in a header");
        }
    }

    /** reads reports.parsed until every wanted key arrived; fails if one arrives twice */
    private static Map<String, EventEnvelope<ReportParsed>> parsedFor(KafkaCompanion companion,
            java.util.Collection<String> keys) {
        Map<String, EventEnvelope<ReportParsed>> found = new HashMap<>();
        try (ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(Topics.PARSED)) {
            await().atMost(WAIT).until(() -> task.getRecords().stream().map(ConsumerRecord::key).filter(keys::contains)
                    .distinct().count() == keys.size());
            for (ConsumerRecord<String, String> r : task.getRecords()) {
                if (keys.contains(r.key())) {
                    EventEnvelope<ReportParsed> previous = found.put(r.key(), JsonCodec.readParsed(r.value()));
                    assertEquals(null, previous, "one parsed event per report: " + r.key());
                }
            }
        }
        return found;
    }

    private static ProducerRecord<String, String> rawRecord(String reportId, byte[] bytes, String fileName,
            String organizationHint, Integer yearHint) {
        EventEnvelope<RawReportReceived> event = EventEnvelope.of(reportId, EventTypes.RAW_REPORT_RECEIVED,
                RawReportReceived.of(source(bytes, fileName, organizationHint, yearHint), bytes));
        return new ProducerRecord<>(Topics.RAW, reportId, JsonCodec.write(event));
    }

    private static ReportSource source(byte[] bytes, String fileName, String organizationHint, Integer yearHint) {
        return new ReportSource(fileName, null, bytes.length, ReportIds.sha256(bytes), null, organizationHint, yearHint,
                Instant.now(), "parse-test");
    }
}
