package io.nianbao.parser.table;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns value slots into the numbers of the spec: counts (non-negative integers), signed changes and money in
 * 万元. A slot that cannot be such a number is recorded in {@code invalid} (path → raw text) and reads as null.
 */
public final class Figures {
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final Map<String, String> invalid;
    private final Map<String, Cell> read;

    public Figures(Map<String, String> invalid) {
        this(invalid, new LinkedHashMap<>());
    }

    /** @param read receives path → the cell each figure was read from (null when the row had no cell there) */
    public Figures(Map<String, String> invalid, Map<String, Cell> read) {
        this.invalid = invalid;
        this.read = read;
    }

    /** A count: blank → null, placeholder → 0, "1,234" → 1234, "1.2万" → 12000. */
    public Long count(Cell c, String path) {
        read.put(path, c);
        if (c == null || c.kind() == CellKind.EMPTY) {
            return null;
        }
        if (c.kind() != CellKind.VALUE) {
            return invalid(c, path);
        }
        BigDecimal n = c.number();
        if ("万".equals(c.unit())) {
            n = n.multiply(TEN_THOUSAND);
        } else if (c.unit() != null) {
            return invalid(c, path);
        }
        if (n.signum() < 0 || (c.signed() && !c.placeholder())) {
            return invalid(c, path);
        }
        return integral(n, c, path);
    }

    /** A signed change: "增12" → 12, "减3" → -3, "+12", "-3", "12". */
    public Long change(Cell c, String path) {
        read.put(path, c);
        if (c == null || c.kind() == CellKind.EMPTY) {
            return null;
        }
        if (c.kind() != CellKind.VALUE || c.unit() != null) {
            return invalid(c, path);
        }
        return integral(c.number(), c, path);
    }

    /** Money in 万元: "63.8495亿元" → 638495.0, "17090.91万元" and a bare number as written, "元" ÷ 10000. */
    public Double moneyWan(Cell c, String path) {
        read.put(path, c);
        if (c == null || c.kind() == CellKind.EMPTY) {
            return null;
        }
        if (c.kind() != CellKind.VALUE || c.number().signum() < 0) {
            invalid(c, path);
            return null;
        }
        BigDecimal n = c.number();
        if ("亿元".equals(c.unit())) {
            n = n.multiply(TEN_THOUSAND);
        } else if ("元".equals(c.unit())) {
            n = n.divide(TEN_THOUSAND);
        }
        return n.doubleValue();
    }

    private Long integral(BigDecimal n, Cell c, String path) {
        try {
            return n.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            return invalid(c, path);
        }
    }

    private Long invalid(Cell c, String path) {
        invalid.put(path, c.raw().strip());
        return null;
    }
}
