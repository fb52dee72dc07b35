package io.nianbao.rules;

import java.util.List;
import java.util.regex.Pattern;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * Normalises a body's name so that its reports of different years are found together (rules.md).
 *
 * <p>The rule, applied in this order:
 * <ol>
 *   <li>Traditional characters become Simplified (opencc4j), so 鄭州市人民政府 and 郑州市人民政府 meet;</li>
 *   <li>full-width letters and digits become half-width (NFKC), then all whitespace and punctuation
 *       (ASCII and CJK: ，。、·（）《》“” …) are removed;</li>
 *   <li>one trailing suffix among 人民政府办公室, 人民政府办公厅, 政府办公室, 政府办公厅, 人民政府, 政府 is
 *       replaced by 政府 — a report is issued in the name of the government or of its general office
 *       interchangeably, so 烟台市人民政府, 烟台市政府 and 烟台市政府办公室 all normalise to 烟台市政府.</li>
 * </ol>
 * Other bodies (a bureau, a district) keep their names: 烟台市教育局 stays 烟台市教育局.
 * A null or blank name gives null.
 */
public final class OrganizationNames {
    private static final Pattern NOISE = Pattern.compile("[\\s\\p{P}\\p{S}\\u3000]+");
    /** longest first, so that 人民政府办公室 is not cut as …人民政府 + 办公室 */
    private static final List<String> SUFFIXES = List.of("人民政府办公室", "人民政府办公厅", "政府办公室", "政府办公厅", "人民政府", "政府");
    private static final String UNIFIED_SUFFIX = "政府";

    private OrganizationNames() {}

    public static String normalize(String name) {
        if (name == null) {
            return null;
        }
        String simple = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC);
        simple = ZhConverterUtil.toSimple(simple);
        String compact = NOISE.matcher(simple).replaceAll("");
        if (compact.isEmpty()) {
            return null;
        }
        for (String suffix : SUFFIXES) {
            if (compact.endsWith(suffix) && compact.length() > suffix.length()) {
                return compact.substring(0, compact.length() - suffix.length()) + UNIFIED_SUFFIX;
            }
        }
        return compact;
    }
}
