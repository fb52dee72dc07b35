package io.nianbao.ingest.fetch;

import java.net.URI;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.nianbao.ingest.config.IngestConfig;
import io.nianbao.ingest.rest.Problem;
import io.nianbao.ingest.service.IngestException;
import io.nianbao.ingest.service.Picture;
import io.nianbao.ingest.service.PushedDocument;
import io.nianbao.ingest.service.SourceHints;
import io.nianbao.parser.read.DocumentFormat;
import io.nianbao.parser.read.DocumentReader;

/**
 * Turns a push of only {@code sourceUrl} into a document, fetched through {@link GuardedFetcher}; an HTML page
 * comes with the pictures it shows ({@link PagePictureFetcher}), so that its picture tables can be read.
 */
@ApplicationScoped
public class SourceFetcher {

    private final IngestConfig config;
    private final GuardedFetcher fetcher;
    private final PagePictureFetcher pictures;

    @Inject
    public SourceFetcher(IngestConfig config) {
        this(config, new UrlGuard());
    }

    /** with another guard: only for tests that serve pages from a local server */
    SourceFetcher(IngestConfig config, UrlGuard guard) {
        this.config = config;
        this.fetcher = new GuardedFetcher(guard, config.maxDocumentBytes(), config.fetch().timeout(),
                config.fetch().maxRedirects());
        this.pictures = new PagePictureFetcher(fetcher, config.fetch().maxImages(), config.fetch().timeout());
    }

    public PushedDocument fetch(String url, SourceHints hints) {
        if (!config.fetch().enabled()) {
            throw IngestException.badRequest("本服务未开启按网址抓取，请直接提交文档内容。");
        }
        try {
            GuardedFetcher.Fetched fetched = fetcher.fetch(url);
            String fileName = fileNameOf(fetched.finalUri());
            List<Picture> shown = List.of();
            if (DocumentReader.detectFormat(fetched.content(), fileName, fetched.contentType()) == DocumentFormat.HTML) {
                shown = pictures.fetch(fetched.finalUri(), fetched.content(), fetched.contentType(),
                        config.maxDocumentBytes() - fetched.content().length);
            }
            return new PushedDocument(fetched.content(), fileName, fetched.contentType(), hints.withSourceUrl(url), shown);
        } catch (GuardedFetcher.FetchFailedException e) {
            throw switch (e.reason()) {
                case REFUSED -> new IngestException(Problem.of(400, "url-refused", "URL Refused", e.getMessage()));
                case TOO_LARGE -> IngestException.tooLarge(e.getMessage());
                case UPSTREAM -> new IngestException(Problem.of(502, "fetch-failed", "Bad Gateway", e.getMessage()));
            };
        }
    }

    private static String fileNameOf(URI uri) {
        String path = uri.getPath();
        if (path == null || path.isEmpty() || path.endsWith("/")) {
            return uri.getHost();
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
