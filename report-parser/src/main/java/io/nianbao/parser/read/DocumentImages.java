package io.nianbao.parser.read;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The pictures of a document that its text shows as image lines (see {@link ReadDocument}), each with the line
 * that stands for it: inline {@code data:} images of an HTML page, pictures uploaded with the page (matched by
 * file name), pictures embedded in a DOCX, images drawn on a PDF page. Never throws: a picture that cannot be
 * taken out is left out (its table then stays an image).
 */
public final class DocumentImages {

    /** a picture and the text line that stands for it in the text read */
    public record Image(String line, String name, byte[] bytes) {}

    private static final int MAX_IMAGES = 40;
    private static final int MAX_PDF_PAGES = 200;

    private DocumentImages() {}

    /**
     * @param attachments pictures uploaded together with an HTML page, by file name (may be empty)
     */
    public static List<Image> of(byte[] content, String fileName, String contentType, Map<String, byte[]> attachments) {
        List<Image> images = new ArrayList<>();
        try {
            switch (DocumentReader.detectFormat(content, fileName, contentType)) {
                case HTML -> html(content, attachments, images);
                case DOCX -> docx(content, images);
                case PDF -> pdf(content, images);
                default -> { }
            }
        } catch (IOException | RuntimeException e) {
            // what was found before the failure is still usable
        }
        return images.size() > MAX_IMAGES ? images.subList(0, MAX_IMAGES) : images;
    }

    private static void html(byte[] content, Map<String, byte[]> attachments, List<Image> images) {
        int inline = 0;
        for (Element img : Jsoup.parse(TextDecoder.decode(content, true).text()).getElementsByTag("img")) {
            String src = img.attr("src").trim();
            if (src.isEmpty()) {
                src = img.attr("data-src").trim();
            }
            String line = HtmlReader.imageLine(img);
            if (src.startsWith("data:")) {
                int comma = src.indexOf(',');
                if (comma > 0 && src.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) {
                    try {
                        images.add(new Image(line, "data:image #" + (++inline), Base64.getMimeDecoder().decode(src.substring(comma + 1))));
                    } catch (IllegalArgumentException e) {
                        // broken base64: the table stays an image
                    }
                }
            } else if (attachments != null && !attachments.isEmpty()) {
                String name = imageName(src);
                byte[] bytes = attachments.get(name);
                if (bytes != null) {
                    images.add(new Image(line, name, bytes));
                }
            }
        }
    }

    /**
     * The file name an {@code <img src>} refers to, by which an uploaded picture is matched: the path after the
     * last '/', query and fragment dropped ({@code images/0005.jpg?v=1} is {@code 0005.jpg}).
     */
    public static String imageName(String src) {
        String path = src.replaceFirst("[?#].*$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static void docx(byte[] content, List<Image> images) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            for (XWPFPictureData picture : doc.getAllPictures()) {
                String name = picture.getFileName();
                if (name != null && !name.isBlank()) {
                    images.add(new Image(name, name, picture.getData()));
                }
            }
        }
    }

    /** The images a PDF page draws directly, as the PDF reader names them ("[image] p3-Im1.png"). */
    private static void pdf(byte[] content, List<Image> images) throws IOException {
        try (PDDocument doc = Loader.loadPDF(content)) {
            int pages = Math.min(doc.getNumberOfPages(), MAX_PDF_PAGES);
            for (int i = 1; i <= pages && images.size() < MAX_IMAGES; i++) {
                PDResources resources = doc.getPage(i - 1).getResources();
                if (resources == null) {
                    continue;
                }
                for (COSName name : resources.getXObjectNames()) {
                    try {
                        PDXObject x = resources.getXObject(name);
                        if (x instanceof PDImageXObject image) {
                            String suffix = image.getSuffix() == null ? "img" : image.getSuffix();
                            String label = "p" + i + "-" + name.getName() + "." + suffix;
                            images.add(new Image("[image] " + label, label, png(image.getImage())));
                        }
                    } catch (IOException | RuntimeException e) {
                        // an image PDFBox cannot decode stays an image line
                    }
                }
            }
        }
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
