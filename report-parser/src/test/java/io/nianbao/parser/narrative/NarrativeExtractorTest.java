package io.nianbao.parser.narrative;

import io.nianbao.contracts.model.NarrativeFigure;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tricky phrasings, one at a time. */
class NarrativeExtractorTest {

    private final NarrativeExtractor extractor = new NarrativeExtractor();

    private Optional<NarrativeFigure> figure(List<NarrativeFigure> figures, String metric) {
        return figures.stream().filter(f -> f.metric.equals(metric)).findFirst();
    }

    private NarrativeFigure only(String text, String metric) {
        List<NarrativeFigure> figures = extractor.extract(text);
        assertEquals(1, figures.size(), () -> "figures of «" + text + "»: " + describe(figures));
        assertEquals(metric, figures.get(0).metric);
        return figures.get(0);
    }

    private static String describe(List<NarrativeFigure> figures) {
        return figures.stream().map(f -> f.metric + "=" + f.value + " «" + f.quote + "»").toList().toString();
    }

    private static void assertQuoteAtOffset(String text, NarrativeFigure f) {
        assertTrue(text.startsWith(f.quote, f.offset), () -> "«" + f.quote + "» is not at offset " + f.offset);
    }

    @Test
    void wanFiguresKeepTheirPrecisionAsTolerance() {
        String text = "在政府网站公开行政许可、行政处罚等对外管理服务事项5155个、处理决定589.19万件；定期发布收费目录。";
        NarrativeFigure f = only(text, "activeDisclosure.decisions.total");
        assertEquals(5891900L, f.value.longValue());
        assertEquals(50.0, f.tolerance);
        assertEquals("处理决定589.19万件", f.quote);
        assertQuoteAtOffset(text, f);

        NarrativeFigure whole = only("全年公开各类处理决定12万件。", "activeDisclosure.decisions.total");
        assertEquals(120000L, whole.value.longValue());
        assertEquals(5000.0, whole.tolerance);
        assertEquals("公开各类处理决定12万件", whole.quote);
    }

    @Test
    void exactFiguresHaveNoToleranceAndNoAtLeast() {
        NarrativeFigure f = only("全年共收到政府信息公开申请1,441件。", "applications.newReceived.total");
        assertEquals(1441L, f.value.longValue());
        assertNull(f.tolerance);
        assertNull(f.atLeast);
        assertEquals("全年共收到政府信息公开申请1,441件", f.quote);
    }

    @Test
    void approximateFiguresAreAtLeast() {
        String text = "依法依规办理公民、法人和其他组织提交的政府信息公开申请4000余件。";
        NarrativeFigure f = only(text, "applications.total.total");
        assertEquals(4000L, f.value.longValue());
        assertEquals(Boolean.TRUE, f.atLeast);
        assertEquals("政府信息公开申请4000余件", f.quote);
        assertQuoteAtOffset(text, f);
    }

    @Test
    void figuresStatedAboutSomethingNearbyAreLeftOut() {
        // "约" leaves the figure open; 条/期/个 of other things are not table figures
        assertTrue(extractor.extract("全年受理政府信息公开申请约300件。").isEmpty());
        assertTrue(extractor.extract("全市全年公开各类政府信息114000余条，出刊《政府公报》12期，公开专项规划18个。").isEmpty());
        assertTrue(extractor.extract("咨询电话：0535-6788888，统计期限为2020年1月1日至2020年12月31日。").isEmpty());
        assertTrue(extractor.extract("组织政务公开业务培训9场次，全年开展信息发布前审查774次。").isEmpty());
    }

    @Test
    void traditionalTextIsMatchedButQuotedAsWritten() {
        String text = "（二）依申請公開。全年共收到政府信息公開申請１２件，其中自然人申請10件、法人或其他組織申請2件。"
                + "辦理結果中，予以公開7件，不予處理1件。結轉下年度繼續辦理0件。";
        List<NarrativeFigure> figures = extractor.extract(text);
        NarrativeFigure received = figure(figures, "applications.newReceived.total").orElseThrow();
        assertEquals(12L, received.value.longValue());
        assertEquals("全年共收到政府信息公開申請１２件", received.quote);
        assertEquals("法人或其他組織申請2件", figure(figures, "applications.newReceived.legalPersons").orElseThrow().quote);
        assertEquals("不予處理1件", figure(figures, "applications.notProcessed.total").orElseThrow().quote);
        assertEquals("結轉下年度繼續辦理0件", figure(figures, "applications.carriedForward.total").orElseThrow().quote);
        assertEquals(6, figures.size(), () -> describe(figures));
        figures.forEach(f -> assertQuoteAtOffset(text, f));
    }

