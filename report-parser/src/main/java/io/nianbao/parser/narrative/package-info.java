/**
 * Prose figures ("narrative"): the numbers a report's sentences state about its tables.
 *
 * <p>{@link io.nianbao.parser.narrative.NarrativeExtractor} is the entry point. How it works:
 * <ol>
 *   <li>{@code ProseView} prepares the text: Simplified characters of the same length
 *       ({@code SimplifiedText}), ASCII digits, table lines ({@code TableLines}) replaced by paragraph
 *       breaks, PDF hard-wraps joined — with a map back to the original offsets;</li>
 *   <li>every number with a unit ({@code StatedNumber}: 件/起/个 …, 万, 余) is a candidate;</li>
 *   <li>{@code FigureRules} holds the phrasings, each a label anchored right before the number
 *       ("予以公开" + 653件) with a context check that may leave the metric open;</li>
 *   <li>statements without a number ("未发生…行政复议纠错或行政诉讼败诉的案件") give 0;</li>
 *   <li>a metric stated with two different values is dropped.</li>
 * </ol>
 * To support a new phrasing, add a rule to {@code FigureRules} (and the last character of its label to
 * {@code NarrativeExtractor.LABEL_ENDS}) with a unit test in {@code NarrativeExtractorTest}; the corpus
 * test ({@code NarrativeCorpusTest}) guards recall and precision over the seeds and synthetic reports.
 */
package io.nianbao.parser.narrative;
