package io.nianbao.e2e;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** The query service's list of reports, read page by page through its API. */
final class ReadModel {
    private static final int PAGE_SIZE = 500;

    private final String reportsUrl;

    ReadModel(String queryUrl) {
        this.reportsUrl = queryUrl + "/api/reports";
    }

    /** {@code total} of {@code GET /api/reports?status=…}, or -1 when the service does not answer 200 */
    long total(String status) throws InterruptedException {
        try {
            HttpResponse<String> r = Http.get(reportsUrl + "?size=1" + (status == null ? "" : "&status=" + status));
            return r.statusCode() == 200 ? Http.json(r.body()).path("total").asLong() : -1;
        } catch (java.io.IOException e) {
            return -1; // restarting
        }
    }

    /** every report in the list, page after page: reportId and status of each item, in listing order */
    List<String[]> all() throws Exception {
        List<String[]> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> r = Http.get(reportsUrl + "?size=" + PAGE_SIZE + "&page=" + page);
            if (r.statusCode() != 200) {
                throw new AssertionError("GET /api/reports page " + page + ": " + r.statusCode() + " " + r.body());
            }
            JsonNode body = Http.json(r.body());
            for (JsonNode item : body.path("items")) {
                items.add(new String[] {item.path("reportId").asText(), item.path("status").asText()});
            }
            if (body.path("items").size() < PAGE_SIZE) {
                return items;
            }
        }
    }

    /** What the read model holds: rows per reportId, and the reports not VALIDATED ("id=STATUS"). */
    record Census(int rows, Map<String, Integer> copies, Set<String> notValidated) {

        /** the reports of {@code accepted} that are not in the read model */
        Set<String> missing(Collection<String> accepted) {
            Set<String> missing = new HashSet<>(accepted);
            missing.removeAll(copies.keySet());
            return missing;
        }

        long duplicated() {
            return copies.values().stream().filter(c -> c > 1).count();
        }
    }

    Census census() throws Exception {
        List<String[]> items = all();
        Map<String, Integer> copies = new HashMap<>();
        Set<String> notValidated = new HashSet<>();
        for (String[] item : items) {
            copies.merge(item[0], 1, Integer::sum);
            if (!"VALIDATED".equals(item[1])) {
                notValidated.add(item[0] + "=" + item[1]);
            }
        }
        return new Census(items.size(), copies, notValidated);
    }
}
