package io.nianbao.query;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A real SSE client over HTTP: collects the events (id + data) of a stream in the background. */
final class SseProbe implements AutoCloseable {
    record Event(long id, String name, String data) {}

    final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile Stream<String> lines;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sse-probe");
        t.setDaemon(true);
        return t;
    });

    SseProbe(String url, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        // read on a thread of our own: a plain thenAccept may run the endless read loop on whichever thread
        // completes the future — including a test thread blocked in status()
        response.thenAcceptAsync(r -> {
            lines = r.body();
            String[] current = new String[3];
            lines.forEach(line -> {
                if (line.startsWith("id:")) {
                    current[0] = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    current[1] = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    current[2] = (current[2] == null ? "" : current[2]) + line.substring(5).trim();
                } else if (line.isEmpty()) {
                    if (current[0] != null) {
                        events.add(new Event(Long.parseLong(current[0]), current[1], current[2]));
                    }
                    current[0] = current[1] = current[2] = null;
                }
            });
        }, reader);
    }

    int status() throws Exception {
        return response.get(20, TimeUnit.SECONDS).statusCode();
    }

    Event next(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (lines != null) {
            lines.close();
        }
        response.cancel(true);
        reader.shutdownNow();
    }
}
