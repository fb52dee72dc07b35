package io.nianbao.ingest.service;

import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.ReportIds;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.RawAttachment;
import io.nianbao.contracts.event.RawReportReceived;
import io.nianbao.contracts.event.ReportSource;
import io.nianbao.ingest.config.IngestConfig;
import io.nianbao.ingest.messaging.PublishFailedException;
import io.nianbao.ingest.messaging.RawReportPublisher;
import io.nianbao.ingest.repository.IngestedReportRepository;

/**
 * Takes one document in: checks size and kind, answers DUPLICATE for bytes already ingested, else
 * publishes it to reports.raw and records its reportId once Kafka acknowledged it. An HTML page may bring its
 * pictures: they travel in the same record, and the page with them has a reportId of its own
 * ({@link ReportIds#ofPageWithPictures}).
 */
@ApplicationScoped
public class IngestService {
    private static final Logger LOG = Logger.getLogger(IngestService.class);

    private final IngestConfig config;
    private final ContentSniffer sniffer;
    private final IngestedReportRepository repository;
    private final RawReportPublisher publisher;
    /** one push at a time per reportId in this process, so two concurrent pushes of the same bytes publish once */
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    public IngestService(IngestConfig config, ContentSniffer sniffer, IngestedReportRepository repository,
            RawReportPublisher publisher) {
        this.config = config;
        this.sniffer = sniffer;
        this.repository = repository;
        this.publisher = publisher;
    }

    public void checkSize(long size) {
        if (size > config.maxDocumentBytes()) {
            throw IngestException.tooLarge(String.format(Locale.ROOT, "文档大小 %,d 字节，超过上限 %,d 字节。", size,
                    config.maxDocumentBytes()));
        }
    }

    /** the page and its pictures together must fit the document limit: they travel in one record */
    public void checkBundleSize(PushedDocument document) {
        if (document.pictures().isEmpty()) {
            checkSize(document.content().length);
            return;
        }
        if (document.totalBytes() > config.maxDocumentBytes()) {
            throw IngestException.tooLarge(String.format(Locale.ROOT,
                    "页面连同其引用的 %d 张图片共 %,d 字节，超过上限 %,d 字节（页面与图片合计计算）。请压缩图片或分开提交。",
                    document.pictures().size(), document.totalBytes(), config.maxDocumentBytes()));
        }
    }

    /** @throws IngestException when the document is refused (400, 413, 415, 503) */
    public IngestResult ingest(PushedDocument document) {
        byte[] content = document.content();
        if (content == null || content.length == 0) {
            throw IngestException.badRequest("请求中没有文档内容：请在请求体中提交文档，或提供 sourceUrl。");
        }
        checkBundleSize(document);
        PictureKind picture = PictureKind.sniff(content);
        if (picture != null) {
            throw IngestException.unsupported("不支持的文件格式：" + picture.description()
                    + "。图片不是报告文档：表格图片请与引用它的 HTML 页面放在同一个 multipart 请求中提交（多个 file 部分）。");
        }
        ContentSniffer.Detection detection = sniffer.detect(content, document.fileName(), document.declaredType());
        if (!detection.supported()) {
            throw IngestException.unsupported("不支持的文件格式：" + detection.description()
                    + "。支持的格式：纯文本（任意编码）、HTML、PDF、Word (.docx)。");
        }
        String sha256 = ReportIds.sha256(content);
        String reportId = ReportIds.ofPageWithPictures(sha256, pictureHashes(document));
        Object lock = locks.computeIfAbsent(reportId, id -> new Object());
        try {
            synchronized (lock) {
                if (alreadyIngested(reportId)) {
                    return IngestResult.duplicate(document.fileName(), reportId);
                }
                publishAndRecord(document, detection, sha256, reportId);
                return IngestResult.accepted(document.fileName(), reportId);
            }
        } finally {
            locks.remove(reportId, lock);
        }
    }

    private static Map<String, String> pictureHashes(PushedDocument document) {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Picture picture : document.pictures()) {
            hashes.put(picture.fileName(), ReportIds.sha256(picture.content()));
        }
        return hashes;
    }

    private boolean alreadyIngested(String reportId) {
        try {
            return repository.exists(reportId);
        } catch (SQLException e) {
            throw IngestException.unavailable("数据库暂时不可用，请稍后重试。", config.publish().retryAfterSeconds(), e);
        }
    }

    private void publishAndRecord(PushedDocument document, ContentSniffer.Detection detection, String sha256,
            String reportId) {
        SourceHints hints = document.hints();
        ReportSource source = new ReportSource(document.fileName(), contentTypeOf(document, detection),
                document.content().length, sha256, hints.sourceUrl(), hints.organization(), hints.year(),
                Instant.now(), hints.batchId());
        EventEnvelope<RawReportReceived> event = EventEnvelope.of(reportId, EventTypes.RAW_REPORT_RECEIVED,
                RawReportReceived.of(source, document.content(), attachmentsOf(document)));
        RecordMetadata stored;
        try {
            stored = publisher.publish(reportId, JsonCodec.write(event));
        } catch (PublishFailedException e) {
            if (e.tooLarge()) {
                throw new IngestException(IngestException.tooLarge("文档过大，消息队列无法接收。").problem(), null, e);
            }
            throw IngestException.unavailable("消息队列暂时无法接收文档，报告未保存，请稍后重试。",
                    config.publish().retryAfterSeconds(), e);
        }
        try {
            repository.record(reportId, event.eventId(), source, stored.partition(), stored.offset());
        } catch (SQLException e) {
            // the record is durably in Kafka, so the push did succeed; a later re-push of the same bytes
            // would publish again, which downstream consumers absorb (they are idempotent by reportId)
            LOG.warnf(e, "report %s is in Kafka but could not be recorded as ingested", reportId);
        }
    }

    private static List<RawAttachment> attachmentsOf(PushedDocument document) {
        return document.pictures().stream()
                .map(p -> RawAttachment.of(p.fileName(), p.kind().mediaType(), p.content())).toList();
    }

    /**
     * The detected media type; for text the declared one when it is textual too, since its charset
     * parameter helps the parser.
     */
    private static String contentTypeOf(PushedDocument document, ContentSniffer.Detection detection) {
        String declared = document.declaredType();
        boolean textual = detection.kind() == DocumentKind.TEXT || detection.kind() == DocumentKind.HTML;
        if (textual && declared != null && declared.toLowerCase(Locale.ROOT).startsWith("text/")) {
            return declared;
        }
        return detection.kind().mediaType();
    }
}
