package io.nianbao.parser.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.nianbao.contracts.model.Applications;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.contracts.model.Template;

/** Table 3 (收到和处理政府信息公开申请情况): 26 rows (2019) or 28 rows (2021) of 7 cells. */
public final class ApplicationsParser {
    private static final int W = Applications.COLUMN_COUNT;
    private static final Pattern ROWS_2021_ONLY = Pattern.compile("逾期不补正|不再处理其|收费通知|缴纳费用");

    private static final List<RowLabel> HEAD = List.of(
            RowLabel.of("newReceived", "本年新收|新收.{0,6}申请", W),
            RowLabel.of("carriedOver", "上年结转|上年度结转", W),
            RowLabel.of("granted", "予以公开", W),
            RowLabel.of("partiallyGranted", "部分公开", W),
            RowLabel.of("denied.stateSecret", "国家秘密", W),
            RowLabel.of("denied.prohibitedByLaw", "其他法律|法律行政法规|禁止公开", W),
            RowLabel.of("denied.endangersSecurity", "危及|三安全|一稳定", W),
            RowLabel.of("denied.thirdPartyRights", "第三方", W),
            RowLabel.of("denied.internalAffairs", "内部事务|三类内部", W),
            RowLabel.of("denied.processInformation", "过程性|四类过程", W),
            RowLabel.of("denied.enforcementRecords", "执法案卷", W),
            RowLabel.of("denied.administrativeQuery", "行政查询|查询事项", W),
            RowLabel.of("unavailable.notHeld", "不掌握", W),
            RowLabel.of("unavailable.requiresCreation", "没有现成|另行制作", W),
            RowLabel.of("unavailable.unclear", "补正后|仍不明确", W),
            RowLabel.of("notProcessed.petition", "信访|举报投诉", W),
            RowLabel.of("notProcessed.duplicate", "重复申请", W),
            RowLabel.of("notProcessed.publication", "出版物", W),
            RowLabel.of("notProcessed.excessive", "大量反复|无正当理由大量", W),
            RowLabel.of("notProcessed.confirmation", "要求行政机关确认|确认或重新|重新出具", W));
    private static final List<RowLabel> OTHER_2019 = List.of(
            RowLabel.of("otherHandling.other", "其他处理", W));
    private static final List<RowLabel> OTHER_2021 = List.of(
            RowLabel.of("otherHandling.noCorrection", "无正当理由逾期|逾期不补正|不补正", W),
            RowLabel.of("otherHandling.feeUnpaid", "逾期未按|收费通知|缴纳费用", W),
            RowLabel.of("otherHandling.other", "\\d[.、]其他|其他(?!处理)", W));
    private static final List<RowLabel> TAIL = List.of(
            RowLabel.of("total", "总计|合计", W),
            RowLabel.of("carriedForward", "结转下年|结转下一年|转下年度", W));

    public static final List<RowLabel> LABELS_2019 = concat(OTHER_2019);
    public static final List<RowLabel> LABELS_2021 = concat(OTHER_2021);

    private static List<RowLabel> concat(List<RowLabel> other) {
        List<RowLabel> all = new ArrayList<>(HEAD);
        all.addAll(other);
        all.addAll(TAIL);
        return List.copyOf(all);
    }

    /** The template Table 3's rows show: （六）其他处理 split into three rows is the 2021 layout. */
    public static String templateOf(TableText text) {
        String s = text.stream();
        if (ROWS_2021_ONLY.matcher(s).find()) {
            return Template.T2021;
        }
        return s.contains("其他处理") && s.contains("不予处理") ? Template.T2019 : null;
    }

    public TableResult<Applications> parse(TableText text, String templateHint, Map<String, String> invalid,
            Map<String, Cell> cellsRead) {
        String evidence = templateOf(text);
        String template = evidence != null ? evidence : (templateHint != null ? templateHint : Template.T2019);
        List<RowLabel> labels = Template.T2021.equals(template) ? LABELS_2021 : LABELS_2019;
        List<LabelFinder.Found> found = LabelFinder.find(text, labels, 0);
        Map<String, List<Cell>> read = new LinkedHashMap<>();
        for (int i = 0; i < found.size(); i++) {
            LabelFinder.Found f = found.get(i);
            int next = i + 1 < found.size() ? found.get(i + 1).anchorCell() : text.cells().size();
            read.put(f.label().name(), SlotGatherer.gather(text, f.anchorCell(), next, W));
        }
        TableStatus status = TableStatuses.of(text, read.values());
        List<String> inferred = new ArrayList<>();
        if (status != TableStatus.PRESENT) {
            return new TableResult<>(new Applications(status), status, evidence, inferred, List.of());
        }
        Map<String, List<Cell>> rows = new LinkedHashMap<>();
        for (RowLabel label : labels) {
            List<Cell> cells = read.getOrDefault(label.name(), List.of());
            if (!cells.isEmpty() && cells.size() < W) {
                GluedFigures.Reading reading = GluedFigures.split(cells, W, ApplicationsParser::rowAddsUp);
                if (reading != null) {
                    cells = reading.cells();
                    for (int k = 0; k < W; k++) {
                        if (reading.inferred()[k]) {
                            inferred.add("applications." + label.name() + "[" + k + "]");
                        }
                    }
                }
            }
            rows.put(label.name(), cells);
        }
        placeDroppedBlank(rows, inferred);
        Applications table = Applications.blank(template);
        Figures figures = new Figures(invalid, cellsRead);
        List<String> notes = new ArrayList<>();
        for (RowLabel label : labels) {
            List<Cell> cells = rows.get(label.name());
            IncompleteRows.check("表三", label.name(), read.containsKey(label.name()) ? cells.size() : -1, W, notes);
            List<Long> row = rowOf(table, label.name());
            for (int k = 0; k < W; k++) {
                Cell c = k < cells.size() ? cells.get(k) : null;
                row.set(k, figures.count(c, "applications." + label.name() + "[" + k + "]"));
            }
        }
        return new TableResult<>(table, status, evidence, inferred, notes);
    }

