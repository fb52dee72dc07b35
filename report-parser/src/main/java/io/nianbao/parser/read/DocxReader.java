package io.nianbao.parser.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a DOCX with Apache POI: body paragraphs become lines, {@code w:tbl} tables become TAB grids
 * ({@code w:gridSpan} and {@code w:vMerge} resolved: a continued vertical merge is an empty position),
 * and pictures become a line holding the picture part's file name.
 */
final class DocxReader {

    /** A table nested in a table cell deeper than this is read as plain text. */
    private static final int MAX_TABLE_NESTING = 20;

    static {
        // zip-bomb guard: POI refuses entries that inflate more than 1:100 or beyond 256 MB
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(256L * 1024 * 1024);
    }

    private DocxReader() {
    }

    static String read(byte[] content, List<String> notes) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            List<String> lines = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                readElement(element, lines, notes, 0);
            }
            return String.join("\n", lines);
        }
    }

    private static void readElement(IBodyElement element, List<String> lines, List<String> notes, int depth) {
        if (element instanceof XWPFParagraph p) {
            addIfPresent(lines, CellText.normalize(p.getText()));
            for (String image : pictures(p)) {
                lines.add(image);
            }
        } else if (element instanceof XWPFTable table) {
            readTable(table, lines, notes, depth);
        } else if (element instanceof XWPFSDT sdt) {
            for (String line : sdt.getContent().getText().split("\n")) {
                addIfPresent(lines, CellText.normalize(line));
            }
        }
    }

    private static void readTable(XWPFTable table, List<String> lines, List<String> notes, int depth) {
        if (containsTables(table) && depth < MAX_TABLE_NESTING) {
            // a table holding tables is page layout: its cells are read as paragraphs, its tables as grids
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (IBodyElement inner : cell.getBodyElements()) {
                        readElement(inner, lines, notes, depth + 1);
                    }
                }
            }
            return;
        }
        TableGrid grid = new TableGrid();
        for (XWPFTableRow row : table.getRows()) {
            grid.startRow();
            CTTrPr trPr = row.getCtRow().getTrPr();
            if (trPr != null && trPr.sizeOfGridBeforeArray() > 0) {
                grid.skipColumns(number(trPr.getGridBeforeArray(0), 0));
            }
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr tcPr = cell.getCTTc().getTcPr();
                int span = tcPr != null && tcPr.isSetGridSpan() ? number(tcPr.getGridSpan(), 1) : 1;
                String text = isMergeContinuation(tcPr) ? "" : cellText(cell);
                grid.addCell(text, 1, span);
            }
        }
        if (grid.truncated()) {
            notes.add("表格过大，已截断");
        }
        lines.addAll(grid.lines());
    }

    private static boolean containsTables(XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                if (!cell.getTables().isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code <w:vMerge/>} (no value) and {@code <w:vMerge w:val="continue"/>} continue the merge above. */
    private static boolean isMergeContinuation(CTTcPr tcPr) {
        if (tcPr == null || !tcPr.isSetVMerge()) {
            return false;
        }
        CTVMerge merge = tcPr.getVMerge();
        return !merge.isSetVal() || merge.getVal() == STMerge.CONTINUE;
    }

    private static String cellText(XWPFTableCell cell) {
        String text = "";
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                text = CellText.joinBlocks(text, CellText.normalize(p.getText()));
                for (String image : pictures(p)) {
                    text = CellText.joinBlocks(text, image);
                }
            } else if (element instanceof XWPFTable inner) {
                // too deeply nested to keep as a grid: its text still belongs to this cell
                text = CellText.joinBlocks(text, CellText.normalize(inner.getText()));
            }
        }
        return text;
    }

    /** File names of the pictures in a paragraph ("image1.png"), or "[image]" when the part is missing. */
    private static List<String> pictures(XWPFParagraph p) {
        List<String> names = new ArrayList<>();
        for (XWPFRun run : p.getRuns()) {
            for (XWPFPicture picture : run.getEmbeddedPictures()) {
                XWPFPictureData data = picture.getPictureData();
                String name = data != null ? data.getFileName() : null;
                names.add(name != null && !name.isBlank() ? name : "[image]");
            }
            if (run.getEmbeddedPictures().isEmpty() && hasDrawing(run)) {
                names.add("[image]");
            }
        }
        return names;
    }

    private static boolean hasDrawing(XWPFRun run) {
        return run.getCTR().sizeOfDrawingArray() > 0 || run.getCTR().sizeOfPictArray() > 0;
    }

    private static int number(CTDecimalNumber n, int fallback) {
        if (n == null) {
            return fallback;
        }
        BigInteger v = n.getVal();
        return v == null ? fallback : (int) Math.max(0, Math.min(v.longValue(), TableGrid.MAX_SPAN));
    }

    private static void addIfPresent(List<String> lines, String text) {
        if (!text.isEmpty()) {
            lines.add(text);
        }
    }
}
