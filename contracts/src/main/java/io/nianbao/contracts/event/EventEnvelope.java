package io.nianbao.contracts.event;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What travels on every topic: eventId (UUID), reportId (from the document's SHA-256),
 * schemaVersion, occurredAt (UTC), type, then the payload.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"eventId", "reportId", "schemaVersion", "occurredAt", "type", "payload"})
public record EventEnvelope<T>(String eventId, String reportId, int schemaVersion, Instant occurredAt, String type,
        T payload) {
    public static final int SCHEMA_VERSION = 1;

    public static <T> EventEnvelope<T> of(String reportId, String type, T payload) {
        return new EventEnvelope<>(UUID.randomUUID().toString(), reportId, SCHEMA_VERSION, Instant.now(), type, payload);
    }
}
