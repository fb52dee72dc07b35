package io.nianbao.ingest.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.nianbao.ingest.config.IngestConfig;

/** What the raw-report producer and the topic set-up derive from configuration. */
@ApplicationScoped
public class KafkaSettings {
    /** room for the envelope and source metadata around the base64 content */
    private static final int ENVELOPE_ALLOWANCE = 1024 * 1024;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final IngestConfig config;

    public KafkaSettings(IngestConfig config) {
        this.config = config;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public int timeoutMillis() {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1000, config.publish().timeout().toMillis()));
    }

    /** the largest record a maximum-size document makes: base64 grows it by a third */
    public int maxRecordBytes() {
        long base64 = (config.maxDocumentBytes() + 2) / 3 * 4;
        return (int) Math.min(Integer.MAX_VALUE, base64 + ENVELOPE_ALLOWANCE);
    }

    public int rawTopicPartitions() {
        return Math.max(1, config.publish().rawTopicPartitions());
    }
}