    @Test
    void correctedGoesToTheCaseTypeNamedBeforeIt() {
        String text = "全市因政府信息依申请公开引起的行政复议40起,被纠正10起,纠错率25%,行政诉讼31起,被纠正5起,复议诉讼率及纠错率均比往年有明显增长。";
        List<NarrativeFigure> figures = extractor.extract(text);
        assertEquals(40L, figure(figures, "reviewLitigation.administrativeReview.total").orElseThrow().value.longValue());
        NarrativeFigure review = figure(figures, "reviewLitigation.administrativeReview.corrected").orElseThrow();
        assertEquals(10L, review.value.longValue());
        assertEquals("被纠正10起", review.quote);
        assertEquals(31L, figure(figures, "reviewLitigation.litigation.total").orElseThrow().value.longValue());
        NarrativeFigure litigation = figure(figures, "reviewLitigation.litigation.corrected").orElseThrow();
        assertEquals(5L, litigation.value.longValue());
        assertEquals(text.indexOf("被纠正5起"), litigation.offset);
        assertEquals(4, figures.size(), () -> describe(figures));

        List<NarrativeFigure> named = extractor.extract("2025年，本机关因政府信息公开工作被申请行政复议3起，复议被纠正2起。");
        assertEquals("复议被纠正2起", figure(named, "reviewLitigation.administrativeReview.corrected").orElseThrow().quote);
        assertEquals(2, named.size(), () -> describe(named));
    }

    @Test
    void correctedWithBothCaseTypesInViewIsLeftOpen() {
        for (String text : List.of("涉及政府信息公开的行政复议和行政诉讼案件中被纠正3起。",
                "涉及政府信息公开的行政复议、行政诉讼案件中被纠正3起。")) {
            List<NarrativeFigure> figures = extractor.extract(text);
            assertFalse(figure(figures, "reviewLitigation.administrativeReview.corrected").isPresent(), () -> describe(figures));
            assertFalse(figure(figures, "reviewLitigation.litigation.corrected").isPresent(), () -> describe(figures));
        }
    }

    @Test
    void outcomesOfReviewsAndLawsuitsGoToTheirGroup() {
        String text = "因政府信息公开被申请行政复议12件，其中维持8件，纠正2件，被提起行政诉讼9件，其中维持6件，纠正1件。";
        List<NarrativeFigure> figures = extractor.extract(text);
        assertEquals(8L, figure(figures, "reviewLitigation.administrativeReview.upheld").orElseThrow().value.longValue());
        assertEquals(2L, figure(figures, "reviewLitigation.administrativeReview.corrected").orElseThrow().value.longValue());
        assertEquals(6L, figure(figures, "reviewLitigation.litigation.upheld").orElseThrow().value.longValue());
        assertEquals(1L, figure(figures, "reviewLitigation.litigation.corrected").orElseThrow().value.longValue());
        assertEquals(6, figures.size(), () -> describe(figures));
        // a 司法局 reporting its own review work: not about information disclosure
        assertTrue(extractor.extract("全年共受理行政复议申请356件，审结331件，其中维持208件，纠错37件。").isEmpty());
    }

    @Test
    void noCorrectionStatementGivesZeroForBoth() {
        String text = "均已答复完毕,未发生因政府信息公开致行政复议纠错或行政诉讼败诉的案件。";
        List<NarrativeFigure> figures = extractor.extract(text);
        assertEquals(2, figures.size(), () -> describe(figures));
        for (NarrativeFigure f : figures) {
            assertEquals(0L, f.value.longValue());
            assertEquals("未发生因政府信息公开致行政复议纠错或行政诉讼败诉的案件", f.quote);
        }
        assertTrue(figure(figures, "reviewLitigation.litigation.corrected").isPresent());
    }

