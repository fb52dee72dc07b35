package io.nianbao.ingest.messaging;

import java.util.function.BooleanSupplier;

/** Retries a set-up step (a topic the broker must have) on a daemon thread, so that start-up never waits for a broker. */
final class BackgroundSetup {
    private static final int ATTEMPTS = 60;
    private static final long PAUSE_MILLIS = 5000;

    private BackgroundSetup() {}

    /** runs {@code attempt} until it returns true, at most {@value #ATTEMPTS} times, {@value #PAUSE_MILLIS} ms apart */
    static void start(String threadName, BooleanSupplier attempt) {
        Thread setup = new Thread(() -> {
            for (int i = 0; i < ATTEMPTS && !attempt.getAsBoolean(); i++) {
                try {
                    Thread.sleep(PAUSE_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }, threadName);
        setup.setDaemon(true);
        setup.start();
    }
}
