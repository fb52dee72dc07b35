package io.nianbao.rules;

/** Normalises a body's name so that its reports of different years are found together (rules.md). */
public final class OrganizationNames {
    private OrganizationNames() {}

    public static String normalize(String name) {
        // FIRST VERSION (placeholder until the rules issue lands)
        return name == null ? null : name.replaceAll("\\s", "");
    }
}
