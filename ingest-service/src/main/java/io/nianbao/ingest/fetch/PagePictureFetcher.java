package io.nianbao.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jboss.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.nianbao.ingest.service.Picture;
import io.nianbao.ingest.service.PictureKind;
import io.nianbao.parser.read.DocumentImages;

/**
 * Fetches the pictures an HTML page fetched from a sourceUrl shows ({@code <img src|data-src>}, resolved against
 * the page's final URL), so that tables published as pictures can be read by OCR. Every picture goes through the
 * same {@link GuardedFetcher} as the page (a private address is refused per picture); {@code data:} pictures are
 * in the page already. At most {@code maxImages} are tried, all within the bytes left under the document limit
 * and one shared time limit; only bytes that are a picture are kept. A picture that fails is skipped, never the
 * page.
 */
public class PagePictureFetcher {
    private static final Logger LOG = Logger.getLogger(PagePictureFetcher.class);

    private final GuardedFetcher fetcher;
    private final int maxImages;
    private final Duration timeout;

    public PagePictureFetcher(GuardedFetcher fetcher, int maxImages, Duration timeout) {
        this.fetcher = fetcher;
        this.maxImages = maxImages;
        this.timeout = timeout;
    }

    /**
     * @param budgetBytes the bytes the pictures may take together
     * @return the pictures fetched, named as the page's {@code <img src>} names them
     */
    public List<Picture> fetch(URI pageUri, byte[] page, String contentType, long budgetBytes) {
        Map<String, String> urlByName = pictureUrls(pageUri, page, contentType);
        List<Picture> pictures = new ArrayList<>();
        long left = budgetBytes;
        long deadline = System.nanoTime() + timeout.toNanos();
        int tried = 0;
        for (Map.Entry<String, String> e : urlByName.entrySet()) {
            long nanosLeft = deadline - System.nanoTime();
            if (tried >= maxImages || left <= 0 || nanosLeft <= 0) {
                LOG.infof("page %s: %d of its %d pictures not fetched (limit of %d pictures, bytes or time reached)",
                        pageUri, urlByName.size() - tried, urlByName.size(), maxImages);
                break;
            }
            tried++;
            try {
                byte[] bytes = fetcher.fetch(e.getValue(), left, Duration.ofNanos(nanosLeft)).content();
                PictureKind kind = PictureKind.sniff(bytes);
                if (kind == null) {
                    LOG.infof("page %s: %s is not a picture, skipped", pageUri, e.getValue());
                    continue;
                }
                pictures.add(new Picture(e.getKey(), kind, bytes));
                left -= bytes.length;
            } catch (GuardedFetcher.FetchFailedException failed) {
                LOG.infof("page %s: picture %s skipped: %s", pageUri, e.getValue(), failed.getMessage());
            }
        }
        return pictures;
    }

    /** the absolute URL of every picture the page shows, by the name the parser will look it up under */
    static Map<String, String> pictureUrls(URI pageUri, byte[] page, String contentType) {
        Map<String, String> urlByName = new LinkedHashMap<>();
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(page), charsetOf(contentType), pageUri.toString());
        } catch (IOException | RuntimeException e) {
            return urlByName;
        }
        for (Element img : doc.getElementsByTag("img")) {
            // the parser's rule (DocumentImages): src, or data-src when src is empty
            String attribute = img.attr("src").isBlank() ? "data-src" : "src";
            String src = img.attr(attribute).trim();
            if (src.isEmpty() || src.toLowerCase(Locale.ROOT).startsWith("data:")) {
                continue;
            }
            String name = DocumentImages.imageName(src);
            String url = img.absUrl(attribute);
            if (!name.isEmpty() && !url.isEmpty()) {
                urlByName.putIfAbsent(name, url);
            }
        }
        return urlByName;
    }

    /** the charset the server declared, else null: jsoup then goes by the BOM and the page's meta charset */
    private static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String param : contentType.split(";")) {
            String p = param.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring(8).replace("\"", "").trim();
                try {
                    return Charset.isSupported(name) ? name : null;
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
