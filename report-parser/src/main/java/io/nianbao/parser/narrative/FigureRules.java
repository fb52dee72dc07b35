package io.nianbao.parser.narrative;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The catalogue of phrasings, tried in order on the text before each stated number (the first label
 * that matches decides, even when its context then leaves the metric open). Patterns run on the
 * Simplified text; every label ends at the number, allowing only a filler such as 的/为/共 between.
 */
final class FigureRules {

    private static final String FILL = "(?:的|了|为|共|计|达|:|：)?\\s*$";
    private static final String APPLICATION_UNITS = "件";
    private static final String CASE_UNITS = "起件宗次例";
    private static final String DOCUMENT_UNITS = "件个份部";
    private static final String DECISION_UNITS = "件个条项";
    private static final String ITEM_UNITS = "个项";

    private static final Pattern RECEIVE_VERB = Pattern.compile("收到|受理|新收|新增|接收");
    private static final Pattern HANDLE_VERB = Pattern.compile("办理|办结");
    private static final Pattern ABOUT_APPLICATIONS = Pattern.compile("申请");
    private static final Pattern ABOUT_RESULTS = Pattern.compile("申请|办理|办结|答复|结果|无法提供");
    private static final Pattern FEE_CHANGE = Pattern.compile("取消|减少|新增|增加|调整|停征|免征|降低|清理|减免");
    private static final Pattern REVIEW = Pattern.compile("复议(?!诉讼)");
    private static final Pattern LITIGATION = Pattern.compile("(?<!复议)诉讼");
    /** a review or lawsuit counts only in a sentence about information disclosure (a 司法局 reports others too) */
    private static final Pattern ABOUT_DISCLOSURE = Pattern.compile("信息|依申请");
    /** a bare "办结N件" counts only when nothing before it in the clause says what was concluded */
    private static final Pattern GENERAL_CLAUSE = Pattern.compile("(?:全年|全部|共|已|均|累计|本年度|年内|其中|按时|按期|依法|\\s)*");
    /** "较2019年120件申请…": a year's figure named for comparison */
    private static final Pattern COMPARISON = Pattern.compile("较|比|与|相比|同期");
    private static final Pattern OTHER_BUSINESS = Pattern.compile("复议|诉讼|热线|信访|建议|提案|工单|诉求|咨询|投诉|留言");

