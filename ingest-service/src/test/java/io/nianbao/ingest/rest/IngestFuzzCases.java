package io.nianbao.ingest.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.nianbao.testsupport.Corpus;

/**
 * Broken, hostile and random pushes for the ingest API, made from the corpus documents (kept in memory, never
 * written anywhere). Case {@code i} depends only on the seed and {@code i}, so a failing case can be replayed alone.
 */
final class IngestFuzzCases {

    enum Kind {
        TRUNCATED, MUTATED, SPLICED, BINARY_JUNK, NESTED_TAGS, HUGE_NUMBERS, INVALID_UTF8, ZIP_JUNK, PDF_JUNK,
        TRUNCATED_HTML, BROKEN_DOCX, SMALL_DOCX_BOMB, ODD_DECLARED_TYPE, ODD_PARAMETERS, EMPTY, MULTIPART
    }

    /** one multipart part */
    record Part(String fileName, String contentType, byte[] content) {}

    /** one request: a single body, or (when {@code parts} is not null) multipart files */
    record Case(int index, Kind kind, byte[] body, String contentType, String query, List<Part> parts) {
        boolean multipart() {
            return parts != null;
        }

        String describe() {
            int size = multipart() ? parts.stream().mapToInt(p -> p.content().length).sum() : body.length;
            String partList = multipart() ? " in parts " + parts.stream().map(p -> "[" + p.fileName().replace("\r\n", "\\r\\n")
                    + " | " + p.contentType() + " | " + p.content().length + "]").toList() : "";
            return "case " + index + " " + kind + " (" + size + " bytes" + partList + ", Content-Type " + contentType
                    + ", query '" + (query.length() > 80 ? query.substring(0, 80) + "…" : query) + "')";
        }
    }

    private static final String[] DECLARED_TYPES = {
        "text/plain", "text/plain; charset=UTF-8", "text/plain; charset=GBK", "text/plain; charset=nonsense",
        "text/html", "application/pdf", "application/octet-stream",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "image/png", "application/json",
        "multipart/form-data", "text/plain; charset=\"", "*/*", "x/y; a=b; c", "application/x-www-form-urlencoded"
    };

    private final long seed;
    private final List<byte[]> documents;
    private final List<byte[]> htmlDocuments;
    private final List<byte[]> docxDocuments;

    private IngestFuzzCases(long seed, List<byte[]> documents, List<byte[]> html, List<byte[]> docx) {
        this.seed = seed;
        this.documents = documents;
        this.htmlDocuments = html;
        this.docxDocuments = docx;
    }

    /** the seed and synthetic documents of the shared corpus as bases */
    static IngestFuzzCases fromCorpus(long seed) {
        List<byte[]> all = new ArrayList<>();
        List<byte[]> html = new ArrayList<>();
        List<byte[]> docx = new ArrayList<>();
        for (Path folder : List.of(Corpus.seeds(), Corpus.synthetic())) {
            for (Path p : Corpus.documents(folder)) {
                byte[] bytes = read(p);
                all.add(bytes);
                String name = p.getFileName().toString();
                if (name.endsWith(".html") || name.endsWith(".htm")) {
                    html.add(bytes);
                } else if (name.endsWith(".docx")) {
                    docx.add(bytes);
                }
            }
        }
        if (all.isEmpty() || html.isEmpty() || docx.isEmpty()) {
            throw new IllegalStateException("the corpus lacks text, HTML or DOCX documents");
        }
        return new IngestFuzzCases(seed, all, html, docx);
    }

