package io.nianbao.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Fetches one document over HTTP with the guard applied to the URL and to every redirect target,
 * a size limit (stops reading one byte past it) and an overall time limit. Redirects are followed by
 * hand, because a client that follows them itself would skip the guard.
 */
public class GuardedFetcher {

    /** what a fetch gave */
    public record Fetched(URI finalUri, byte[] content, String contentType) {
    }

    /** a fetch that failed: refused URL, too large, timed out, or an error answer from the site */
    public static class FetchFailedException extends Exception {
        public enum Reason { REFUSED, TOO_LARGE, UPSTREAM }

        private final Reason reason;

        public FetchFailedException(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    private final UrlGuard guard;
    private final long maxBytes;
    private final Duration timeout;
    private final int maxRedirects;
    private final HttpClient client;

    public GuardedFetcher(UrlGuard guard, long maxBytes, Duration timeout, int maxRedirects) {
        this.guard = guard;
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.maxRedirects = maxRedirects;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    public Fetched fetch(String url) throws FetchFailedException {
        return fetch(url, maxBytes, timeout);
    }

    /** as {@link #fetch(String)} with a smaller size or time limit, e.g. for what is left after the page */
    public Fetched fetch(String url, long maxBytes, Duration timeout) throws FetchFailedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI uri = check(url);
        for (int hop = 0; hop <= maxRedirects; hop++) {
            HttpResponse<InputStream> response = send(uri, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("Location").orElse(null);
                close(response);
                if (location == null) {
                    throw new FetchFailedException(FetchFailedException.Reason.UPSTREAM, "来源网址重定向但未给出目标地址。");
                }
                uri = check(uri.resolve(location).toString());
                continue;
            }
            if (status < 200 || status >= 300) {
                close(response);
                throw new FetchFailedException(FetchFailedException.Reason.UPSTREAM, "来源网址返回 HTTP " + status + "。");
            }
            byte[] content = readLimited(response, maxBytes, deadline);
            return new Fetched(uri, content, response.headers().firstValue("Content-Type").orElse(null));
        }
        throw new FetchFailedException(FetchFailedException.Reason.UPSTREAM, "来源网址重定向次数过多（超过 " + maxRedirects + " 次）。");
    }

    private URI check(String url) throws FetchFailedException {
        try {
            return guard.check(url);
        } catch (RefusedUrlException e) {
            throw new FetchFailedException(FetchFailedException.Reason.REFUSED, e.getMessage());
        }
    }

    private HttpResponse<InputStream> send(URI uri, long deadline) throws FetchFailedException {
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(remaining(deadline))
                .header("User-Agent", "nianbao-ingest").build();
        try {
            return client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                    .get(remaining(deadline).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailedException(FetchFailedException.Reason.UPSTREAM, "获取来源网址时被中断。");
        } catch (java.util.concurrent.TimeoutException e) {
            throw new FetchFailedException(FetchFailedException.Reason.UPSTREAM, "获取来源网址超时。");
        } catch (java.util.concurrent.ExecutionException e) {
            String what = e.getCause() instanceof HttpTimeoutException ? "获取来源网址超时。" : "无法连接来源网址。";
            throw new FetchFailedException(FetchFailedException.Reason.UPSTREAM, what);
        }
    }

    private static byte[] readLimited(HttpResponse<InputStream> response, long maxBytes, long deadline)
            throws FetchFailedException {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
            close(response);
            throw tooLarge(maxBytes);
        }
        try (InputStream in = response.body()) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                if (System.nanoTime() > deadline) {
                    throw new FetchFailedException(FetchFailedException.Reason.UPSTREAM, "获取来源网址超时。");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new FetchFailedException(FetchFailedException.Reason.UPSTREAM, "读取来源网址内容失败。");
        }
    }

    private static FetchFailedException tooLarge(long maxBytes) {
        return new FetchFailedException(FetchFailedException.Reason.TOO_LARGE,
                String.format(Locale.ROOT, "来源网址的文档超过上限 %,d 字节。", maxBytes));
    }

    private static Duration remaining(long deadline) throws FetchFailedException {
        long nanos = deadline - System.nanoTime();
        if (nanos <= 0) {
            throw new FetchFailedException(FetchFailedException.Reason.UPSTREAM, "获取来源网址超时。");
        }
        return Duration.ofNanos(nanos);
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // nothing more to read anyway
        }
    }
}
