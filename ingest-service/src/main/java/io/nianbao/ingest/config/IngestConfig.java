package io.nianbao.ingest.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits and time bounds of the ingest API ({@code nianbao.ingest.*}). */
@ConfigMapping(prefix = "nianbao.ingest")
public interface IngestConfig {

    /** largest document accepted, in bytes (413 above); keep quarkus.http.limits.max-body-size at least this */
    @WithDefault("20971520")
    long maxDocumentBytes();

    /** most {@code file} parts in one multipart request (413 above) */
    @WithDefault("20")
    int maxFilesPerRequest();

    Publish publish();

    Fetch fetch();

    interface Publish {
        /** how long a push may wait for Kafka to acknowledge the record before answering 503 */
        @WithDefault("10s")
        Duration timeout();

        /** the Retry-After (seconds) sent with a 503 */
        @WithDefault("5")
        int retryAfterSeconds();

        /** partitions of reports.raw when ingest creates it (more lets several parse consumers share the work) */
        @WithDefault("2")
        int rawTopicPartitions();
    }

    /** fetching a document from {@code sourceUrl} when the request has no body */
    interface Fetch {
        @WithDefault("true")
        boolean enabled();

        /** total time for one fetch, redirects included */
        @WithDefault("15s")
        Duration timeout();

        @WithDefault("5")
        int maxRedirects();

        /**
         * most pictures fetched next to an HTML page (its {@code <img>}s, for OCR of table pictures); they share
         * the document size limit with the page and one more {@link #timeout()}
         */
        @WithDefault("20")
        int maxImages();
    }
}
