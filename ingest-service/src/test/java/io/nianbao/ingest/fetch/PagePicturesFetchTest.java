package io.nianbao.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.nianbao.ingest.config.IngestConfig;
import io.nianbao.ingest.service.Picture;
import io.nianbao.ingest.service.PictureKind;
import io.nianbao.ingest.service.PushedDocument;
import io.nianbao.ingest.service.SourceHints;
import io.nianbao.parser.read.DocumentImages;

/**
 * A page fetched from a sourceUrl comes with the pictures it shows, each fetched under the same guard, against a
 * local test server only (the private address in the page is refused before any connection is made).
 */
class PagePicturesFetchTest {
    private static final byte[] T1 = picture(1, 300);
    private static final byte[] T2 = picture(2, 500);
    private static final String PAGE = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
            + "<h1>某某市人民政府2020年政府信息公开工作年度报告</h1>"
            + "<p><img src=\"images/t1.png\"></p>"
            + "<p><img src=\"data:image/png;base64,iVBORw0KGgo=\"></p>"
            + "<p><img src=\"http://10.0.0.7/t3.png\"></p>"
            + "<p><img src=\"images/missing.png\"></p>"
            + "<p><img src=\"not-a-picture.png\"></p>"
            + "<p><img src=\"\" data-src=\"/pics/t2.png?v=2#top\"></p>"
            + "</body></html>";
    private static final String TWO_PICTURES = "<html><body><h1>年度报告</h1><img src=\"a/t1.png\"><img src=\"b/gone.png\"></body></html>";

