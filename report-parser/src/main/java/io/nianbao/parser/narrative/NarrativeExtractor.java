package io.nianbao.parser.narrative;

import io.nianbao.contracts.model.NarrativeFigure;
import io.nianbao.parser.text.SimplifiedText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts the figures that the prose of a report states about its tables ("受理政府信息公开申请1441件"
 * → applications.newReceived.total = 1441), so that the validator can compare them with the tables and
 * a report whose tables are images still yields numbers.
 *
 * <p>Precision comes first: every figure is compared with a table, so a figure read from the wrong
 * sentence raises a false warning. Table lines are never read; a number is taken only with a unit and
 * a label that ends right before it; a sentence that leaves the metric open yields nothing; and a metric
 * the prose states with two different values is dropped.
 *
 * <p>The text may be in Traditional characters: matching runs on a Simplified copy of the same length,
 * and each {@code quote} is cut from the original text at the same offsets. Thread-safe.
 */
public class NarrativeExtractor {

    /** how far before a number a label may start */
    private static final int MAX_LABEL = 60;
    /** the last character of every label or of the filler allowed after it (see {@link FigureRules}) */
    private static final String LABEL_ENDS = "请结开度年转理续供息人织业构正错持议讼件章定目有的了为共计达:：";
    /** how far back a sentence is read for its context (keeps the work linear in the text length) */
    private static final int MAX_SENTENCE = 400;
    private static final String SENTENCE_BREAKS = "。；;！!？?\n";
    /** words that make a figure a part of the whole: a level or kind of unit within the reporting body */
    private static final Pattern SUB_PART = Pattern.compile(
            "市级|县级|区级|本级|市直|县直|区直|乡镇|街道|镇街|(?<![各本])部门|各县|各区|县区|区县|县（区）|县\\(区\\)|其中市|其中县|其中区");
    private static final Pattern EARLIER = Pattern.compile("上年|去年|上一年|同比|比上|较上|前一年|往年");
    /** "未发生因政府信息公开致行政复议纠错或行政诉讼败诉的案件": neither was corrected */
    private static final Pattern NO_CORRECTION = Pattern.compile(
            "未(?:发生|出现)[^。；;，,\\n]{0,30}?信息[^。；;，,\\n]{0,20}?(?:行政)?复议(?:被)?纠[错正](?:或|和|、|及)(?:行政)?诉讼败诉的?(?:案件|情况|情形)");

    /** "全年未发生因政府信息公开引起的行政复议、行政诉讼案件": none of either */
    private static final Pattern NO_CASES = Pattern.compile(
            "未(?:发生|出现|产生)[^。；;，,\\n复诉]{0,24}?信息[^。；;，,\\n复诉]{0,16}?(?:行政)?复议(?:案件)?(?:、|和|及|与|或)(?:被)?(?:提起)?(?:行政)?诉讼(?:案件|案例|的?情况)?(?!败诉|纠|被)");
    /** "本年度未收到政府信息公开申请": no new application */
    private static final Pattern NO_APPLICATIONS = Pattern.compile(
            "(?:(?:全年|本年度?|年内)(?:共)?)?未(?:收到|受理|接到)(?:过)?(?:任何)?(?:的)?(?:政府信息公开|信息公开|依申请公开)(?:的)?申请(?!人)");
    /** the most characters before the 未 of NO_CORRECTION, NO_CASES, NO_APPLICATIONS ("本年度共未收到") */
    private static final int NEGATION_LEAD = 4;
    /** a condition ("如未收到…") makes a "未…" statement no figure */
    private static final Pattern CONDITION = Pattern.compile("如|若|凡|是否|假如|一旦");

    public List<NarrativeFigure> extract(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return extract(text, SimplifiedText.of(text));
    }

