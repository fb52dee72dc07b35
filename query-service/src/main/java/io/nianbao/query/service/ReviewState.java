package io.nianbao.query.service;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an issue stands with the people who audit it: not looked at yet, confirmed, or dismissed as a false positive. */
public enum ReviewState {
    OPEN("待审核"),
    CONFIRMED("已确认"),
    DISMISSED("已排除（误报）");

    private final String label;

    ReviewState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ReviewState> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String s = raw.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.name().equals(s)).findFirst();
    }
}