    static final List<FigureRule> ALL = List.of(
            // ---- Table 3: applications received and handled
            rule("application with its verb",
                    "(?<q>(?:全年共|本年度|全年)?(?<verb>收到|受理|新收|新增|接收|办理|办结)(?:了)?(?:的)?(?:各类)?"
                            + "(?:政府信息公开|信息公开|依申请公开政府信息|依申请公开|政府信息)?申请(?:件)?)" + FILL,
                    APPLICATION_UNITS, c -> verbMetric(c.group("verb"))),
            rule("application, verb earlier in the clause",
                    "(?<q>(?:政府信息公开|信息公开|依申请公开政府信息)申请)" + FILL,
                    APPLICATION_UNITS, FigureRules::clauseVerbMetric),
            rule("concluded", "(?<q>办结(?:了)?(?:的)?(?<object>依申请公开|政府信息公开申请|信息公开申请|申请)?)" + FILL,
                    APPLICATION_UNITS, c -> c.group("object") != null || concludedApplications(c) ? "applications.total.total" : null),
            new FigureRule("handled ... applications", Pattern.compile("(?<q>办理的)" + FILL), APPLICATION_UNITS,
                    Pattern.compile("申请"), false, c -> "applications.total.total"),
            new FigureRule("applications of the year", Pattern.compile("(?<q>(?:19|20)\\d{2}年度?)$"), APPLICATION_UNITS,
                    Pattern.compile("申请件?(?=中|，|,|。|；|;|（|\\()"), true,
                    c -> COMPARISON.matcher(c.clausePrefix()).find() ? null : "applications.newReceived.total"),
            rule("carried over", "(?<q>(?:含)?上(?:一)?年度?(?:结转|转结)(?:的)?(?:政府信息公开)?(?:申请)?)" + FILL,
                    APPLICATION_UNITS, c -> "applications.carriedOver.total"),
            rule("carried forward", "(?<q>结转(?:至|到|入)?下(?:一)?年度?(?:继续)?(?:办理)?(?:的)?)" + FILL,
                    APPLICATION_UNITS, c -> "applications.carriedForward.total"),
            result("(?<q>(?<!不)(?:予以公开|同意公开|完整公开|全部公开))", "applications.granted.total"),
            result("(?<q>部分公开)", "applications.partiallyGranted.total"),
            result("(?<q>不予(?:以)?公开)", "applications.denied.total"),
            result("(?<q>无法提供)", "applications.unavailable.total"),
            result("(?<q>不予(?:以)?处理)", "applications.notProcessed.total"),
            result("(?<q>其他处理)", "applications.otherHandling.total"),
            result("(?<q>本(?:机关|单位|部门)?不掌握(?:相关|该)?(?:的)?(?:政府)?信息)", "applications.unavailable.notHeld.total"),
            applicant("(?<q>自然人(?:提出(?:的)?申请|申请|的)?)", c -> "applications.newReceived.naturalPerson"),
            applicant("(?<q>法人(?:或者?|和|及)其他组织(?:提出(?:的)?申请|申请|的)?)",
                    c -> "applications.newReceived.legalPersons"),
            applicant("(?<q>(?<col>商业企业|科研机构|社会公益组织|法律服务机构)(?:提出(?:的)?申请|申请|的)?)",
                    c -> "applications.newReceived." + column(c.group("col"))),
            // ---- Table 4: review and litigation
            rule("corrected", "(?<q>(?<who>复议|诉讼)?(?:结果)?(?:被(?:依法)?)?纠[正错])" + FILL, CASE_UNITS,
                    c -> outcomeMetric(c, "corrected")),
            rule("upheld", "(?<q>(?<who>复议|诉讼)?(?:结果)?(?:被)?维持(?:原(?:具体)?行政行为)?(?:的)?)" + FILL, CASE_UNITS,
                    c -> outcomeMetric(c, "upheld")),
            rule("administrative review", "(?<q>(?:被申请|发生|收到|新收)?行政复议(?:案件|申请)?)" + FILL, CASE_UNITS,
                    c -> aboutDisclosure(c) ? "reviewLitigation.administrativeReview.total" : null),
            rule("litigation", "(?<q>(?:被提起|发生|收到)?行政诉讼(?:案件)?)" + FILL, CASE_UNITS,
                    c -> aboutDisclosure(c) ? "reviewLitigation.litigation.total" : null),
            // ---- Table 2: active disclosure
            rule("normative documents after regulations",
                    "(?<verb>公开|制发)(?:了)?(?:政府)?规章\\d+件[，,、和及](?<q>(?:行政)?规范性文件)" + FILL,
                    DOCUMENT_UNITS, c -> documentMetric(c.group("verb"))),
            rule("normative documents", "(?<q>(?<verb>公开|制发)(?:了)?(?:行政)?规范性文件)" + FILL, DOCUMENT_UNITS,
                    c -> documentMetric(c.group("verb"))),
            rule("regulations", "(?<q>公开(?:了)?(?:政府)?规章)" + FILL, DOCUMENT_UNITS,
                    c -> "activeDisclosure.regulations.published"),
            rule("decisions", "(?<q>(?:公开(?<list>各类|[^，,。；;：:\\d\\s]{1,40}?)?|各类)?处理决定)" + FILL, DECISION_UNITS,
                    FigureRules::decisionsMetric),
            rule("fee items", "(?<q>(?:上一年度?)?行政事业性收费项目(?:为|共|有)?)" + FILL, ITEM_UNITS,
                    c -> FEE_CHANGE.matcher(c.clausePrefix()).find() ? null : "activeDisclosure.fees.previousCount"));

    private FigureRules() {
    }

    private static FigureRule rule(String name, String label, String units, Function<LabelContext, String> metric) {
        return new FigureRule(name, Pattern.compile(label), units, null, false, metric);
    }

    /** a result row of Table 3: only in a sentence about applications or their handling */
    private static FigureRule result(String label, String metric) {
        return rule(metric, label + FILL, APPLICATION_UNITS, c -> about(c, ABOUT_RESULTS) ? metric : null);
    }

    /** an applicant column of the new applications: only in a sentence about applications */
    private static FigureRule applicant(String label, Function<LabelContext, String> metric) {
        return rule("applicant", label + FILL, APPLICATION_UNITS, c -> about(c, ABOUT_APPLICATIONS) ? metric.apply(c) : null);
    }