    /**
     * As {@link #extract(String)}, given the text in Simplified characters as well (the same length, as
     * {@link SimplifiedText#of} makes it), so that a caller that has converted it already does not pay twice.
     */
    public List<NarrativeFigure> extract(String text, String simplified) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        ProseView view = ProseView.of(text, simplified);
        String work = view.work();
        List<NarrativeFigure> found = new ArrayList<>();
        Matcher number = StatedNumber.PATTERN.matcher(work).useTransparentBounds(true);
        Matcher[] labels = new Matcher[FigureRules.ALL.size()];
        int length = work.length();
        int at = 0;
        while (at < length) {
            // a stated number starts a run of digits, and only one after a label's last character can count:
            // trying the number pattern there alone gives the same matches as scanning the whole text with it
            if (isDigit(work.charAt(at)) && (at == 0 || !isDigit(work.charAt(at - 1))) && mayFollowALabel(work, at)
                    && number.region(at, length).lookingAt()) {
                StatedNumber stated = StatedNumber.from(number);
                if (stated != null) {
                    NarrativeFigure figure = figureAt(view, number, stated, labels);
                    if (figure != null) {
                        found.add(figure);
                    }
                }
                at = number.end();
            } else {
                at++;
            }
        }
        zeroStatements(view, NO_CORRECTION, found,
                "reviewLitigation.administrativeReview.corrected", "reviewLitigation.litigation.corrected");
        zeroStatements(view, NO_APPLICATIONS, found, "applications.newReceived.total");
        zeroStatements(view, NO_CASES, found,
                "reviewLitigation.administrativeReview.total", "reviewLitigation.litigation.total");
        return consistent(found);
    }

    /** "未发生…" / "未收到…": a figure of 0 for each metric, unless the clause makes it conditional or partial */
    private static void zeroStatements(ProseView view, Pattern statement, List<NarrativeFigure> found, String... metrics) {
        String work = view.work();
        Matcher m = statement.matcher(work).useTransparentBounds(true);
        int from = 0;
        while (findNear(m, work, from)) {
            from = m.end();
            String prefix = work.substring(clauseStart(work, m.start()), m.start());
            if (CONDITION.matcher(prefix).find() || SUB_PART.matcher(prefix).find() || EARLIER.matcher(prefix).find()) {
                continue;
            }
            for (String metric : metrics) {
                NarrativeFigure figure = figure(view, metric, 0L, m.start(), m.end(), null, false);
                if (figure != null) {
                    found.add(figure);
                }
            }
        }
    }

    /**
     * The next match of a "未…" statement at or after {@code from}, as {@code find()} would give it. Each of these
     * patterns holds its 未 within its first {@link #NEGATION_LEAD} characters, so a match can only start that
     * near a 未: the pattern is tried at those positions alone instead of at every character of the text.
     */
    private static boolean findNear(Matcher m, String work, int from) {
        int untried = from;
        for (int neg = work.indexOf('未', from); neg >= 0; neg = work.indexOf('未', neg + 1)) {
            for (int start = Math.max(untried, neg - NEGATION_LEAD); start <= neg; start++) {
                if (m.region(start, work.length()).lookingAt()) {
                    return true;
                }
            }
            untried = neg + 1;
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * A cheap first look: every label ends in one of a few characters (申请, 公开, 复议, 的 …), so a
     * number after any other character needs no rule.
     */
    private static boolean mayFollowALabel(String work, int numberStart) {
        int i = numberStart - 1;
        while (i >= 0 && work.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && LABEL_ENDS.indexOf(work.charAt(i)) >= 0;
    }

    private NarrativeFigure figureAt(ProseView view, Matcher number, StatedNumber stated, Matcher[] labels) {
        String work = view.work();
        int sentenceStart = sentenceStart(work, number.start());
        int regionStart = Math.max(sentenceStart, number.start() - MAX_LABEL);
        for (int r = 0; r < labels.length; r++) {
            FigureRule rule = FigureRules.ALL.get(r);
            if (!rule.allows(stated.unit())) {
                continue;
            }
            if (labels[r] == null) {
                labels[r] = rule.label().matcher(work);
            }
            Matcher label = labels[r].region(regionStart, number.start());
            if (!label.find()) {
                continue;
            }
            int quoteStart = label.start("q");
            int quoteEnd = number.end();
            if (rule.follow() != null) {
                Matcher follow = rule.follow().matcher(work).region(number.end(), work.length());
                if (!follow.lookingAt()) {
                    return null;
                }
                if (rule.followQuoted()) {
                    quoteEnd = follow.end();
                }
            }
            LabelContext context = new LabelContext(work, label, sentenceStart, quoteStart, number.end());
            String prefix = context.clausePrefix();
            if (SUB_PART.matcher(prefix).find() || EARLIER.matcher(prefix).find()) {
                return null; // a part of the whole, or last year's figure
            }
            String metric = rule.metric().apply(context);
            if (metric == null) {
                return null;
            }
            return figure(view, metric, stated.value(), quoteStart, quoteEnd, stated.tolerance(), stated.atLeast());
        }
        return null;
    }

    private static NarrativeFigure figure(ProseView view, String metric, long value, int start, int end,
                                          Double tolerance, boolean atLeast) {
        String quote = view.originalSpan(start, end);
        if (quote.isBlank() || !digitsOf(quote).equals(digitsOf(view.work().substring(start, end)))) {
            return null; // the quote could not be mapped back to the text as written
        }
        NarrativeFigure figure = new NarrativeFigure(metric, value, quote);
        figure.tolerance = tolerance;
        figure.atLeast = atLeast ? Boolean.TRUE : null;
        figure.offset = view.origin(start);
        return figure;
    }

    private static String digitsOf(String s) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c >= '０' && c <= '９') {
                digits.append((char) ('0' + (c - '０')));
            }
        }
        return digits.toString();
    }

    private static int clauseStart(String work, int at) {
        int i = at;
        int limit = Math.max(0, at - MAX_SENTENCE);
        while (i > limit && "，,；;。！!？?\n".indexOf(work.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    private static int sentenceStart(String work, int at) {
        int i = at;
        int limit = Math.max(0, at - MAX_SENTENCE);
        while (i > limit && SENTENCE_BREAKS.indexOf(work.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    /**
     * One figure per (metric, value), the first statement as evidence; a metric stated with two
     * different values is dropped, since at most one of them can be the table's.
     */
    private static List<NarrativeFigure> consistent(List<NarrativeFigure> found) {
        Map<String, Set<Long>> values = new HashMap<>();
        for (NarrativeFigure f : found) {
            values.computeIfAbsent(f.metric, k -> new HashSet<>()).add(f.value.longValue());
        }
        Map<String, NarrativeFigure> kept = new LinkedHashMap<>();
        for (NarrativeFigure f : found) {
            if (values.get(f.metric).size() == 1) {
                kept.putIfAbsent(f.metric, f);
            }
        }
        List<NarrativeFigure> result = new ArrayList<>(kept.values());
        result.sort(Comparator.comparingInt((NarrativeFigure f) -> f.offset));
        return result;
    }
}
