package io.nianbao.query.rest;

import java.util.Arrays;
import java.util.Locale;

import io.nianbao.contracts.issue.RuleCode;
import io.nianbao.contracts.issue.Severity;
import io.nianbao.query.repository.ProcessingStatus;

/** Parses and checks query parameters; a bad value is a 400 with a message naming the parameter. */
public final class Params {
    public static final int MAX_SIZE = 500;

    private Params() {}

    public static Integer year(String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            int year = Integer.parseInt(raw.trim());
            if (year < 1990 || year > 2100) {
                throw ProblemException.badRequest("year must be between 1990 and 2100: " + raw);
            }
            return year;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("year must be an integer: " + raw);
        }
    }

    public static String template(String raw) {
        if (blank(raw)) {
            return null;
        }
        if (!raw.equals("2019") && !raw.equals("2021")) {
            throw ProblemException.badRequest("template must be 2019 or 2021: " + raw);
        }
        return raw;
    }

    public static Severity severity(String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            return Severity.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("severity must be one of " + Arrays.toString(Severity.values()) + ": " + raw);
        }
    }

    public static String code(String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            return RuleCode.valueOf(raw.trim()).name();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("unknown issue code: " + raw);
        }
    }

    public static ProcessingStatus status(String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            return ProcessingStatus.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status must be one of " + Arrays.toString(ProcessingStatus.values()) + ": " + raw);
        }
    }

    public static int page(String raw) {
        int page = integer("page", raw, 0);
        if (page < 0) {
            throw ProblemException.badRequest("page must be ≥ 0: " + raw);
        }
        return page;
    }

    public static int size(String raw) {
        int size = integer("size", raw, 20);
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.badRequest("size must be between 1 and " + MAX_SIZE + ": " + raw);
        }
        return size;
    }

    public static String text(String raw) {
        return blank(raw) ? null : raw.trim();
    }

    private static int integer(String name, String raw, int fallback) {
        if (blank(raw)) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name + " must be an integer: " + raw);
        }
    }

    private static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }
}