    @Test
    void noCasesStatementGivesZeroTotals() {
        List<NarrativeFigure> figures = extractor.extract("本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。");
        assertEquals(0L, figure(figures, "reviewLitigation.administrativeReview.total").orElseThrow().value.longValue());
        assertEquals(0L, figure(figures, "reviewLitigation.litigation.total").orElseThrow().value.longValue());
        assertEquals(2, figures.size(), () -> describe(figures));
    }

    @Test
    void noApplicationStatementGivesZeroReceived() {
        NarrativeFigure f = only("本年度未收到政府信息公开申请，无上年结转情况。", "applications.newReceived.total");
        assertEquals(0L, f.value.longValue());
        assertEquals("本年度未收到政府信息公开申请", f.quote);
        assertTrue(extractor.extract("如未收到政府信息公开申请，应在报告中说明。").isEmpty());
        assertTrue(extractor.extract("其中，市本级未收到政府信息公开申请。").isEmpty());
        List<NarrativeFigure> noCases = extractor.extract("全年未发生因政府信息公开被申请行政复议或提起行政诉讼的情况。");
        assertEquals(2, noCases.size(), () -> describe(noCases));
    }

    @Test
    void decisionsCountOnlyWhenAllKindsAreMeant() {
        assertEquals(5891L, only("公开行政许可、行政处罚、行政强制及其他对外管理服务事项处理决定5891件。",
                "activeDisclosure.decisions.total").value.longValue());
        assertEquals(88L, only("作出行政许可、行政处罚等处理决定88件。", "activeDisclosure.decisions.total").value.longValue());
        assertTrue(extractor.extract("全年公开行政许可处理决定1846件。").isEmpty());
        assertTrue(extractor.extract("公开行政许可事项处理决定1846件。").isEmpty());
    }

    @Test
    void tableLinesNeverGiveFigures() {
        String text = String.join("\n",
                "三、收到和处理政府信息公开申请情况",
                "（一）予以公开\t623\t20\t1\t1\t7\t1\t653件",
                "| 部分公开 | 174 | 10 | 0 | 0 | 4 | 1 | 189件 |",
                "不予处理 30 1 0 0 0 0 31件",
                "其他处理",
                "",
                "61",
                "办理结果中，不予公开62件。");
        List<NarrativeFigure> figures = extractor.extract(text);
        assertEquals(1, figures.size(), () -> describe(figures));
        assertEquals("applications.denied.total", figures.get(0).metric);
    }

    @Test
    void figuresOfAPartOrOfLastYearAreLeftOut() {
        assertTrue(extractor.extract("其中，市级政府及部门收到政府信息公开申请572件。").isEmpty());
        assertTrue(extractor.extract("办理结果中，市本级予以公开30件。").isEmpty());
        assertTrue(extractor.extract("去年受理政府信息公开申请200件。").isEmpty());
        assertTrue(extractor.extract("全年行政许可处理决定1846件。").isEmpty());
        assertTrue(extractor.extract("全年取消行政事业性收费项目3个。").isEmpty());
        assertTrue(extractor.extract("申请数量较2019年120件申请增长了一倍。").isEmpty());
    }

    @Test
    void casesOfOtherBusinessAreLeftOut() {
        // a 司法局 reports the reviews it handles as such; only those about information disclosure count
        assertTrue(extractor.extract("全年受理行政复议申请200件，办结180件，行政诉讼出庭应诉35起。").isEmpty());
        assertTrue(extractor.extract("（二）依申请公开。全年共收到政府信息公开申请3件。\n12345热线受理群众诉求5000件，办结4990件。")
                .stream().noneMatch(f -> f.metric.equals("applications.total.total")));
        List<NarrativeFigure> figures = extractor.extract("全年共收到政府信息公开申请19件，其中自然人申请11件。上年结转0件，办结19件。");
        assertEquals(19L, figure(figures, "applications.total.total").orElseThrow().value.longValue());
    }

    @Test
    void aMetricStatedWithTwoValuesIsDropped() {
        List<NarrativeFigure> figures = extractor.extract("全年受理政府信息公开申请120件。本年度新收政府信息公开申请118件，其中自然人申请100件。");
        assertFalse(figure(figures, "applications.newReceived.total").isPresent(), () -> describe(figures));
        assertTrue(figure(figures, "applications.newReceived.naturalPerson").isPresent());
    }

