package io.nianbao.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.ReportIds;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.ReportParsed;
import io.nianbao.contracts.event.ReportSource;
import io.nianbao.contracts.event.ReportValidated;
import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.issue.RuleCode;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.ReviewLitigation;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.testsupport.Corpus;

/**
 * 50 generated bodies (the level each was made for is known here, independently of the classifier), each with a
 * report for every year 2019–2023 built from the Yantai seed with random figures (fixed seed), and a validation with
 * a known number of ERROR and WARNING issues.
 */
final class GeneratedBodies {
    static final int FIRST_YEAR = 2019;
    static final int LAST_YEAR = 2023;

    record Body(String name, String level, int index) {}

    record Report(Body body, int year, String reportId, ParsedReport parsed, List<Issue> issues, ReportSource source) {
        long newReceived() {
            return parsed.tables.applications.status == TableStatus.PRESENT ? parsed.tables.applications.newReceived.get(6) : -1;
        }

        boolean hasApplications() {
            return parsed.tables.applications.status == TableStatus.PRESENT;
        }

        long litigation() {
            ReviewLitigation t4 = parsed.tables.reviewLitigation;
            return t4.litigationDirect.get(4) + t4.litigationAfterReview.get(4);
        }

        String parsedEvent() {
            return JsonCodec.write(EventEnvelope.of(reportId, EventTypes.REPORT_PARSED, new ReportParsed(source, parsed, 900)));
        }

        String validatedEvent(long revision, List<Issue> issueList) {
            return JsonCodec.write(EventEnvelope.of(reportId, EventTypes.REPORT_VALIDATED, new ReportValidated(parsed.organization,
                    parsed.organization, year, parsed.template, revision, revision == 1 ? "parsed" : "test", issueList)));
        }
    }

    static final List<Body> BODIES = bodies();

    private GeneratedBodies() {}

    private static List<Body> bodies() {
        List<Body> out = new ArrayList<>();
        add(out, "PROVINCE", "山东省人民政府", "河南省人民政府", "江苏省人民政府", "浙江省人民政府", "广东省人民政府", "四川省人民政府",
                "湖北省人民政府办公厅", "湖南省人民政府", "广西壮族自治区人民政府", "内蒙古自治区人民政府", "重庆市人民政府");
        add(out, "CITY", "潍坊市人民政府", "临沂市人民政府", "济宁市人民政府", "洛阳市人民政府", "开封市人民政府", "苏州市人民政府",
                "无锡市政府", "宁波市人民政府", "温州市人民政府办公室", "绵阳市人民政府", "宜昌市", "延边朝鲜族自治州人民政府");
        add(out, "COUNTY", "莒县人民政府", "沂水县人民政府", "平邑县人民政府", "费县人民政府", "兰陵县人民政府", "郯城县人民政府",
                "郑州市金水区人民政府", "郑州市二七区人民政府", "郑州市中原区人民政府", "南京市鼓楼区人民政府", "南京市玄武区人民政府",
                "南京市秦淮区人民政府", "鄂温克族自治旗人民政府", "长阳土家族自治县人民政府");
        add(out, "DEPARTMENT", "潍坊市教育局", "潍坊市公安局", "临沂市财政局", "临沂市民政局", "济宁市卫生健康委员会",
                "济宁市自然资源和规划局", "洛阳市生态环境局", "开封市交通运输局", "苏州市市场监督管理局", "无锡市住房和城乡建设局",
                "宁波市人力资源和社会保障局", "温州市发展和改革委员会", "绵阳市司法局");
        if (out.size() != 50) {
            throw new IllegalStateException("50 bodies, not " + out.size());
        }
        return List.copyOf(out);
    }

    private static void add(List<Body> out, String level, String... names) {
        for (String n : names) {
            out.add(new Body(n, level, out.size()));
        }
    }

    static List<Report> reports() {
        ParsedReport template;
        try {
            template = JsonCodec.readReport(Files.readString(Corpus.expectedOf(Corpus.seed("000"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Random random = new Random(20231126L);
        List<Report> out = new ArrayList<>();
        for (Body body : BODIES) {
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                ParsedReport p = JsonCodec.readReport(JsonCodec.write(template));
                p.organization = body.name();
                p.year = year;
                p.title = body.name() + year + "年政府信息公开工作年度报告";
                p.narrative = new ArrayList<>();
                p.cells = new java.util.LinkedHashMap<>();
                // departments get figures from a small range, so that their ranks have ties
                int bound = body.level().equals("DEPARTMENT") ? 6 : body.level().equals("PROVINCE") ? 20_000 : 3_000;
                p.tables.applications.newReceived.set(6, (long) random.nextInt(bound));
                p.tables.reviewLitigation.litigationDirect.set(4, (long) random.nextInt(50));
                p.tables.reviewLitigation.litigationAfterReview.set(4, (long) random.nextInt(50));
                if (body.index() == 30 && year == LAST_YEAR) {
                    // a county whose 2023 Table 3 is an image: no value, so it is not among its peers (no data is not 0)
                    p.tables.applications = new io.nianbao.contracts.model.Applications(TableStatus.IMAGE_ONLY);
                }
                byte[] bytes = (body.name() + "/" + year).getBytes(StandardCharsets.UTF_8);
                String id = ReportIds.of(bytes);
                ReportSource source = new ReportSource(body.name() + "-" + year + ".txt", "text/plain; charset=UTF-8", bytes.length,
                        ReportIds.sha256(bytes), null, null, null, Instant.parse("2026-01-15T08:00:00Z"), "generated");
                out.add(new Report(body, year, id, p, issues(body.index(), year), source));
            }
        }
        return out;
    }

    /** body i has i % 3 ERRORs and (i / 3) % 3 WARNINGs each year, at distinct paths */
    static List<Issue> issues(int i, int year) {
        List<Issue> out = new ArrayList<>();
        String[] rows = {"newReceived", "carriedOver", "granted"};
        for (int e = 0; e < i % 3; e++) {
            out.add(Issue.of(RuleCode.A_T3_ROW_TOTAL, "applications." + rows[e] + "[6]", 10 + e, 11 + e,
                    "第三部分表格“" + rows[e] + "”行的总计与各列之和不一致（" + year + "）"));
        }
        String[] metrics = {"applications.granted.total", "applications.denied.total", "reviewLitigation.litigation.total"};
        for (int w = 0; w < (i / 3) % 3; w++) {
            out.add(Issue.of(RuleCode.N_MISMATCH, metrics[w], 5, 6, "正文所述数字与表格不一致"));
        }
        return out;
    }
}
