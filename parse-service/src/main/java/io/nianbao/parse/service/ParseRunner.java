package io.nianbao.parse.service;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one parse on a bounded pool of daemon threads and gives up after a time limit, so that a
 * pathological document cannot hold the consumer forever. A parse that times out is interrupted; if
 * the parser ignores the interrupt its thread stays busy, which is why the pool has a few threads and
 * refuses work (a technical failure) rather than queueing behind stuck ones.
 */
public class ParseRunner implements AutoCloseable {

    /** what a run gave: the value, or why there is none */
    public record Outcome<T>(T value, long micros, boolean timedOut, Throwable failure) {
        public boolean succeeded() {
            return !timedOut && failure == null;
        }
    }

    /** every parser thread is still busy with earlier documents that timed out */
    public static class ParserBusyException extends RuntimeException {
        public ParserBusyException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final ThreadPoolExecutor pool;

    public ParseRunner(int maxThreads) {
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(0, Math.max(1, maxThreads), 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                task -> {
                    Thread t = new Thread(task, "parser-" + count.incrementAndGet());
                    t.setDaemon(true);
                    // the parser resolves classes through the context loader (Jackson, PDFBox, POI): give its
                    // threads this service's loader rather than whatever the submitting thread happened to have
                    t.setContextClassLoader(ParseRunner.class.getClassLoader());
                    return t;
                });
    }

    public <T> Outcome<T> run(Callable<T> work, Duration timeout) {
        long start = System.nanoTime();
        Future<T> future;
        try {
            future = pool.submit(work);
        } catch (RejectedExecutionException e) {
            throw new ParserBusyException("all " + pool.getMaximumPoolSize() + " parser threads are busy", e);
        }
        try {
            T value = future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return new Outcome<>(value, micros(start), false, null);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Outcome<>(null, micros(start), true, null);
        } catch (ExecutionException e) {
            return new Outcome<>(null, micros(start), false, e.getCause() == null ? e : e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        }
    }

    /** threads still running a parse right now (a stuck one counts) */
    public int busyThreads() {
        return pool.getActiveCount();
    }

    private static long micros(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
