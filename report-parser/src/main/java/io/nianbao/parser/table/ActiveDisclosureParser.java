package io.nianbao.parser.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.nianbao.contracts.model.ActiveDisclosure;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.contracts.model.Template;

/** Table 2 (主动公开政府信息情况), both templates. */
public final class ActiveDisclosureParser {
    private static final Pattern HEADINGS_2021 = Pattern.compile("本年制发|本年废止|现行有效|本年处理决定数量|本年收费金额");
    private static final Pattern HEADINGS_2019 = Pattern.compile("新制作数量|新公开数量|对外公开总数|上一年项目|本年增|采购项目|采购总金额|其他对外管理");

    private enum Kind { COUNT, CHANGE, MONEY }

    private record Row(RowLabel label, String group, String[] fields, Kind[] kinds) {
        static Row of(String group, String key, String[] fields, Kind... kinds) {
            return new Row(RowLabel.of(group, key, fields.length), group, fields, kinds);
        }
    }

    private static final String[] MADE = {ActiveDisclosure.MADE, ActiveDisclosure.PUBLISHED, ActiveDisclosure.TOTAL_PUBLISHED};
    private static final String[] ITEMS = {ActiveDisclosure.PREVIOUS_COUNT, ActiveDisclosure.CHANGE, ActiveDisclosure.DECISIONS};
    private static final String[] ISSUED = {ActiveDisclosure.ISSUED, ActiveDisclosure.REPEALED, ActiveDisclosure.IN_FORCE};
    private static final String[] DECISIONS = {ActiveDisclosure.DECISIONS};

    private static final List<Row> ROWS_2019 = List.of(
            Row.of(ActiveDisclosure.REGULATIONS, "规章", MADE, Kind.COUNT, Kind.COUNT, Kind.COUNT),
            Row.of(ActiveDisclosure.NORMATIVE_DOCUMENTS, "规范性文件", MADE, Kind.COUNT, Kind.COUNT, Kind.COUNT),
            Row.of(ActiveDisclosure.LICENSING, "行政许可", ITEMS, Kind.COUNT, Kind.CHANGE, Kind.COUNT),
            Row.of(ActiveDisclosure.OTHER_SERVICES, "其他对外管理|对外管理服务", ITEMS, Kind.COUNT, Kind.CHANGE, Kind.COUNT),
            Row.of(ActiveDisclosure.PENALTIES, "行政处罚", ITEMS, Kind.COUNT, Kind.CHANGE, Kind.COUNT),
            Row.of(ActiveDisclosure.ENFORCEMENT, "行政强制", ITEMS, Kind.COUNT, Kind.CHANGE, Kind.COUNT),
            Row.of(ActiveDisclosure.FEES, "事业性收费|行政收费", new String[] {ActiveDisclosure.PREVIOUS_COUNT, ActiveDisclosure.CHANGE},
                    Kind.COUNT, Kind.CHANGE),
            Row.of(ActiveDisclosure.PROCUREMENT, "集中采购|政府采购", new String[] {ActiveDisclosure.PROJECTS, ActiveDisclosure.AMOUNT_WAN},
                    Kind.COUNT, Kind.MONEY));

    private static final List<Row> ROWS_2021 = List.of(
            Row.of(ActiveDisclosure.REGULATIONS, "规章", ISSUED, Kind.COUNT, Kind.COUNT, Kind.COUNT),
            Row.of(ActiveDisclosure.NORMATIVE_DOCUMENTS, "规范性文件", ISSUED, Kind.COUNT, Kind.COUNT, Kind.COUNT),
            Row.of(ActiveDisclosure.LICENSING, "行政许可", DECISIONS, Kind.COUNT),
            Row.of(ActiveDisclosure.PENALTIES, "行政处罚", DECISIONS, Kind.COUNT),
            Row.of(ActiveDisclosure.ENFORCEMENT, "行政强制", DECISIONS, Kind.COUNT),
            Row.of(ActiveDisclosure.FEES, "事业性收费|行政收费", new String[] {ActiveDisclosure.AMOUNT_WAN}, Kind.MONEY));

    /** The template Table 2's column headings show, or null. */
    public static String templateOf(TableText text) {
        String s = text.stream();
        boolean t2021 = HEADINGS_2021.matcher(s).find();
        boolean t2019 = HEADINGS_2019.matcher(s).find();
        if (t2021 != t2019) {
            return t2021 ? Template.T2021 : Template.T2019;
        }
        return null;
    }

    public TableResult<ActiveDisclosure> parse(TableText text, String templateHint, Map<String, String> invalid,
            Map<String, Cell> cellsRead) {
        String evidence = templateOf(text);
        String template = evidence != null ? evidence : templateHint;
        List<Row> rows = Template.T2021.equals(template) ? ROWS_2021 : ROWS_2019;
        List<RowLabel> labels = new ArrayList<>();
        for (Row r : rows) {
            labels.add(r.label());
        }
        List<LabelFinder.Found> found = LabelFinder.find(text, labels, 0, false);
        Map<String, List<Cell>> read = new LinkedHashMap<>();
        for (int i = 0; i < found.size(); i++) {
            LabelFinder.Found f = found.get(i);
            int next = i + 1 < found.size() ? found.get(i + 1).anchorCell() : text.cells().size();
            read.put(f.label().name(), SlotGatherer.gather(text, f.anchorCell(), next, f.label().cells()));
        }
        TableStatus status = TableStatuses.of(text, read.values());
        ActiveDisclosure table = new ActiveDisclosure(status);
        List<String> notes = new ArrayList<>();
        if (status == TableStatus.PRESENT) {
            Figures figures = new Figures(invalid, cellsRead);
            for (Row r : rows) {
                List<Cell> cells = read.getOrDefault(r.group(), List.of());
                IncompleteRows.check("表二", r.group(), read.containsKey(r.group()) ? cells.size() : -1, r.fields().length, notes);
                for (int k = 0; k < r.fields().length; k++) {
                    Cell c = k < cells.size() ? cells.get(k) : null;
                    String path = "activeDisclosure." + r.group() + "." + r.fields()[k];
                    Number value = switch (r.kinds()[k]) {
                        case COUNT -> figures.count(c, path);
                        case CHANGE -> figures.change(c, path);
                        case MONEY -> figures.moneyWan(c, path);
                    };
                    table.set(r.group(), r.fields()[k], value);
                }
            }
        }
        return new TableResult<>(table, status, evidence, List.of(), notes);
    }
}
