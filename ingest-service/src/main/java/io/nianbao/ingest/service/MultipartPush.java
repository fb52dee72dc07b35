package io.nianbao.ingest.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.nianbao.ingest.rest.Problem;

/**
 * The files of one multipart push. Documents are taken in one by one as before; pictures (PNG, JPEG, GIF, BMP,
 * TIFF, WebP by their bytes) are not reports: each goes with every HTML page of the same request whose
 * {@code <img>} refers to it by base name, in the page's record on reports.raw. Every file gets its own answer,
 * in the order sent: a picture ATTACHED to (the first of) its pages, or REJECTED with the reason. A picture can
 * never cost a page: a picture that cannot go with it is answered on its own, and the page says so in its notes.
 */
@ApplicationScoped
public class MultipartPush {

    /** one uploaded file part as the HTTP layer stored it */
    public record Part(String fileName, String declaredType, long size, Path file) {
    }

    /** the answers, in the order of the parts, and the Retry-After of a 503 among them */
    public record Outcome(List<IngestResult> results, Integer retryAfterSeconds) {
    }

    private final IngestService ingest;
    private final BatchRejections rejections;

    public MultipartPush(IngestService ingest, BatchRejections rejections) {
        this.ingest = ingest;
        this.rejections = rejections;
    }

    public Outcome push(List<Part> parts, SourceHints hints) {
        IngestResult[] results = new IngestResult[parts.size()];
        byte[][] contents = new byte[parts.size()][];
        Integer retryAfter = null;
        Map<String, Picture> picturesByName = new LinkedHashMap<>();
        Map<String, Integer> pictureIndex = new LinkedHashMap<>();
        List<Integer> documents = new ArrayList<>();
        List<Integer> sameName = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            try {
                ingest.checkSize(part.size());
                contents[i] = read(part.file());
            } catch (IngestException e) {
                results[i] = reject(part, hints, e.problem());
                continue;
            }
            PictureKind kind = PictureKind.sniff(contents[i]);
            if (kind == null) {
                documents.add(i);
                continue;
            }
            String name = PageBundles.baseName(part.fileName());
            if (name.isBlank()) {
                results[i] = reject(part, hints, IngestException.badRequest(
                        "图片缺少文件名：页面按 <img src> 中的文件名找到图片，请为图片部分提供文件名。").problem());
            } else if (picturesByName.containsKey(name)) {
                sameName.add(i);
                results[i] = reject(part, hints, IngestException.badRequest("同一请求中有两张名为 " + name
                        + " 的图片，页面按文件名引用图片，无法区分；已采用前一张，这一张未附带。").problem());
            } else {
                picturesByName.put(name, new Picture(name, kind, contents[i]));
                pictureIndex.put(name, i);
            }
        }

        Map<String, Integer> firstPageOf = new LinkedHashMap<>();
        for (int i : documents) {
            Part part = parts.get(i);
            List<Picture> pictures = PageBundles.referencedBy(contents[i], part.fileName(), part.declaredType(),
                    picturesByName);
            PushedDocument document = new PushedDocument(contents[i], part.fileName(), part.declaredType(), hints, pictures);
            try {
                IngestResult result = ingest.ingest(document);
                results[i] = pictures.isEmpty() ? result
                        : result.withAttachments(pictures.stream().map(Picture::fileName).toList());
            } catch (IngestException e) {
                results[i] = reject(part, hints, e.problem());
                retryAfter = e.retryAfterSeconds() != null ? e.retryAfterSeconds() : retryAfter;
            }
            for (Picture picture : pictures) {
                firstPageOf.merge(picture.fileName(), i, (earlier, later) -> results[earlier].isIn() ? earlier : later);
            }
            contents[i] = null; // the page is in Kafka or refused: let its bytes go
        }

        for (Map.Entry<String, Integer> e : pictureIndex.entrySet()) {
            int i = e.getValue();
            Part part = parts.get(i);
            Integer page = firstPageOf.get(e.getKey());
            if (page == null) {
                results[i] = reject(part, hints, documents.isEmpty()
                        ? IngestException.unsupported("图片 " + e.getKey() + " 不是报告文档：表格图片须与引用它的 HTML 页面"
                                + "在同一个请求中提交（页面与图片各为一个 file 部分），本请求中没有页面。").problem()
                        : IngestException.badRequest("图片 " + e.getKey() + " 未被同一请求中的任何 HTML 页面引用"
                                + "（页面的 <img src> 按文件名匹配图片），未附带。").problem());
            } else if (results[page].isIn()) {
                results[i] = IngestResult.attached(part.fileName(), results[page].reportId());
            } else {
                // the page's refusal is what a batch records; its pictures only say why they went nowhere
                Problem pageProblem = results[page].problem();
                results[i] = IngestResult.rejected(part.fileName(), Problem.of(pageProblem.status(), "page-rejected",
                        pageProblem.title(), "图片 " + e.getKey() + " 所属的页面 " + parts.get(page).fileName()
                                + " 未被接收：" + pageProblem.detail()));
            }
        }
        notePicturesLeftOut(parts, results, pictureIndex, sameName, documents);
        return new Outcome(List.of(results), retryAfter);
    }

    /** a page whose picture came twice under one name: the page went on with the first one, and says so */
    private static void notePicturesLeftOut(List<Part> parts, IngestResult[] results, Map<String, Integer> pictureIndex,
            List<Integer> sameName, List<Integer> documents) {
        for (int i : sameName) {
            String name = PageBundles.baseName(parts.get(i).fileName());
            for (int page : documents) {
                if (results[page].attachments().contains(name)) {
                    results[page] = results[page].withNotes(List.of("请求中有两张名为 " + name + " 的图片，页面附带了前一张（第 "
                            + (pictureIndex.get(name) + 1) + " 个文件），第 " + (i + 1) + " 个文件未附带。"));
                }
            }
        }
    }

    private IngestResult reject(Part part, SourceHints hints, Problem problem) {
        rejections.record(part.fileName(), part.declaredType(), part.size(), hints, problem);
        return IngestResult.rejected(part.fileName(), problem);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException("uploaded file unreadable", e);
        }
    }
}