    @Test
    void theSameFigureTwiceIsEmittedOnceWithTheFirstQuote() {
        String text = "全市全年办结依申请公开298件。\n全年受理、办结依申请公开298件(含上年结转1件),其中2019年297件申请件中申请主体为自然人的260件、商业企业16件。";
        List<NarrativeFigure> figures = extractor.extract(text);
        NarrativeFigure total = figure(figures, "applications.total.total").orElseThrow();
        assertEquals(text.indexOf("办结依申请公开298件"), total.offset);
        assertEquals("含上年结转1件", figure(figures, "applications.carriedOver.total").orElseThrow().quote);
        assertEquals("2019年297件申请件", figure(figures, "applications.newReceived.total").orElseThrow().quote);
        assertEquals("自然人的260件", figure(figures, "applications.newReceived.naturalPerson").orElseThrow().quote);
        assertEquals(16L, figure(figures, "applications.newReceived.commercial").orElseThrow().value.longValue());
        assertEquals(5, figures.size(), () -> describe(figures));
    }

    @Test
    void documentFiguresFollowTheirVerb() {
        List<NarrativeFigure> figures = extractor.extract("全年公开政府规章2件,行政规范性文件59件,市政府各部门及时公开了机构概况。");
        assertEquals(2L, figure(figures, "activeDisclosure.regulations.published").orElseThrow().value.longValue());
        NarrativeFigure documents = figure(figures, "activeDisclosure.normativeDocuments.published").orElseThrow();
        assertEquals("行政规范性文件59件", documents.quote);
        assertEquals(10L, only("本年度制发行政规范性文件10件。", "activeDisclosure.normativeDocuments.issued").value.longValue());
        assertEquals(51L, only("2020年我市行政事业性收费项目为51个。", "activeDisclosure.fees.previousCount").value.longValue());
    }

    @Test
    void aSentenceHardWrappedByAPdfExportIsJoined() {
        String text = "　　2022年，市政府办公室因政府信息公开工作被申请行政\n复议3起，复议被纠正1起。";
        List<NarrativeFigure> figures = extractor.extract(text);
        NarrativeFigure review = figure(figures, "reviewLitigation.administrativeReview.total").orElseThrow();
        assertEquals(3L, review.value.longValue());
        assertEquals("被申请行政\n复议3起", review.quote);
        assertQuoteAtOffset(text, review);
        assertEquals(1L, figure(figures, "reviewLitigation.administrativeReview.corrected").orElseThrow().value.longValue());
    }

    @Test
    void aLongTextIsReadQuickly() {
        String paragraph = "全年共收到政府信息公开申请19件，其中自然人申请11件、法人或其他组织申请8件。办理结果中，予以公开7件，"
                + "不予公开2件，无法提供5件。全市各级行政机关公开各类政府信息11400余条，出刊12期，开展培训8场次。\n"
                + "行政许可\t465\t-34\t1846294\n";
        String big = paragraph.repeat(2000); // about 200 000 characters
        String oneSentence = "予以公开653件，".repeat(10000); // a 90 000-character "sentence" full of figures
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            List<NarrativeFigure> figures = extractor.extract(big);
            assertEquals(6, figures.size(), () -> describe(figures));
            extractor.extract(oneSentence);
        });
    }

    @Test
    void arbitraryTextNeverBreaksTheExtractorAndQuotesStayAtTheirOffsets() {
        String[] pieces = {"予以公开", "不予處理", "收到政府信息公开申请", "申請", "办结", "行政复议", "行政訴訟", "被纠正", "复议",
                "处理决定", "公開各類處理決定", "1,234", "589.19", "１２", "0", "7", "万", "萬", "余", "餘", "件", "起", "个",
                "，", "。", "；", ",", "、", " ", "　", "\n", "\n\n", "\t", "|", "\r", "\f", "(", "含上年结转", "自然人的",
                "2019年", "未发生因政府信息公开致行政复议纠错或行政诉讼败诉的案件", "其中市级", "上年", "\uD842\uDFB7"};
        java.util.Random random = new java.util.Random(20251126L);
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(40);
            for (int k = 0; k < n; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            for (NarrativeFigure f : extractor.extract(t)) {
                assertQuoteAtOffset(t, f);
                assertTrue(f.value.longValue() >= 0);
            }
        }
    }

    @Test
    void emptyOrNullTextGivesNothing() {
        assertTrue(extractor.extract("").isEmpty());
        assertTrue(extractor.extract(null).isEmpty());
    }
}
