package io.nianbao.parser.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class DocxReaderTest {

    private final DocumentReader reader = new DocumentReader();

    @Test
    void paragraphsTablesWithMergesAndPicturesAreReadInOrder() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("一、总体情况");
            var p = doc.createParagraph();
            p.createRun().setText("全年收到申请");
            p.createRun().setText("58件。");

            // 3 rows x 4 grid columns: row 0 has a 2-column merge, column 0 is merged vertically over rows 1-2
            XWPFTable table = doc.createTable(3, 4);
            setText(table.getRow(0), "信息内容", "本年制发件数", "现行有效件数");
            XWPFTableRow header = table.getRow(0);
            header.removeCell(3);
            tcPr(header.getCell(1)).addNewGridSpan().setVal(BigInteger.valueOf(2));
            setText(table.getRow(1), "行政规范性文件", "10", "7", "51");
            setText(table.getRow(2), "", "1", "2", "3");
            tcPr(table.getRow(1).getCell(0)).addNewVMerge().setVal(STMerge.RESTART);
            tcPr(table.getRow(2).getCell(0)).addNewVMerge(); // no value = continue
            table.getRow(2).getCell(0).setText("should not appear");

            doc.createParagraph().createRun().setText("三、收到和处理政府信息公开申请情况");
            doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(png()), Document.PICTURE_TYPE_PNG,
                    "table3.png", Units.toEMU(200), Units.toEMU(100));
            doc.write(out);
            docx = out.toByteArray();
        }

        ReadDocument read = reader.read(docx, "report.docx", null);
        assertEquals("docx", read.format(), read.notes().toString());
        assertEquals(List.of(
                "一、总体情况",
                "全年收到申请58件。",
                "信息内容\t本年制发件数\t\t现行有效件数",
                "行政规范性文件\t10\t7\t51",
                "\t1\t2\t3",
                "三、收到和处理政府信息公开申请情况",
                "image1.png"), read.text().lines().toList());
    }

    @Test
    void syntheticDocxReportsAreRead() throws IOException {
        List<java.nio.file.Path> files = TestCorpus.synthetic(".docx");
        assertTrue(files.size() >= 5, "synthetic DOCX reports expected in ../shared/corpus/synthetic");
        for (var file : files) {
            ReadDocument read = reader.read(java.nio.file.Files.readAllBytes(file), file.getFileName().toString(), null);
            assertEquals("docx", read.format(), file + " " + read.notes());
            assertTrue(read.text().contains("一、本年新收政府信息公开申请数量\t"), file.toString());
        }
    }

    @Test
    void aZipBombIsRefusedWithANoteNotAnOutOfMemoryError() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 300; i++) { // 300 MB of spaces deflate to about 300 KB
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertTrue(bomb.length < 2_000_000, "bomb should be small: " + bomb.length);
        ReadDocument read = reader.read(bomb, "bomb.docx", null);
        assertEquals("unknown", read.format());
        assertEquals("", read.text());
        assertTrue(read.notes().stream().anyMatch(n -> n.startsWith("无法读取DOCX")), read.notes().toString());
    }

    @Test
    void aTruncatedDocxYieldsANote() throws IOException {
        byte[] docx = java.nio.file.Files.readAllBytes(TestCorpus.synthetic(".docx").get(0));
        ReadDocument read = reader.read(Arrays.copyOf(docx, docx.length / 2), "cut.docx", null);
        assertEquals("unknown", read.format());
        assertTrue(read.notes().stream().anyMatch(n -> n.startsWith("无法读取DOCX")), read.notes().toString());
    }

    private static void setText(XWPFTableRow row, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            row.getCell(i).setText(texts[i]);
        }
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
