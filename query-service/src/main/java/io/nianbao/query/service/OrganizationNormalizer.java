package io.nianbao.query.service;

import io.nianbao.rules.OrganizationNames;

/**
 * The key under which a body's reports of different years are found together: the validator's
 * normalisation (Traditional → Simplified, no whitespace or punctuation, 人民政府 / 政府 / 政府办公室
 * unified), so that the read model groups bodies exactly as the cross-year rules do.
 */
public final class OrganizationNormalizer {
    private OrganizationNormalizer() {}

    public static String normalize(String name) {
        return OrganizationNames.normalize(name);
    }
}
