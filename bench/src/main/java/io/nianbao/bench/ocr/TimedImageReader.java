package io.nianbao.bench.ocr;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.nianbao.parser.image.ImageTable;
import io.nianbao.parser.image.ImageTableReader;
import io.nianbao.ocr.measure.ChildCpu;

/**
 * Wraps the tesseract reader the parser calls once per table picture, and records each call's elapsed time, the
 * CPU time of the tesseract processes it ran and the CPU time of the calling thread (the Java side: straightening,
 * finding the ruling, cutting and pasting cells). Used by one thread at a time (the benchmark parses serially).
 */
final class TimedImageReader implements ImageTableReader {

    /** one picture: elapsed and tesseract CPU milliseconds, whether a table came out */
    record Call(String name, long wallMillis, long cpuMillis, long javaCpuMillis, boolean table) {}

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final ImageTableReader reader;
    private final List<Call> calls = new ArrayList<>();

    TimedImageReader(ImageTableReader reader) {
        this.reader = reader;
    }

    @Override
    public Optional<ImageTable> read(byte[] image, String name) {
        long cpu = ChildCpu.millis();
        long javaCpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Optional<ImageTable> table = reader.read(image, name);
        long wall = (System.nanoTime() - start) / 1_000_000;
        calls.add(new Call(name, wall, ChildCpu.millis() - cpu, (THREADS.getCurrentThreadCpuTime() - javaCpu) / 1_000_000,
                table.isPresent()));
        return table;
    }

    /** the calls since the last drain, and forgets them */
    List<Call> drain() {
        List<Call> out = List.copyOf(calls);
        calls.clear();
        return out;
    }
}
