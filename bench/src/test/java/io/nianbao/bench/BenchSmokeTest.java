package io.nianbao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One short iteration on two documents per corpus folder: the benchmark runs end to end and writes valid JSON. */
class BenchSmokeTest {

    @Test
    void oneIterationOnTwoFilesWritesResults(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("results").resolve("latest.json");
        BenchConfig config = BenchConfig.parse("--warmup", "0", "--iterations", "1", "--slice-ms", "0", "--global-warmup-ms", "1",
                "--limit", "2", "--sizes", "1,4", "--out", out.toString(),
                "--ocr-seeds", "none"); // the OCR part has its own test (OcrBenchTest): tesseract takes seconds per picture

        BenchMain.Results results = new BenchMain(config).run();
        results.write(out);

        JsonNode json = new ObjectMapper().readTree(Files.readString(out));
        assertTrue(json.at("/environment/availableProcessors").asInt() > 0);
        JsonNode seeds = group(json, "seeds");
        assertEquals(2, seeds.at("/workloads/0/documents").asInt());
        for (JsonNode workload : seeds.get("workloads")) {
            assertTrue(workload.at("/opsPerSecond/median").asDouble() > 0, workload.toString());
            assertEquals(1, workload.at("/opsPerSecond/samples").asInt());
        }
        assertTrue(seeds.at("/ratios/parser~1bare-jsoup/median").asDouble() > 0, seeds.toString());
        assertTrue(group(json, "rules").at("/workloads/0/opsPerSecond/median").asDouble() > 0);
        assertEquals(2, json.at("/growth/points").size());
        assertEquals(1, json.at("/growth/exponents").size());
        assertFalse(json.at("/phases/0/costliest").asText().isEmpty());
        assertTrue(json.at("/phases/0/fullParseMicros").asDouble() > 0);
        assertEquals("skipped (--ocr-seeds none)", json.at("/ocr/state").asText());

        String table = results.table();
        assertTrue(table.contains("parser/bare-jsoup"), table);
        assertTrue(table.contains("verdict"), table);
        assertTrue(table.contains("OCR: skipped"), table);
    }

    @Test
    void sizedDocumentsReachTheirTargetAndKeepTheTables() {
        String report = "标题\n" + "本机关全年主动公开政府信息共计一千二百条，其中规章和规范性文件若干件，各项工作依法依规有序推进，政务公开平台建设不断加强，公开质量持续提升。\n"
                + "第二条\t5\t3\n第三行\t1\n";
        byte[] small = SizedDocuments.ofSize(report, 20);
        assertTrue(small.length <= 20 && small.length >= 18, "truncated to " + small.length);
        byte[] large = SizedDocuments.ofSize(report, 10_000);
        String text = new String(large, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(large.length >= 10_000 && large.length < 10_400, "padded to " + large.length);
        assertTrue(text.endsWith("第二条\t5\t3\n第三行\t1\n"), "table lines kept at the end");
    }

    @Test
    void portalPageIsPaddedToTheTargetSize() {
        String html = "<html><head><meta charset=\"utf-8\"><title>年度报告</title></head><body><p>正文</p>"
                + "<table><tr><td>1</td></tr></table></body></html>";
        BenchDocument doc = new DocumentLoader().describe("r.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertNotNull(doc.charset());
        byte[] page = NoisyHtmlPage.build(doc, 60 * 1024);
        assertTrue(page.length >= 60 * 1024 && page.length < 61 * 1024, "page of " + page.length + " bytes");
        String text = new String(page, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("<table><tr><td>1</td></tr></table>"), "report markup kept");
        assertTrue(text.endsWith("</body></html>"));
    }

    private static JsonNode group(JsonNode json, String name) {
        for (JsonNode group : json.get("groups")) {
            if (group.get("name").asText().equals(name)) {
                return group;
            }
        }
        throw new AssertionError("no group " + name + " in " + json);
    }
}
