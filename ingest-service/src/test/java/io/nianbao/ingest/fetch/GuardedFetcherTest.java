package io.nianbao.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The URL guard and the fetcher against a local test server only. The refused targets (10.x,
 * 169.254.x …) are refused before any connection is made, so no traffic leaves this machine.
 */
class GuardedFetcherTest {
    private static final byte[] DOCUMENT = "某某市人民政府2020年政府信息公开工作年度报告".getBytes(StandardCharsets.UTF_8);

    private static HttpServer server;
    private static int port;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        port = server.getAddress().getPort();
        server.createContext("/report.txt", ex -> answer(ex, 200, DOCUMENT));
        server.createContext("/moved", ex -> redirect(ex, "/report.txt"));
        server.createContext("/to-loopback-other-port", ex -> redirect(ex, "http://127.0.0.1:" + (port + 1) + "/x"));
        server.createContext("/to-localhost", ex -> redirect(ex, "http://localhost:" + port + "/report.txt"));
        server.createContext("/to-private", ex -> redirect(ex, "http://10.0.0.7/report.txt"));
        server.createContext("/to-metadata", ex -> redirect(ex, "http://169.254.169.254/latest/meta-data/"));
        server.createContext("/to-ipv6-loopback", ex -> redirect(ex, "http://[::1]:" + port + "/report.txt"));
        server.createContext("/to-file", ex -> redirect(ex, "file:///etc/passwd"));
        server.createContext("/loop", ex -> redirect(ex, "/loop"));
        server.createContext("/big", ex -> answer(ex, 200, new byte[4096]));
        server.createContext("/missing", ex -> answer(ex, 404, new byte[0]));
        server.createContext("/slow", ex -> {
            sleep(3000);
            answer(ex, 200, DOCUMENT);
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void theGuardRefusesLoopbackPrivateLinkLocalAndOtherSchemes() {
        UrlGuard guard = new UrlGuard();
        for (String url : new String[] {"http://127.0.0.1/", "http://127.1.2.3:8080/a", "http://localhost/",
                "http://10.0.0.1/", "http://10.255.1.2/x", "http://172.16.5.4/", "http://192.168.1.1/",
                "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://[fe80::1]/", "http://[fd00::1]/",
                "http://[::ffff:127.0.0.1]/", "http://[::ffff:10.0.0.1]/", "http://0.0.0.0/", "http://100.64.0.1/",
                "http://224.0.0.1/", "ftp://example.org/a.txt", "file:///etc/passwd", "gopher://a/",
                "http://user:pw@93.184.216.34/", "not a url", "http:///nohost"}) {
            assertThrows(RefusedUrlException.class, () -> guard.check(url), url);
        }
        // public literal addresses pass (checked only, nothing is fetched)
        assertDoesNotThrow(() -> guard.check("https://93.184.216.34/report.html"));
        assertDoesNotThrow(() -> guard.check("http://[2606:4700::1111]/"));
    }

    @Test
    void aTrustedLocalServerIsFetchedAndARedirectIsFollowed() throws Exception {
        GuardedFetcher fetcher = fetcher(1024);
        GuardedFetcher.Fetched fetched = fetcher.fetch(base() + "/moved");
        assertArrayEquals(DOCUMENT, fetched.content());
        assertEquals(base() + "/report.txt", fetched.finalUri().toString());
    }

    @Test
    void aRedirectToAForbiddenAddressIsRefused() {
        GuardedFetcher fetcher = fetcher(1024);
        for (String path : new String[] {"/to-loopback-other-port", "/to-localhost", "/to-private", "/to-metadata",
                "/to-ipv6-loopback", "/to-file"}) {
            GuardedFetcher.FetchFailedException e = assertThrows(GuardedFetcher.FetchFailedException.class,
                    () -> fetcher.fetch(base() + path), path);
            assertEquals(GuardedFetcher.FetchFailedException.Reason.REFUSED, e.reason(), path);
        }
    }

    @Test
    void sizeTimeAndRedirectLimitsHold() {
        GuardedFetcher small = fetcher(1000);
        assertEquals(GuardedFetcher.FetchFailedException.Reason.TOO_LARGE,
                assertThrows(GuardedFetcher.FetchFailedException.class, () -> small.fetch(base() + "/big")).reason());
        assertEquals(GuardedFetcher.FetchFailedException.Reason.UPSTREAM,
                assertThrows(GuardedFetcher.FetchFailedException.class, () -> small.fetch(base() + "/loop")).reason());
        assertEquals(GuardedFetcher.FetchFailedException.Reason.UPSTREAM,
                assertThrows(GuardedFetcher.FetchFailedException.class, () -> small.fetch(base() + "/missing")).reason());

        GuardedFetcher quick = new GuardedFetcher(trustingTheTestServer(), 1000, Duration.ofMillis(800), 3);
        long start = System.nanoTime();
        assertThrows(GuardedFetcher.FetchFailedException.class, () -> quick.fetch(base() + "/slow"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(true, millis < 2500, "gave up after " + millis + " ms");
    }

    private static GuardedFetcher fetcher(long maxBytes) {
        return new GuardedFetcher(trustingTheTestServer(), maxBytes, Duration.ofSeconds(5), 3);
    }

    /** only 127.0.0.1 on the test server's own port is let through */
    private static UrlGuard trustingTheTestServer() {
        return new UrlGuard(Set.of("127.0.0.1:" + port));
    }

    private static String base() {
        return "http://127.0.0.1:" + port;
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private static void answer(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
