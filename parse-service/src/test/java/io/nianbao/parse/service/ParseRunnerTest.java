package io.nianbao.parse.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ParseRunnerTest {

    @Test
    void aQuickParseGivesItsValue() {
        try (ParseRunner runner = new ParseRunner(2)) {
            ParseRunner.Outcome<String> outcome = runner.run(() -> "ok", Duration.ofSeconds(5));
            assertTrue(outcome.succeeded());
            assertEquals("ok", outcome.value());
        }
    }

    @Test
    void aParseThatRunsTooLongIsAbandonedInTime() {
        try (ParseRunner runner = new ParseRunner(2)) {
            long start = System.nanoTime();
            ParseRunner.Outcome<String> outcome = runner.run(() -> {
                Thread.sleep(30_000);
                return "late";
            }, Duration.ofMillis(300));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(outcome.timedOut());
            assertTrue(millis < 2_000, "gave up after " + millis + " ms");
        }
    }

    @Test
    void threadsStuckOnDocumentsThatIgnoreInterruptsAreBounded() {
        try (ParseRunner runner = new ParseRunner(2)) {
            for (int i = 0; i < 2; i++) {
                assertTrue(runner.run(ParseRunnerTest::spinIgnoringInterrupts, Duration.ofMillis(100)).timedOut());
            }
            assertEquals(2, runner.busyThreads());
            assertThrows(ParseRunner.ParserBusyException.class, () -> runner.run(() -> "x", Duration.ofSeconds(1)));
        }
    }

    @Test
    void aParserExceptionIsAnOutcomeNotACrash() {
        try (ParseRunner runner = new ParseRunner(1)) {
            ParseRunner.Outcome<String> outcome = runner.run(() -> {
                throw new IllegalStateException("boom");
            }, Duration.ofSeconds(1));
            assertFalse(outcome.succeeded());
            assertEquals("boom", outcome.failure().getMessage());
        }
    }

    /** a pathological parse: busy for 3 s whatever happens */
    private static String spinIgnoringInterrupts() {
        long end = System.nanoTime() + 3_000_000_000L;
        long x = 0;
        while (System.nanoTime() < end) {
            x++;
        }
        return String.valueOf(x);
    }
}
