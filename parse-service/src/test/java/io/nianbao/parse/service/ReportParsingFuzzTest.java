package io.nianbao.parse.service;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.nianbao.contracts.ReportIds;
import io.nianbao.contracts.event.RawReportReceived;
import io.nianbao.contracts.event.ReportParsed;
import io.nianbao.contracts.event.ReportSource;
import io.nianbao.parse.config.ParseConfig;
import io.nianbao.testsupport.Corpus;

/**
 * Broken and hostile documents through the real parser as parse-service runs it: every one must
 * come back as a report (never an exception, which would dead-letter it) within the time limit.
 * 10,000 inputs by default ({@code -Dnianbao.fuzz.inputs=N} for more or fewer).
 */
class ReportParsingFuzzTest {
    private static final Duration LIMIT = Duration.ofSeconds(5);

    @Test
    void everyInputBecomesAReportWithinTheTimeLimit() throws Exception {
        List<byte[]> seeds = new ArrayList<>();
        for (Path seed : Corpus.documents(Corpus.seeds())) {
            seeds.add(Files.readAllBytes(seed));
        }
        for (Path synthetic : Corpus.documents(Corpus.synthetic())) {
            seeds.add(Files.readAllBytes(synthetic));
        }
        ReportParsing parsing = new ReportParsing(new ParseConfig() {
            @Override
            public Duration timeout() {
                return LIMIT;
            }

            @Override
            public int maxThreads() {
                return 4;
            }
        });
        Random random = new Random(42);
        int inputs = Integer.getInteger("nianbao.fuzz.inputs", 10_000);
        int timedOut = 0;
        long slowestMicros = 0;
        try {
            for (int i = 0; i < inputs; i++) {
                byte[] doc = mutate(seeds.get(random.nextInt(seeds.size())), random, i);
                ReportSource source = new ReportSource("fuzz-" + i, null, doc.length, ReportIds.sha256(doc), null, null,
                        null, Instant.now(), "fuzz");
                ReportParsed parsed = parsing.parse(ReportIds.of(doc), RawReportReceived.of(source, doc));
                assertNotNull(parsed.report());
                assertNotNull(parsed.report().tables.applications.status);
                assertTrue(parsed.parseMicros() < LIMIT.toNanos() / 1000 + 2_000_000, "input " + i);
                timedOut += parsed.report().notes.stream().anyMatch(n -> n.startsWith("解析超时")) ? 1 : 0;
                slowestMicros = Math.max(slowestMicros, parsed.parseMicros());
            }
        } finally {
            parsing.close();
        }
        System.out.printf("[parse-fuzz] %d inputs, 0 exceptions, %d hit the %s limit, slowest %d ms%n", inputs, timedOut,
                LIMIT, slowestMicros / 1000);
    }

    /** a DOCX whose document part inflates 1000× beyond its size: the decompression-bomb guard must refuse it */
    private static final byte[] ZIP_BOMB = zipBomb();

    private static byte[] zipBomb() {
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            out.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int k = 0; k < 64; k++) {
                out.write(zeros);
            }
            out.closeEntry();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return zip.toByteArray();
    }

    private static byte[] mutate(byte[] base, Random random, int i) {
        return switch (i % 7) {
            case 0 -> Arrays.copyOf(base, random.nextInt(base.length + 1));
            case 1 -> {
                byte[] copy = base.clone();
                for (int k = 0; k < 1 + random.nextInt(80); k++) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                yield copy;
            }
            case 2 -> {
                byte[] junk = new byte[1 + random.nextInt(8000)];
                random.nextBytes(junk);
                yield junk;
            }
            case 3 -> ("<html><body>" + "<table><tr><td>".repeat(1 + random.nextInt(3000)) + "申请 1 件")
                    .getBytes(StandardCharsets.UTF_8);
            case 4 -> (new String(base, StandardCharsets.UTF_8).replaceAll("[0-9]+", "9".repeat(1 + random.nextInt(60))))
                    .getBytes(StandardCharsets.UTF_8);
            case 5 -> ZIP_BOMB;
            default -> {
                String text = new String(base, StandardCharsets.UTF_8);
                yield text.getBytes(random.nextBoolean() ? java.nio.charset.Charset.forName("GB18030") : StandardCharsets.UTF_16LE);
            }
        };
    }
}
