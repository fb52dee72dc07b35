package io.nianbao.ocr;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.nianbao.parser.image.ImageTable;
import io.nianbao.parser.image.ImageTableReader;

/**
 * Reads a table picture with tesseract: the picture is straightened and enlarged, its ruling found, the text
 * read once in Simplified Chinese (word boxes), the words put into the cells, then the figures read again on
 * their own with a digits-only reading, and rows that do not add up read a third time (see {@link FigureCheck}).
 * Thread-safe; never throws.
 */
public final class TesseractTableReader implements ImageTableReader {
    static final Tesseract.Settings TEXT = new Tesseract.Settings("chi_sim", 6, null);

    private final Tesseract tesseract;

    public TesseractTableReader(Tesseract tesseract) {
        this.tesseract = tesseract;
    }

    /** tesseract on the PATH, 60 s per call, at most {@code maxConcurrent} processes at a time */
    public static TesseractTableReader onPath(int maxConcurrent) {
        return new TesseractTableReader(new Tesseract("tesseract", Duration.ofSeconds(60), maxConcurrent));
    }

    public boolean available() {
        return tesseract.available();
    }

    @Override
    public Optional<ImageTable> read(byte[] image, String name) {
        try {
            PreparedImage prepared = PreparedImage.of(image);
            if (prepared == null || prepared.grid == null) {
                return Optional.empty();
            }
            List<List<CellText>> cells = readCells(prepared);
            List<List<ImageTable.ImageCell>> rows = LabelCheck.check(tesseract, prepared, new FigureCheck(tesseract, prepared).check(cells));
            return hasFigures(rows) && hasTemplateWord(rows) ? Optional.of(new ImageTable(rows)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Every cell with ink, cut out and read on its own (labels wrapped over two lines are read badly in place). */
    private List<List<CellText>> readCells(PreparedImage prepared) throws IOException, InterruptedException {
        List<CellSheet.Key> keys = new ArrayList<>();
        List<List<CellText>> cells = new ArrayList<>();
        for (int b = 0; b < prepared.grid.bands.size(); b++) {
            List<CellText> row = new ArrayList<>();
            for (int c = 0; c < prepared.grid.bands.get(b).cells().size(); c++) {
                if (prepared.grid.rowSpan(b, c) > 0) { // a cell covered by a merged one above stays empty
                    keys.add(new CellSheet.Key(b, c));
                }
                row.add(new CellText());
            }
            cells.add(row);
        }
        CellSheet.read(tesseract, TEXT, prepared, keys, CellSheet.Layout.STACKED, 1.0, false)
                .forEach((k, text) -> cells.get(k.band()).set(k.cell(), text));
        return cells;
    }

    private static boolean hasFigures(List<List<ImageTable.ImageCell>> rows) {
        for (List<ImageTable.ImageCell> row : rows) {
            for (ImageTable.ImageCell c : row) {
                if (Figure.parse(c.text()) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a cell reads as one of the template's words: a picture that has ruling and something like a
     * figure but none of them (a photo, a chart) is not one of the report's tables, and stays IMAGE_ONLY
     * rather than becoming an empty table.
     */
    private static boolean hasTemplateWord(List<List<ImageTable.ImageCell>> rows) {
        for (List<ImageTable.ImageCell> row : rows) {
            for (ImageTable.ImageCell c : row) {
                if (TemplateLabels.ALL.contains(c.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<String> lines(ImageTable table) {
        List<String> lines = new ArrayList<>();
        for (List<ImageTable.ImageCell> row : table.rows()) {
            lines.add(String.join("\t", row.stream().map(ImageTable.ImageCell::text).toList()));
        }
        return lines;
    }
}