    private static boolean about(LabelContext c, Pattern topic) {
        return topic.matcher(c.fullSentenceBefore(200)).find() || topic.matcher(c.sentenceAfter(200)).find();
    }

    /**
     * "上年结转2件，办结31件": a bare 办结 is about applications only in a paragraph about them, in a
     * sentence about nothing else, with nothing in its clause saying what was concluded.
     */
    private static boolean concludedApplications(LabelContext c) {
        return GENERAL_CLAUSE.matcher(c.clausePrefix()).matches()
                && ABOUT_APPLICATIONS.matcher(c.paragraphBefore(400)).find()
                && !OTHER_BUSINESS.matcher(c.fullSentenceBefore(200) + c.sentenceAfter(100)).find();
    }

    private static boolean aboutDisclosure(LabelContext c) {
        return ABOUT_DISCLOSURE.matcher(c.fullSentenceBefore(300)).find();
    }

    private static String verbMetric(String verb) {
        return HANDLE_VERB.matcher(verb).matches() ? "applications.total.total" : "applications.newReceived.total";
    }

    /** "办理公民、法人和其他组织提交的政府信息公开申请4000余件": the verb of the clause decides */
    private static String clauseVerbMetric(LabelContext c) {
        String clause = c.clausePrefix();
        boolean received = RECEIVE_VERB.matcher(clause).find();
        boolean handled = HANDLE_VERB.matcher(clause).find();
        if (received == handled) {
            return null;
        }
        return handled ? "applications.total.total" : "applications.newReceived.total";
    }

    /**
     * "行政复议40起，被纠正10起，…，行政诉讼31起，被纠正5起": an outcome belongs to the case type named
     * last before it in the sentence ("复议被纠正" names it itself), provided that the clause naming it
     * names only that one ("行政复议和行政诉讼案件中被纠正3起" leaves it open).
     */
    private static String outcomeMetric(LabelContext c, String column) {
        if (!aboutDisclosure(c)) {
            return null;
        }
        String who = c.group("who");
        String group;
        if (who != null) {
            group = who.equals("复议") ? "administrativeReview" : "litigation";
        } else {
            group = lastCaseTypeNamed(c);
        }
        return group == null ? null : "reviewLitigation." + group + "." + column;
    }

    private static String lastCaseTypeNamed(LabelContext c) {
        String before = c.sentenceBefore();
        int review = lastIndex(REVIEW, before);
        int litigation = lastIndex(LITIGATION, before);
        if (review < 0 && litigation < 0) {
            return null;
        }
        int named = Math.max(review, litigation);
        int other = Math.min(review, litigation);
        // the clause that names it: from the break before the mention to the quote
        int clauseStart = named;
        while (clauseStart > 0 && "，,；;：:".indexOf(before.charAt(clauseStart - 1)) < 0) {
            clauseStart--;
        }
        if (other >= clauseStart) {
            return null;
        }
        return review > litigation ? "administrativeReview" : "litigation";
    }

    private static int lastIndex(Pattern pattern, String s) {
        int last = -1;
        var m = pattern.matcher(s);
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    private static String documentMetric(String verb) {
        return verb.equals("公开") ? "activeDisclosure.normativeDocuments.published" : "activeDisclosure.normativeDocuments.issued";
    }

    /**
     * 处理决定 stands for all decisions only when nothing narrows it to one kind: "公开各类处理决定",
     * "公开行政许可、行政处罚、行政强制等处理决定", "、处理决定" — not "公开行政许可处理决定".
     */
    private static String decisionsMetric(LabelContext c) {
        String list = c.group("list");
        if (list != null) {
            boolean all = list.equals("各类") || list.contains("、") || list.endsWith("等");
            return all ? "activeDisclosure.decisions.total" : null;
        }
        String quote = c.work().substring(c.quoteStart());
        if (!quote.startsWith("公开") && c.quoteStart() > c.sentenceStart()) {
            char before = c.work().charAt(c.quoteStart() - 1);
            if ("、，,；;：: 和及等".indexOf(before) < 0) {
                return null;
            }
        }
        return "activeDisclosure.decisions.total";
    }

    private static String column(String label) {
        return switch (label) {
            case "商业企业" -> "commercial";
            case "科研机构" -> "research";
            case "社会公益组织" -> "nonProfit";
            default -> "legalService";
        };
    }
}
