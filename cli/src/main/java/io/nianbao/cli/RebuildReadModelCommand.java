package io.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import io.nianbao.contracts.JsonCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Asks a running query-service to drop its read model and rebuild it by replaying the topics from the beginning
 * ({@code POST /api/admin/rebuild-read-model}); with {@code --wait}, follows the replay until the number of
 * reports stops growing.
 */
@Command(name = "rebuild-read-model",
        description = "Drop query-service's read model and rebuild it by replaying reports.raw/parsed/validated (they keep every record).")
public class RebuildReadModelCommand implements Callable<Integer> {

    @Option(names = "--url", defaultValue = "${env:NIANBAO_QUERY_URL:-http://localhost:8080}",
            description = "query-service base URL (default: ${DEFAULT-VALUE})")
    String url;

    @Option(names = "--token", defaultValue = "${env:NIANBAO_TOKEN}", description = "write token (default: $NIANBAO_TOKEN)")
    String token;

    @Option(names = "--wait", description = "wait until the replay has caught up (the report count is stable for 10 s)")
    boolean await;

    @Spec
    CommandSpec spec;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (token == null || token.isBlank()) {
            throw new ParameterException(spec.commandLine(), "no write token: set NIANBAO_TOKEN (printed by `./nianbao up`) or pass --token");
        }
        String base = url.replaceAll("/+$", "");
        HttpResponse<String> answer;
        try {
            answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/rebuild-read-model"))
                    .timeout(Duration.ofMinutes(2)).header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException e) {
            spec.commandLine().getErr().println("nianbao: query-service is not reachable at " + base);
            return 1;
        }
        if (answer.statusCode() != 202) {
            spec.commandLine().getErr().println("nianbao: the rebuild was refused: " + answer.statusCode() + " " + answer.body());
            return 1;
        }
        JsonNode result = JsonCodec.mapper().readTree(answer.body());
        out.println("read model emptied (" + result.path("tablesEmptied") + "); replaying " + result.path("partitionsReplayed"));
        out.flush();
        if (!await) {
            out.println("the replay runs in the background: follow it with  curl '" + base + "/api/reports?size=1'  (total)");
            return 0;
        }
        long last = -1;
        long stableSince = System.nanoTime();
        while (System.nanoTime() - stableSince < 10_000_000_000L) {
            Thread.sleep(1000);
            long total = total(base);
            if (total != last) {
                last = total;
                stableSince = System.nanoTime();
                out.println("  reports in the read model: " + total);
                out.flush();
            }
        }
        out.println("replay caught up: " + last + " reports");
        return 0;
    }

    private long total(String base) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/reports?size=1"))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 ? JsonCodec.mapper().readTree(r.body()).path("total").asLong() : -1;
    }
}
