package io.nianbao.query.service;

import java.util.regex.Pattern;

/**
 * The key under which a body's reports of different years are found together: the name with
 * whitespace, punctuation and symbols removed (the parser already converted Traditional characters).
 */
public final class OrganizationNormalizer {
    private static final Pattern NOISE = Pattern.compile("[\\s\\p{P}\\p{S}\\u3000]+");

    private OrganizationNormalizer() {}

    public static String normalize(String name) {
        if (name == null) {
            return null;
        }
        String key = NOISE.matcher(name).replaceAll("");
        return key.isEmpty() ? null : key;
    }
}
