package io.nianbao.bench;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * One operation applied to every document of a set, on the calling thread.
 *
 * @param operation returns a value derived from its result, so that the JIT cannot drop the work
 */
public record Workload<T>(String name, List<T> items, ToLongFunction<T> operation, long bytesPerPass) {

    public static Workload<BenchDocument> onDocuments(String name, List<BenchDocument> documents,
                                                      ToLongFunction<BenchDocument> operation) {
        long bytes = documents.stream().mapToLong(d -> d.bytes().length).sum();
        return new Workload<>(name, documents, operation, bytes);
    }

    /** Runs the operation once on every item; returns the folded results. */
    public long pass() {
        long folded = 0;
        for (T item : items) {
            folded = folded * 31 + operation.applyAsLong(item);
        }
        return folded;
    }
}
