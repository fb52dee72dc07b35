package io.nianbao.parser.narrative;

import java.util.regex.Matcher;

/**
 * Where a label was found before a stated number: the prepared text, the label match, and the
 * bounds of the sentence and clause it sits in.
 *
 * @param work          the prepared prose ({@link ProseView#work()})
 * @param label         the label match; group {@code q} (when present) starts the quote
 * @param sentenceStart where the sentence holding the number starts in {@code work}
 * @param quoteStart    where the quote starts in {@code work}
 * @param numberEnd     where the number with its unit ends in {@code work}
 */
record LabelContext(String work, Matcher label, int sentenceStart, int quoteStart, int numberEnd) {

    private static final String CLAUSE_BREAKS = "，,；;。\n";

    /** the part of the clause before the quote ("其中市级" in "其中市级予以公开3件") */
    String clausePrefix() {
        return work.substring(clauseStart(quoteStart), quoteStart);
    }

    int clauseStart(int at) {
        int i = at;
        while (i > sentenceStart && CLAUSE_BREAKS.indexOf(work.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    /** the sentence up to the quote */
    String sentenceBefore() {
        return work.substring(sentenceStart, quoteStart);
    }

    /**
     * The full sentence up to the quote, across semicolons ("办理结果中，予以公开3件；部分公开1件"), at most
     * {@code limit} characters back.
     */
    String fullSentenceBefore(int limit) {
        int i = quoteStart;
        int stop = Math.max(0, quoteStart - limit);
        while (i > stop && "。！!？?\n".indexOf(work.charAt(i - 1)) < 0) {
            i--;
        }
        return work.substring(i, quoteStart);
    }

    /** the paragraph up to the quote, at most {@code limit} characters back */
    String paragraphBefore(int limit) {
        int i = quoteStart;
        int stop = Math.max(0, quoteStart - limit);
        while (i > stop && work.charAt(i - 1) != '\n') {
            i--;
        }
        return work.substring(i, quoteStart);
    }

    /** the rest of the sentence after the number, at most {@code limit} characters */
    String sentenceAfter(int limit) {
        int end = numberEnd;
        int stop = Math.min(work.length(), numberEnd + limit);
        while (end < stop && "。；;！!？?\n".indexOf(work.charAt(end)) < 0) {
            end++;
        }
        return work.substring(numberEnd, end);
    }

    String group(String name) {
        try {
            return label.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
