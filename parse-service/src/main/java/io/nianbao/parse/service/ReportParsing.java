package io.nianbao.parse.service;

import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.nianbao.contracts.event.RawReportReceived;
import io.nianbao.contracts.event.ReportParsed;
import io.nianbao.contracts.event.ReportSource;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.parse.config.ParseConfig;
import io.nianbao.parser.ReportParser;
import io.nianbao.parser.ReportWithText;

/**
 * Parses one raw report within the time limit and fills organization/year from the pusher's hints
 * where the document itself said nothing. Whatever the document is, the result is a report: a
 * document the parser cannot read, or one that takes too long, gives MISSING tables and a note.
 */
@ApplicationScoped
public class ReportParsing {
    private static final Logger LOG = Logger.getLogger(ReportParsing.class);
    private static final int BUSY_RETRIES = 5;
    private static final long BUSY_BACKOFF_MILLIS = 1000;

    private final ReportParser parser;
    /** the parser without OCR, for a document whose picture tables took too long to read; null without OCR */
    private final ReportParser withoutOcr;
    private final ParseConfig config;
    private final ParseRunner runner;

    /** without OCR: picture tables stay IMAGE_ONLY */
    public ReportParsing(ParseConfig config) {
        this(config, null);
    }

    @jakarta.inject.Inject
    public ReportParsing(ParseConfig config, OcrSupport ocr) {
        this(config, ocr != null && ocr.available() ? new ReportParser(ocr.reader()) : new ReportParser(),
                ocr != null && ocr.available() ? new ReportParser() : null);
    }

    /** with the given parsers; withoutOcr null when the first one reads no pictures either */
    ReportParsing(ParseConfig config, ReportParser parser, ReportParser withoutOcr) {
        this.config = config;
        this.runner = new ParseRunner(config.maxThreads());
        this.parser = parser;
        this.withoutOcr = withoutOcr;
    }

    public ReportParsed parse(String reportId, RawReportReceived raw) {
        ReportSource source = raw.source();
        byte[] content = raw.content();
        String fileName = source == null ? null : source.fileName();
        String contentType = source == null ? null : source.contentType();
        // pictures that came with an HTML page: the parser finds them by the file names its <img>s use
        Map<String, byte[]> attachments = raw.attachmentsByName();
        ParseRunner.Outcome<ReportWithText> outcome =
                runWhenAThreadIsFree(() -> parser.parseWithText(content, fileName, contentType, attachments));
        if (outcome.timedOut() && withoutOcr != null) {
            // reading picture tables is slow: rather the report without them than none
            LOG.warnf("report %s: parsing with OCR stopped after %s, parsing again without OCR", reportId, config.timeout());
            outcome = runWhenAThreadIsFree(() -> withNote(withoutOcr.parseWithText(content, fileName, contentType, attachments)));
        }
        ParsedReport report;
        String text = null;
        if (outcome.succeeded() && outcome.value() != null) {
            report = outcome.value().report();
            // the evidence offsets point into this text; nothing read, nothing to point at
            text = outcome.value().text() == null || outcome.value().text().isEmpty() ? null : outcome.value().text();
        } else if (outcome.timedOut()) {
            LOG.warnf("report %s: parsing stopped after %s", reportId, config.timeout());
            report = new ParsedReport();
            report.notes.add("解析超时（超过 " + config.timeout().toSeconds() + " 秒），已停止解析，表格未能读取。");
        } else {
            LOG.warnf(outcome.failure(), "report %s: the parser failed", reportId);
            report = new ParsedReport();
            report.notes.add("文档无法解析：" + (outcome.failure() == null ? "解析器未返回结果" : outcome.failure().getClass().getSimpleName()));
        }
        applyHints(report, source);
        return new ReportParsed(source, report, outcome.micros(), text);
    }

    /**
     * Waits a little for a parser thread when all are still stuck on earlier documents; if none frees
     * up, the busy exception nacks the record, which then goes to the dead-letter topic as a technical
     * failure (the document itself may be fine: it can be pushed again).
     */
    private ParseRunner.Outcome<ReportWithText> runWhenAThreadIsFree(java.util.concurrent.Callable<ReportWithText> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return runner.run(work, config.timeout());
            } catch (ParseRunner.ParserBusyException e) {
                if (attempt >= BUSY_RETRIES) {
                    throw e;
                }
                LOG.warnf("all parser threads busy, retry %d of %d", attempt, BUSY_RETRIES - 1);
                try {
                    Thread.sleep(BUSY_BACKOFF_MILLIS * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static ReportWithText withNote(ReportWithText read) {
        read.report().notes.add("表格图片识别（OCR）超时，图片中的表格未能读取。");
        return read;
    }

    /** the document's own statement wins; a hint only fills a gap, and says so */
    static void applyHints(ParsedReport report, ReportSource source) {
        if (source == null) {
            return;
        }
        if (isBlank(report.organization) && !isBlank(source.organizationHint())) {
            report.organization = source.organizationHint().trim();
            report.notes.add("报告中未找到发布机关，采用推送时提供的机构名称。");
        }
        if (report.year == null && source.yearHint() != null) {
            report.year = source.yearHint();
            report.notes.add("报告中未找到统计年度，采用推送时提供的年度。");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @PreDestroy
    void close() {
        runner.close();
    }
}
