package io.nianbao.ingest.fetch;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;

import io.nianbao.ingest.config.IngestConfig;
import io.nianbao.ingest.rest.Problem;
import io.nianbao.ingest.service.IngestException;
import io.nianbao.ingest.service.PushedDocument;
import io.nianbao.ingest.service.SourceHints;

/** Turns a push of only {@code sourceUrl} into a document, fetched through {@link GuardedFetcher}. */
@ApplicationScoped
public class SourceFetcher {

    private final IngestConfig config;
    private final GuardedFetcher fetcher;

    public SourceFetcher(IngestConfig config) {
        this.config = config;
        this.fetcher = new GuardedFetcher(new UrlGuard(), config.maxDocumentBytes(), config.fetch().timeout(),
                config.fetch().maxRedirects());
    }

    public PushedDocument fetch(String url, SourceHints hints) {
        if (!config.fetch().enabled()) {
            throw IngestException.badRequest("本服务未开启按网址抓取，请直接提交文档内容。");
        }
        try {
            GuardedFetcher.Fetched fetched = fetcher.fetch(url);
            return new PushedDocument(fetched.content(), fileNameOf(fetched.finalUri()), fetched.contentType(),
                    hints.withSourceUrl(url));
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
