package io.nianbao.query.service;

import java.util.List;
import java.util.Set;

import io.nianbao.rules.OrganizationNames;

/**
 * The kind of a body, derived from its name only (no gazetteer), so that a body is compared with its peers.
 *
 * <p>The rule, on the normalised name ({@link OrganizationNames#normalize}: Simplified, no punctuation, 人民政府 /
 * 政府办公室 / 政府办公厅 → 政府), first match wins:
 * <ol>
 *   <li>A government — the name ends with 政府, or it is a bare place name such as 白银市 (a report issued in the
 *       name of the place) — takes the level of its place, read from the place's last suffix:
 *       <ul>
 *         <li>{@link #PROVINCE}: 省, 自治区, or one of the four municipalities 北京市 天津市 上海市 重庆市;</li>
 *         <li>{@link #COUNTY}: 县, 区 (not 自治区 / 地区), 旗, 林区, 特区 — districts and counties;</li>
 *         <li>{@link #TOWNSHIP}: 乡, 镇, 街道, 街道办事处, 苏木;</li>
 *         <li>{@link #CITY}: 市, 州 (自治州), 盟, 地区. A county-level city (义乌市) cannot be told from a
 *             prefecture-level one by its name and counts as a city.</li>
 *       </ul></li>
 *   <li>{@link #DEPARTMENT}: anything else ending with an office's suffix — 局 委 委员会 厅 办 办公室 部 署 院 中心 所 处 室 会
 *       站 队 馆 社 行 — whatever the tier (教育厅 and 教育局 are both departments).</li>
 *   <li>{@link #OTHER}: the rest (universities, companies, unnamed).</li>
 * </ol>
 */
public enum BodyLevel {
    PROVINCE("省级政府"),
    CITY("市级政府"),
    COUNTY("县区级政府"),
    TOWNSHIP("乡镇街道"),
    DEPARTMENT("政府部门"),
    OTHER("其他");

    private static final String GOVERNMENT = "政府";
    private static final Set<String> MUNICIPALITIES = Set.of("北京市", "天津市", "上海市", "重庆市");
    private static final List<String> TOWNSHIP_SUFFIXES = List.of("街道办事处", "街道", "乡", "镇", "苏木");
    private static final List<String> PROVINCE_SUFFIXES = List.of("省", "自治区");
    private static final List<String> CITY_SUFFIXES = List.of("地区", "市", "州", "盟");
    private static final List<String> COUNTY_SUFFIXES = List.of("县", "区", "旗");
    private static final List<String> DEPARTMENT_SUFFIXES = List.of("局", "委", "委员会", "厅", "办", "办公室", "部", "署", "院", "中心",
            "所", "处", "室", "会", "站", "队", "馆", "社", "行");

    private final String label;

    BodyLevel(String label) {
        this.label = label;
    }

    /** Chinese name of the level, for reports and the console */
    public String label() {
        return label;
    }

    public static BodyLevel of(String organization) {
        String name = OrganizationNames.normalize(organization);
        if (name == null) {
            return OTHER;
        }
        boolean government = name.endsWith(GOVERNMENT) && name.length() > GOVERNMENT.length();
        String place = government ? name.substring(0, name.length() - GOVERNMENT.length()) : name;
        BodyLevel level = placeLevel(place);
        if (level != null) {
            return level;
        }
        if (government) {
            return OTHER; // 某某政府 whose place we cannot read
        }
        return DEPARTMENT_SUFFIXES.stream().anyMatch(name::endsWith) ? DEPARTMENT : OTHER;
    }

    /** The level of a place name by its last suffix, or null when it does not end like a place. */
    private static BodyLevel placeLevel(String place) {
        if (MUNICIPALITIES.contains(place)) {
            return PROVINCE;
        }
        // order matters: 自治区 and 地区 end with 区, 街道办事处 ends with 处
        if (endsWithAny(place, TOWNSHIP_SUFFIXES)) {
            return TOWNSHIP;
        }
        if (endsWithAny(place, PROVINCE_SUFFIXES)) {
            return PROVINCE;
        }
        if (place.endsWith("地区")) {
            return CITY;
        }
        if (endsWithAny(place, COUNTY_SUFFIXES)) {
            return COUNTY;
        }
        if (endsWithAny(place, CITY_SUFFIXES)) {
            return CITY;
        }
        return null;
    }

    private static boolean endsWithAny(String s, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (s.endsWith(suffix) && s.length() > suffix.length()) {
                return true;
            }
        }
        return false;
    }

    /** Parses a level parameter (case-insensitive), null when blank. */
    public static BodyLevel parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return BodyLevel.valueOf(raw.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
