package io.nianbao.parser.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class MetadataReaderTest {
    private final MetadataReader reader = new MetadataReader();

    private Metadata read(String text) {
        return reader.read(List.of(text.split("\n")));
    }

    @Test
    void titleWithTheBodyBeforeTheYear() {
        Metadata m = read("首页 > 信息公开\n烟台市人民政府2020年政府信息公开工作年度报告\n日期:2021-03-10");
        assertEquals("烟台市人民政府2020年政府信息公开工作年度报告", m.title());
        assertEquals("烟台市人民政府", m.organization());
        assertEquals(2020, m.year());
    }

    @Test
    void titleWithTheBodyAfterTheYear() {
        Metadata m = read("2019年无锡市滨湖区人民政府政府信息公开工作年度报告");
        assertEquals("无锡市滨湖区人民政府", m.organization());
        assertEquals(2019, m.year());
    }

    @Test
    void titleWithoutAYearTakesTheYearFromTheStatisticalPeriod() {
        Metadata m = read("某县人民政府政府信息公开工作年度报告\n发布日期：2022-01-20\n本报告所列数据统计期限自2021年1月1日起至2021年12月31日止。");
        assertEquals("某县人民政府", m.organization());
        assertEquals(2021, m.year());
    }

    @Test
    void noTitle() {
        Metadata m = read("发布日期：2025-01-17　　来源：莆田市公安局\n\n本报告由莆田市公安局编制。报告所列数据统计期限为2024年1月1日至2024年12月31日。");
        assertNull(m.title());
        assertEquals("莆田市公安局", m.organization());
        assertEquals(2024, m.year());
    }

    @Test
    void noTitleWrappedPreamble() {
        Metadata m = read("发布日期：2020-01-27\n本报告由株洲市人民政府办\n公室编制。本报告所列数据的统计期限自2019年1\n月1日起至2019年12月31日止。");
        assertEquals("株洲市人民政府办公室", m.organization());
        assertEquals(2019, m.year());
    }

    @Test
    void noTitleBodyFromTheSummaryAndYearFromTheProseNotThePublicationDate() {
        Metadata m = read("报告全文\n一、总体情况\n2020年，郑州市人民政府以习近平新时代中国特色社会主义思想为指导。2020年全市共……\n2021年3月1日");
        assertEquals("郑州市人民政府", m.organization());
        assertEquals(2020, m.year());
    }

    @Test
    void noticeCitedInThePreamble() {
        assertEquals("2021", read("（国办公开办函〔2021〕30号）").notice());
        assertEquals("2019", read("（国办公开办函〔2019〕60号）").notice());
    }
}