    /**
     * One row short of one cell (a PDF row that lost a blank): the blank goes where the row total and both
     * column rules (results add up to （七）总计; 一 + 二 = （七） + 四) hold, if exactly one position does.
     */
    private static void placeDroppedBlank(Map<String, List<Cell>> rows, List<String> inferred) {
        String shortRow = null;
        for (Map.Entry<String, List<Cell>> e : rows.entrySet()) {
            if (e.getValue().size() == W - 1) {
                if (shortRow != null) {
                    return; // two incomplete rows: the column rules cannot tell
                }
                shortRow = e.getKey();
            } else if (e.getValue().size() != W) {
                return;
            }
        }
        if (shortRow == null) {
            return;
        }
        Map<String, Long[]> values = new LinkedHashMap<>();
        for (Map.Entry<String, List<Cell>> e : rows.entrySet()) {
            if (e.getKey().equals(shortRow)) {
                continue;
            }
            Long[] v = new Long[W];
            for (int k = 0; k < W; k++) {
                Cell c = e.getValue().get(k);
                if (c.kind() == CellKind.VALUE) {
                    v[k] = c.number().longValue();
                } else if (c.kind() != CellKind.EMPTY) {
                    return;
                }
            }
            values.put(e.getKey(), v);
        }
        String target = shortRow;
        int p = MissingCell.position(rows.get(shortRow), W, candidate -> {
            values.put(target, candidate);
            return tableAddsUp(values);
        });
        if (p >= 0) {
            rows.put(shortRow, MissingCell.withBlank(rows.get(shortRow), p));
            for (int k = p; k < W; k++) {
                inferred.add("applications." + shortRow + "[" + k + "]");
            }
        }
    }

    /** row totals, results = （七）总计 and 一 + 二 = （七） + 四, blanks as zero */
    static boolean tableAddsUp(Map<String, Long[]> rows) {
        for (Long[] row : rows.values()) {
            long sum = 0;
            for (int k = 0; k < Applications.TOTAL_COLUMN; k++) {
                sum += MissingCell.or0(row[k]);
            }
            if (sum != MissingCell.or0(row[Applications.TOTAL_COLUMN])) {
                return false;
            }
        }
        Set<String> notResults = Set.of("newReceived", "carriedOver", "total", "carriedForward");
        for (int k = 0; k < W; k++) {
            long results = 0;
            for (Map.Entry<String, Long[]> e : rows.entrySet()) {
                if (!notResults.contains(e.getKey())) {
                    results += MissingCell.or0(e.getValue()[k]);
                }
            }
            long total = MissingCell.or0(rows.get("total")[k]);
            if (results != total) {
                return false;
            }
            long in = MissingCell.or0(rows.get("newReceived")[k]) + MissingCell.or0(rows.get("carriedOver")[k]);
            if (in != total + MissingCell.or0(rows.get("carriedForward")[k])) {
                return false;
            }
        }
        return true;
    }

    /** the six applicant columns add up to 总计 */
    static boolean rowAddsUp(long[] v) {
        long sum = 0;
        for (int k = 0; k < Applications.TOTAL_COLUMN; k++) {
            sum += v[k];
        }
        return sum == v[Applications.TOTAL_COLUMN];
    }

    static List<Long> rowOf(Applications t, String name) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            return switch (name) {
                case "newReceived" -> t.newReceived;
                case "carriedOver" -> t.carriedOver;
                case "granted" -> t.granted;
                case "partiallyGranted" -> t.partiallyGranted;
                case "total" -> t.total;
                case "carriedForward" -> t.carriedForward;
                default -> throw new IllegalArgumentException(name);
            };
        }
        String group = name.substring(0, dot);
        String row = name.substring(dot + 1);
        Map<String, List<Long>> g = switch (group) {
            case "denied" -> t.denied;
            case "unavailable" -> t.unavailable;
            case "notProcessed" -> t.notProcessed;
            case "otherHandling" -> t.otherHandling;
            default -> throw new IllegalArgumentException(name);
        };
        return g.get(row);
    }
}