    private static HttpServer server;
    private static int port;
    private static final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        port = server.getAddress().getPort();
        server.createContext("/site/report.html", ex -> answer(ex, 200, PAGE.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8"));
        server.createContext("/site/two.html", ex -> answer(ex, 200, TWO_PICTURES.getBytes(StandardCharsets.UTF_8), "text/html"));
        server.createContext("/site/moved.html", ex -> {
            ex.getResponseHeaders().add("Location", "/site/report.html");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.createContext("/site/images/t1.png", ex -> answer(ex, 200, T1, "image/png"));
        server.createContext("/site/a/t1.png", ex -> answer(ex, 200, T1, "image/png"));
        server.createContext("/pics/t2.png", ex -> answer(ex, 200, T2, "application/octet-stream"));
        server.createContext("/site/images/missing.png", ex -> answer(ex, 404, new byte[0], "text/plain"));
        server.createContext("/site/b/gone.png", ex -> answer(ex, 404, new byte[0], "text/plain"));
        server.createContext("/site/not-a-picture.png", ex -> answer(ex, 200, "<html>登录</html>".getBytes(StandardCharsets.UTF_8), "image/png"));
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @BeforeEach
    void resetHits() {
        hits.clear();
    }

    @Test
    void aPageWithTwoPicturesOneMissingComesWithTheOther() {
        SourceFetcher fetcher = new SourceFetcher(config(20, 1024 * 1024), trustingTheTestServer());
        PushedDocument document = fetcher.fetch(base() + "/site/two.html", SourceHints.none());
        assertEquals(TWO_PICTURES, new String(document.content(), StandardCharsets.UTF_8));
        assertEquals(1, document.pictures().size());
        assertEquals("t1.png", document.pictures().get(0).fileName());
        assertEquals(PictureKind.PNG, document.pictures().get(0).kind());
        assertArrayEquals(T1, document.pictures().get(0).content());
        assertEquals(1, hits.get("/site/b/gone.png").get(), "the missing one was asked for");
    }

    @Test
    void picturesAreResolvedAgainstTheFinalUrlGuardedAndNamedAsThePageNamesThem() {
        SourceFetcher fetcher = new SourceFetcher(config(20, 1024 * 1024), trustingTheTestServer());
        PushedDocument document = fetcher.fetch(base() + "/site/moved.html", SourceHints.none());
        Map<String, byte[]> byName = document.pictures().stream()
                .collect(Collectors.toMap(Picture::fileName, Picture::content));
        // t3 is on a private address (refused), missing.png is a 404, not-a-picture.png is HTML: all skipped
        assertEquals(Set.of("t1.png", "t2.png"), byName.keySet());
        assertArrayEquals(T2, byName.get("t2.png"));
        assertEquals(null, hits.get("/t3.png"));

        // the parser finds every fetched picture under the name it was given
        List<DocumentImages.Image> found = DocumentImages.of(document.content(), "report.html", "text/html", byName);
        assertEquals(Set.of("t1.png", "t2.png"), found.stream().map(DocumentImages.Image::name)
                .filter(byName::containsKey).collect(Collectors.toSet()));
    }

    @Test
    void theNumberOfPicturesAndTheirBytesAreBounded() {
        PushedDocument oneAtMost = new SourceFetcher(config(1, 1024 * 1024), trustingTheTestServer())
                .fetch(base() + "/site/report.html", SourceHints.none());
        assertEquals(List.of("t1.png"), oneAtMost.pictures().stream().map(Picture::fileName).toList());
        assertEquals(null, hits.get("/pics/t2.png"), "no picture past the limit is asked for");

        // the page plus T1 fit, T2 does not: it is left out, the page is not
        int limit = PAGE.getBytes(StandardCharsets.UTF_8).length + T1.length + T2.length - 1;
        PushedDocument tight = new SourceFetcher(config(20, limit), trustingTheTestServer())
                .fetch(base() + "/site/report.html", SourceHints.none());
        assertEquals(List.of("t1.png"), tight.pictures().stream().map(Picture::fileName).toList());
        assertTrue(tight.totalBytes() <= limit);
    }

    @Test
    void aPageFromAnUntrustedAddressIsStillRefusedAndPicturesOfAPageAreFetchedOnlyForHtml() {
        GuardedFetcher guarded = new GuardedFetcher(trustingTheTestServer(), 1024 * 1024, Duration.ofSeconds(5), 3);
        PagePictureFetcher pictures = new PagePictureFetcher(guarded, 20, Duration.ofSeconds(5));
        // a page served elsewhere, resolved against its own URL: relative pictures are on an untrusted port
        List<Picture> none = pictures.fetch(URI.create("http://127.0.0.1:" + (port + 1) + "/x/report.html"),
                PAGE.getBytes(StandardCharsets.UTF_8), "text/html", 1024 * 1024);
        assertEquals(List.of(), none);
    }

    private static IngestConfig config(int maxImages, long maxDocumentBytes) {
        return new IngestConfig() {
            public long maxDocumentBytes() {
                return maxDocumentBytes;
            }

            public int maxFilesPerRequest() {
                return 20;
            }

            public Publish publish() {
                throw new UnsupportedOperationException("fetching does not publish");
            }

            public Fetch fetch() {
                return new Fetch() {
                    public boolean enabled() {
                        return true;
                    }

                    public Duration timeout() {
                        return Duration.ofSeconds(5);
                    }

                    public int maxRedirects() {
                        return 3;
                    }

                    public int maxImages() {
                        return maxImages;
                    }
                };
            }
        };
    }

    private static UrlGuard trustingTheTestServer() {
        return new UrlGuard(Set.of("127.0.0.1:" + port));
    }

    private static String base() {
        return "http://127.0.0.1:" + port;
    }

    /** a PNG signature and chunk-like filler: the fetcher only looks at the leading bytes */
    private static byte[] picture(int seed, int size) {
        byte[] bytes = new byte[size];
        new java.util.Random(seed).nextBytes(bytes);
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }

    private static void answer(HttpExchange ex, int status, byte[] body, String type) throws IOException {
        hits.computeIfAbsent(ex.getRequestURI().getPath(), p -> new AtomicInteger()).incrementAndGet();
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}
