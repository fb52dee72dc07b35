package io.nianbao.parse.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Time and thread limits of parsing ({@code nianbao.parse.*}). */
@ConfigMapping(prefix = "nianbao.parse")
public interface ParseConfig {

    /** longest one document may take; past it the report is published with MISSING tables and a note */
    @WithDefault("20s")
    Duration timeout();

    /**
     * parser threads. Normally one is busy at a time (the consumer handles one record after another);
     * the others stand in for threads still stuck on a document that timed out and ignored the interrupt.
     */
    @WithDefault("4")
    int maxThreads();
}
