package io.nianbao.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.RawReportReceived;
import io.nianbao.contracts.event.ReportCorrected;
import io.nianbao.contracts.event.ReportParsed;
import io.nianbao.contracts.event.ReportRejected;
import io.nianbao.contracts.event.ReportValidated;
import io.nianbao.contracts.model.ParsedReport;

/** The one JSON configuration every part uses to write and read events and reports. */
public final class JsonCodec {
    /**
     * Longest string value read: a raw event carries a document of up to 20 MB as one base64 string (≈ 28 million
     * characters) and a parsed event the whole text read; Jackson's default (20 million) refused documents above
     * ≈ 15 MB, which were then accepted by ingest but never parsed.
     */
    public static final int MAX_STRING_LENGTH = 64 * 1024 * 1024;

    private static final ObjectMapper MAPPER = configure(new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_LENGTH).build())
            .build()));

    private static final TypeReference<EventEnvelope<RawReportReceived>> RAW = new TypeReference<>() {};
    private static final TypeReference<EventEnvelope<ReportParsed>> PARSED = new TypeReference<>() {};
    private static final TypeReference<EventEnvelope<ReportValidated>> VALIDATED = new TypeReference<>() {};
    private static final TypeReference<EventEnvelope<ReportRejected>> REJECTED = new TypeReference<>() {};

    private static final TypeReference<EventEnvelope<ReportCorrected>> CORRECTED = new TypeReference<>() {};

    private JsonCodec() {}

    /** Applies Nianbao's settings to a mapper (e.g. the one Quarkus injects). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ParsedReport readReport(String json) {
        return read(json, new TypeReference<ParsedReport>() {});
    }

    public static EventEnvelope<RawReportReceived> readRaw(String json) {
        return read(json, RAW);
    }

    public static EventEnvelope<ReportParsed> readParsed(String json) {
        return read(json, PARSED);
    }

    public static EventEnvelope<ReportValidated> readValidated(String json) {
        return read(json, VALIDATED);
    }

    public static EventEnvelope<ReportRejected> readRejected(String json) {
        return read(json, REJECTED);
    }

    public static EventEnvelope<ReportCorrected> readCorrected(String json) {
        return read(json, CORRECTED);
    }

    /** Reads JSON; malformed input raises {@link MalformedEventException} (a poison message, for the DLQ). */
    public static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new MalformedEventException("not a valid " + type.getType().getTypeName() + ": " + e.getMessage(), e);
        }
    }
}