    Case get(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        Kind kind = Kind.values()[index % Kind.values().length];
        return switch (kind) {
            case TRUNCATED -> body(index, kind, truncate(any(random), random), declared(random), random);
            case MUTATED -> body(index, kind, flipBytes(any(random), random, 1 + random.nextInt(64)), declared(random), random);
            case SPLICED -> body(index, kind, splice(any(random), any(random), random), declared(random), random);
            case BINARY_JUNK -> body(index, kind, randomBytes(random, 1 + random.nextInt(8000)), declared(random), random);
            case NESTED_TAGS -> body(index, kind, nestedTags(random), "text/html", random);
            case HUGE_NUMBERS -> body(index, kind, hugeNumbers(random), "text/plain; charset=UTF-8", random);
            case INVALID_UTF8 -> body(index, kind, invalidUtf8(random), "text/plain; charset=UTF-8", random);
            case ZIP_JUNK -> body(index, kind, zipJunk(random), declared(random), random);
            case PDF_JUNK -> body(index, kind, pdfJunk(random), "application/pdf", random);
            case TRUNCATED_HTML -> body(index, kind, truncatedHtml(random), "text/html", random);
            case BROKEN_DOCX -> body(index, kind, flipBytes(pick(docxDocuments, random), random, 1 + random.nextInt(16)),
                    DECLARED_TYPES[7], random);
            case SMALL_DOCX_BOMB -> body(index, kind, docxBomb(100_000 + random.nextInt(1_000_000), random.nextLong()),
                    DECLARED_TYPES[7], random);
            case ODD_DECLARED_TYPE -> new Case(index, kind, any(random), DECLARED_TYPES[random.nextInt(DECLARED_TYPES.length)]
                    + (random.nextBoolean() ? "" : "; boundary=" + random.nextInt()), oddQuery(random), null);
            case ODD_PARAMETERS -> new Case(index, kind, any(random), "text/plain", oddQuery(random), null);
            case EMPTY -> new Case(index, kind, new byte[0], declared(random), random.nextBoolean() ? "" : "sourceUrl=", null);
            case MULTIPART -> multipart(index, random);
        };
    }

