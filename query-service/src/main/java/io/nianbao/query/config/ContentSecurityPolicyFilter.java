package io.nianbao.query.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Adds Content-Security-Policy to every response (console pages, static files and API alike): scripts, styles,
 * images and connections only from this origin, so that text from an untrusted report can never run as code.
 */
@ApplicationScoped
public class ContentSecurityPolicyFilter {
    static final String POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            rc.response().headers().set("Content-Security-Policy", POLICY);
            rc.response().headers().set("X-Content-Type-Options", "nosniff");
            rc.response().headers().set("Referrer-Policy", "no-referrer");
            rc.next();
        }, 10);
    }
}
