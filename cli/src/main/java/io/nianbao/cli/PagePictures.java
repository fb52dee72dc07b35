package io.nianbao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.nianbao.parser.read.DocumentFormat;
import io.nianbao.parser.read.DocumentImages;
import io.nianbao.parser.read.DocumentReader;

/**
 * Which pictures of its folder an HTML page shows, so that push sends them with it in one request (their tables
 * can then be read by OCR). The parser's own rule decides ({@link DocumentImages}: an {@code <img src|data-src>}
 * matched by base name), so only pictures the parser will find are sent.
 */
final class PagePictures {
    private static final Set<String> PICTURE_SUFFIXES = Set.of(".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif",
            ".tiff", ".webp");

    /** a document to push, with the pictures (same folder) that go with it */
    record Push(Path document, List<Path> pictures) {
    }

    private PagePictures() {}

    /**
     * Groups the documents: an HTML page takes the pictures of its folder it shows (at most {@code maxPictures});
     * a picture that went with a page is not pushed on its own.
     */
    static List<Push> group(List<Path> documents, int maxPictures) throws IOException {
        List<Push> pushes = new ArrayList<>();
        Set<Path> taken = new LinkedHashSet<>();
        for (Path document : documents) {
            List<Path> pictures = isPicture(document) ? List.of() : shownBy(document, maxPictures);
            pictures.forEach(picture -> taken.add(picture.toAbsolutePath().normalize()));
            pushes.add(new Push(document, pictures));
        }
        return pushes.stream().filter(p -> !taken.contains(p.document().toAbsolutePath().normalize())).toList();
    }

    static boolean isPicture(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && PICTURE_SUFFIXES.contains(name.substring(dot));
    }

    private static List<Path> shownBy(Path document, int maxPictures) throws IOException {
        byte[] page = Files.readAllBytes(document);
        String name = document.getFileName().toString();
        if (DocumentReader.detectFormat(page, name, DocumentFiles.contentType(document)) != DocumentFormat.HTML) {
            return List.of();
        }
        Path folder = document.toAbsolutePath().getParent();
        Map<String, Path> candidates = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile).filter(PagePictures::isPicture).sorted()
                    .forEach(f -> candidates.put(f.getFileName().toString(), f));
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : candidates.entrySet()) {
            bytes.put(e.getKey(), Files.readAllBytes(e.getValue()));
        }
        Set<Path> shown = new LinkedHashSet<>();
        for (DocumentImages.Image image : DocumentImages.of(page, name, "text/html", bytes)) {
            Path file = candidates.get(image.name());
            // the very bytes handed in: an inline data: picture is not one of the files
            if (file != null && image.bytes() == bytes.get(image.name()) && shown.size() < maxPictures) {
                shown.add(file);
            }
        }
        return List.copyOf(shown);
    }
}
