package io.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.nianbao.contracts.ReportIds;

/**
 * push against a small real HTTP server that behaves like ingest-service's contract (interfaces.md): 202 for new
 * bytes, 200 for bytes seen before, 415 for a type it does not take, 401 without the token, and a 503 first
 * for one document, to exercise the retry.
 */
class PushCommandTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final List<String> contentTypes = new CopyOnWriteArrayList<>();
    private final AtomicInteger unavailableLeft = new AtomicInteger(1);
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final List<List<String>> multipartNames = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/api/reports", this::ingest);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void ingest(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        contentTypes.add(type);
        queries.add(String.valueOf(exchange.getRequestURI().getRawQuery()));
        if (type.startsWith("multipart/form-data")) {
            // the page with its pictures: what ingest answers (207, the page first, its pictures ATTACHED)
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("filename=\"([^\"]*)\"")
                    .matcher(new String(body, StandardCharsets.UTF_8));
            List<String> names = new java.util.ArrayList<>();
            while (m.find()) {
                names.add(m.group(1));
            }
            multipartNames.add(names);
            // the same files make the same report, whatever boundary the request was built with
            String boundary = type.substring(type.indexOf("boundary=") + 9);
            String id = ReportIds.of(new String(body, StandardCharsets.ISO_8859_1).replace(boundary, "")
                    .getBytes(StandardCharsets.ISO_8859_1));
            StringBuilder results = new StringBuilder("{\"results\":[{\"fileName\":\"" + names.get(0) + "\",\"reportId\":\""
                    + id + "\",\"status\":\"" + (seen.add(id) ? "ACCEPTED" : "DUPLICATE") + "\"}");
            for (String picture : names.subList(1, names.size())) {
                results.append(",{\"fileName\":\"").append(picture).append("\",\"reportId\":\"").append(id)
                        .append("\",\"status\":\"ATTACHED\"}");
            }
            answer(exchange, 207, results.append("]}").toString());
        } else if (!"Bearer t0ken".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "{\"title\":\"Unauthorized\",\"status\":401}");
        } else if (type.equals("application/octet-stream")) {
            answer(exchange, 415, "{\"title\":\"Unsupported Media Type\",\"status\":415,\"detail\":\"不支持的文件类型\"}");
        } else if (new String(body, StandardCharsets.UTF_8).contains("busy") && unavailableLeft.getAndDecrement() > 0) {
            answer(exchange, 503, "{\"title\":\"Service Unavailable\",\"status\":503}");
        } else {
            String id = ReportIds.of(body);
            answer(exchange, seen.add(id) ? 202 : 200, "{\"reportId\":\"" + id + "\",\"status\":\"RECEIVED\"}");
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    @Test
    void walksFoldersSkipsSideFilesRetries503AndCountsDuplicates() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("001.txt"), "报告一");
        Files.writeString(corpus.resolve("002.html"), "<p>busy 报告二</p>");
        Files.writeString(corpus.resolve("003.txt"), "报告一"); // the same bytes as 001
        Files.writeString(corpus.resolve("001.expected.json"), "{}");
        Files.writeString(corpus.resolve("MANIFEST.tsv"), "a\tb");
        Files.writeString(corpus.resolve("README.md"), "# corpus");

        CliRun run = CliRun.of("push", corpus.toString(), "--url", url(), "--token", "t0ken", "--concurrency", "1");

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("2 accepted, 1 duplicates, 0 rejected"), run.out());
        assertEquals(4, contentTypes.size(), "3 documents + 1 retry after 503: " + contentTypes);
        assertTrue(contentTypes.contains("text/html"), contentTypes.toString());
    }

    @Test
    void aRejectedDocumentIsListedWithItsReasonAndTheExitCodeIs1() throws Exception {
        Path odd = Files.writeString(dir.resolve("report.xyz"), "二进制");
        Path fine = Files.writeString(dir.resolve("fine.txt"), "报告");
        CliRun run = CliRun.of("push", odd.toString(), fine.toString(), "--url", url(), "--token", "t0ken");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("1 accepted, 0 duplicates, 1 rejected"), run.out());
        assertTrue(run.out().contains("report.xyz: 415 不支持的文件类型"), run.out());
    }

    @Test
    void withoutATokenNothingIsSentAndItIsAUsageError() throws Exception {
        Path fine = Files.writeString(dir.resolve("fine.txt"), "报告");
        CliRun run = CliRun.of("push", fine.toString(), "--url", url(), "--token", "");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("NIANBAO_TOKEN"), run.err());
        assertEquals(List.of(), contentTypes);
    }

    @Test
    void aServerThatIsNotThereIsReportedAfterTheRetries() throws Exception {
        Path fine = Files.writeString(dir.resolve("fine.txt"), "报告");
        String gone = url();
        server.stop(0);
        CliRun run = CliRun.of("push", fine.toString(), "--url", gone, "--token", "t0ken", "--retries", "2");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("cannot reach") && run.out().contains("after 2 attempts"), run.out());
    }

    @Test
    void everyDocumentOfAPushGoesUnderOneNewBatchWhichIsPrintedWithWhereToFollowIt() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "报告甲");
        Path b = Files.writeString(dir.resolve("b.txt"), "报告乙");
        CliRun first = CliRun.of("push", a.toString(), b.toString(), "--url", url(), "--token", "t0ken",
                "--query-url", "http://q.example:8080/");
        assertEquals(0, first.exitCode(), first.out() + first.err());
        assertEquals(2, queries.size());
        assertEquals(List.of("a.txt", "b.txt"), queries.stream().map(q -> q.replaceFirst("^.*&fileName=", "")).sorted().toList());
        List<String> batches = queries.stream().map(q -> q.replaceFirst("&fileName=.*$", "")).distinct().toList();
        assertEquals(1, batches.size(), "one batch for the whole push: " + queries);
        String batch = batches.get(0).replaceFirst("^batchId=", "");
        assertTrue(batch.matches("push-\\d{8}T\\d{6}Z-[0-9a-f]{6}"), batch);
        assertTrue(first.out().contains("batch " + batch + "  follow it: http://q.example:8080/api/batches/" + batch), first.out());

        CliRun second = CliRun.of("push", a.toString(), "--url", url(), "--token", "t0ken", "--batch", "my batch");
        assertEquals("batchId=my+batch&fileName=a.txt", queries.get(2));
        assertTrue(second.out().contains("batch my batch  follow it: http://localhost:8080/api/batches/my%20batch"), second.out());

    }

    @Test
    void anHtmlPageGoesInOneRequestWithThePicturesOfItsFolderItShows() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("report.html"), "<html><body><h1>年度报告</h1><img src=\"images/t1.png\">"
                + "<img data-src=\"/up/t2.png?v=1\" src=\"\"><img src=\"missing.png\"></body></html>");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3};
        Files.write(site.resolve("t1.png"), png);
        Files.write(site.resolve("t2.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 4});
        Files.write(site.resolve("stray.png"), png);
        Files.writeString(site.resolve("other.txt"), "报告丙");

        CliRun run = CliRun.of("push", site.toString(), "--url", url(), "--token", "t0ken", "--concurrency", "1");

        assertEquals(List.of(List.of("report.html", "t1.png", "t2.png")), multipartNames);
        // the page and other.txt are documents; stray.png, shown by no page, is sent alone and refused
        assertTrue(run.out().contains("2 accepted, 0 duplicates, 1 rejected"), run.out());
        assertTrue(run.out().contains("stray.png: 415"), run.out());
        assertEquals(1, run.exitCode());
        assertTrue(queries.stream().anyMatch(q -> q.startsWith("batchId=") && !q.contains("fileName")), queries.toString());

        // the page file on its own still takes the pictures beside it along: the same bundle again, a duplicate
        CliRun again = CliRun.of("push", site.resolve("report.html").toString(), "--url", url(), "--token", "t0ken");
        assertTrue(again.out().contains("0 accepted, 1 duplicates, 0 rejected"), again.out());
        assertEquals(2, multipartNames.size());
    }

    @Test
    void backoffGrowsAndIsCapped() {
        assertEquals(500, PushCommand.backoffMillis(1));
        assertEquals(1000, PushCommand.backoffMillis(2));
        assertEquals(8000, PushCommand.backoffMillis(5));
        assertEquals(8000, PushCommand.backoffMillis(20));
    }
}