    /**
     * A DOCX whose word/document.xml inflates to {@code inflatedBytes} of table rows from a few hundred bytes per
     * megabyte: a decompression bomb in the shape the parser expects. {@code salt} makes its bytes unique.
     */
    static byte[] docxBomb(long inflatedBytes, long salt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                    + "2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                    + "2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
                    + "main\"><w:body><!-- " + salt + " --><w:tbl>").getBytes(StandardCharsets.UTF_8));
            byte[] row = "<w:tr><w:tc><w:p><w:r><w:t>9999999999</w:t></w:r></w:p></w:tc></w:tr>".getBytes(StandardCharsets.UTF_8);
            byte[] block = new byte[row.length * 1024];
            for (int i = 0; i < 1024; i++) {
                System.arraycopy(row, 0, block, i * row.length, row.length);
            }
            for (long written = 0; written < inflatedBytes; written += block.length) {
                zip.write(block);
            }
            zip.write("</w:tbl></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private Case body(int index, Kind kind, byte[] body, String contentType, Random random) {
        // now and then the pusher's hints too, valid ones: the body is what is being fuzzed here
        String query = random.nextInt(4) == 0 ? "fileName=" + enc("报告" + index + ".txt") + "&year=2020&organization="
                + enc("某某市人民政府") : "";
        return new Case(index, kind, body, contentType, query, null);
    }

    private Case multipart(int index, Random random) {
        // up to 22 files: above the limit of 20 the whole request must be refused with 413
        int files = random.nextInt(10) == 0 ? 21 + random.nextInt(2) : 1 + random.nextInt(4);
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            // any kind but MULTIPART (the last one), so that parts do not nest
            Case inner = get(random.nextInt(100_000) * Kind.values().length + random.nextInt(Kind.MULTIPART.ordinal()));
            byte[] content = inner.body();
            String name = random.nextInt(5) == 0 ? "名称\"; filename=\"x\r\n.txt" : "f" + i + ".bin";
            parts.add(new Part(name, DECLARED_TYPES[random.nextInt(DECLARED_TYPES.length)], content));
        }
        return new Case(index, Kind.MULTIPART, null, "multipart/form-data", random.nextBoolean() ? "" : "batchId=fuzz", parts);
    }

    private byte[] any(Random random) {
        return pick(documents, random);
    }

    private static byte[] pick(List<byte[]> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    private static String declared(Random random) {
        return DECLARED_TYPES[random.nextInt(DECLARED_TYPES.length)];
    }

    private static String oddQuery(Random random) {
        String[] options = {
            "year=" + enc("二〇二〇"), "year=-1", "year=99999999999999999999", "year=2020.5", "year=1989", "year=2101",
            "year=%20", "organization=" + enc("\u0000\u0007<script>alert(1)</script>"), "organization=" + enc("机".repeat(300)),
            "fileName=" + enc("../../etc/passwd"), "fileName=" + enc("报告\r\n.txt"), "batchId=" + "b".repeat(1000), "batchId=" + "b".repeat(9000),
            "sourceUrl=" + enc("http://127.0.0.1:1/"), "sourceUrl=" + enc("not a url"), "year=2020&year=2021",
            "unknown=1", "organization=%E4%B8", ""
        };
        return options[random.nextInt(options.length)];
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static byte[] truncate(byte[] base, Random random) {
        return Arrays.copyOf(base, random.nextInt(base.length + 1)); // maybe mid-character, maybe empty
    }

    private static byte[] flipBytes(byte[] base, Random random, int flips) {
        byte[] copy = base.clone();
        for (int i = 0; i < flips && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static byte[] splice(byte[] a, byte[] b, Random random) {
        int cutA = random.nextInt(a.length + 1);
        int cutB = random.nextInt(b.length + 1);
        byte[] out = Arrays.copyOf(a, cutA + b.length - cutB);
        System.arraycopy(b, cutB, out, cutA, b.length - cutB);
        return out;
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static byte[] nestedTags(Random random) {
        // mostly a few thousand levels; one case in fifty goes to 200,000
        int depth = random.nextInt(50) == 0 ? 200_000 : 1 + random.nextInt(5000);
        String tag = random.nextBoolean() ? "div" : "table><tr><td";
        return ("<html><body>" + ("<" + tag + ">").repeat(depth) + "表1 主动公开" + "</div>".repeat(depth / 2))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hugeNumbers(Random random) {
        String number = random.nextBoolean() ? "9".repeat(1 + random.nextInt(400)) : "1e" + random.nextInt(Integer.MAX_VALUE);
        return ("XX市人民政府2020年政府信息公开工作年度报告\n一、总体情况\n本年收到申请 " + number + " 件\n"
                + "四、政府信息公开申请办理情况\n一、本年新收政府信息公开申请数量\t" + number + "\t" + "-" + number + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] invalidUtf8(Random random) {
        byte[] b = new byte[1 + random.nextInt(3000)];
        for (int i = 0; i < b.length; i++) {
            // lone continuation bytes, overlong lead bytes and the never-valid F5..FF
            b[i] = switch (random.nextInt(3)) {
                case 0 -> (byte) (0x80 + random.nextInt(0x40));
                case 1 -> (byte) (0xC0 + random.nextInt(2));
                default -> (byte) (0xF5 + random.nextInt(11));
            };
        }
        return b;
    }

    private static byte[] zipJunk(Random random) {
        byte[] b = randomBytes(random, 200 + random.nextInt(2000));
        b[0] = 'P';
        b[1] = 'K';
        b[2] = 3;
        b[3] = 4;
        if (random.nextBoolean()) {
            byte[] name = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(name, 0, b, 30, name.length);
        }
        return b;
    }

    private static byte[] pdfJunk(Random random) {
        return ("%PDF-1." + random.nextInt(8) + "\n" + new String(randomBytes(random, random.nextInt(3000)), StandardCharsets.ISO_8859_1)
                + (random.nextBoolean() ? "\n%%EOF" : "")).getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] truncatedHtml(Random random) {
        byte[] base = pick(htmlDocuments, random);
        byte[] cut = truncate(base, random);
        return (new String(cut, StandardCharsets.UTF_8) + "<table><tr><td>" + random.nextInt()).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
