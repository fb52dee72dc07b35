package io.nianbao.parse.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.ReportIds;
import io.nianbao.contracts.Topics;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.RawReportReceived;
import io.nianbao.contracts.event.ReportParsed;
import io.nianbao.contracts.event.ReportSource;
import io.nianbao.contracts.model.CellEvidence;
import io.nianbao.contracts.model.NarrativeFigure;
import io.nianbao.testsupport.Corpus;
import io.nianbao.testsupport.KafkaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The parsed event carries the text the parser read, so that evidence can be shown downstream: on the real
 * broker, for a seed, every cell's offset points at its raw text in the event's text, and every narrative
 * quote is at its offset; reports.parsed is raised to take records as large as reports.raw does.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class ParsedEvidenceFlowTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @ConfigProperty(name = "nianbao.test.kafka")
    String bootstrap;

    @ConfigProperty(name = "nianbao.parsed.max-record-bytes")
    int maxRecordBytes;

    @Test
    void theParsedEventCarriesTheTextTheEvidencePointsInto() throws Exception {
        Path seed = Corpus.documents(Corpus.seeds()).stream()
                .filter(p -> p.getFileName().toString().startsWith("000_")).findFirst().orElseThrow();
        // a line after the report makes new bytes (a report of its own) without moving any offset
        byte[] bytes = (Files.readString(seed) + "\n" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String reportId = ReportIds.of(bytes);
        ReportSource source = new ReportSource(seed.getFileName().toString(), "text/plain", bytes.length,
                ReportIds.sha256(bytes), null, null, null, Instant.now(), "evidence-test");
        String raw = JsonCodec.write(EventEnvelope.of(reportId, EventTypes.RAW_REPORT_RECEIVED, RawReportReceived.of(source, bytes)));
        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            companion.produceStrings().fromRecords(new ProducerRecord<>(Topics.RAW, reportId, raw)).awaitCompletion(WAIT);
            ReportParsed parsed;
            try (ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(Topics.PARSED)) {
                await().atMost(WAIT).until(() -> task.getRecords().stream().anyMatch(r -> reportId.equals(r.key())));
                ConsumerRecord<String, String> record = task.getRecords().stream()
                        .filter(r -> reportId.equals(r.key())).findFirst().orElseThrow();
                parsed = JsonCodec.readParsed(record.value()).payload();
            }
            String text = parsed.text();
            assertNotNull(text, "the parsed event carries the text");
            assertFalse(parsed.report().cells.isEmpty(), "the seed's cells have evidence");
            List<String> wrong = new ArrayList<>();
            int located = 0;
            for (Map.Entry<String, CellEvidence> cell : parsed.report().cells.entrySet()) {
                CellEvidence ev = cell.getValue();
                if (ev.offset() == null) {
                    continue;
                }
                located++;
                String at = text.substring(ev.offset(), ev.offset() + ev.length());
                if (!at.equals(ev.raw())) {
                    wrong.add(cell.getKey() + ": '" + at + "' vs raw '" + ev.raw() + "'");
                }
            }
            for (NarrativeFigure f : parsed.report().narrative) {
                if (f.offset != null && !text.startsWith(f.quote, f.offset)) {
                    wrong.add(f.metric + ": quote '" + f.quote + "' not at " + f.offset);
                }
            }
            assertTrue(located > 50, "cells located in the text: " + located);
            assertTrue(wrong.isEmpty(), wrong.toString());
        }
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(p)) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.PARSED);
            await().atMost(WAIT).until(() -> String.valueOf(maxRecordBytes).equals(admin.describeConfigs(List.of(topic))
                    .all().get(10, TimeUnit.SECONDS).get(topic).get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).value()));
        }
    }
}
