package io.nianbao.query.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyLevelTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // provinces: 省, 自治区, the four municipalities, with or without 人民政府 / 办公厅
            "山东省人民政府, PROVINCE",
            "山东省人民政府办公厅, PROVINCE",
            "广西壮族自治区人民政府, PROVINCE",
            "内蒙古自治区政府, PROVINCE",
            "北京市人民政府, PROVINCE",
            "重庆市人民政府办公厅, PROVINCE",
            "上海市, PROVINCE",
            // cities: 市, 自治州, 盟, 地区 (a bare place name is its government)
            "烟台市人民政府, CITY",
            "马鞍山市政府, CITY",
            "白银市, CITY",
            "鄭州市人民政府, CITY",
            "延边朝鲜族自治州人民政府, CITY",
            "锡林郭勒盟行政公署, DEPARTMENT",
            "阿克苏地区行政公署, DEPARTMENT",
            "阿克苏地区, CITY",
            "兴安盟, CITY",
            "义乌市人民政府, CITY",
            // counties and districts: 县, 区, 旗, 自治县, 林区
            "青岛市城阳区人民政府, COUNTY",
            "郑州市金水区人民政府办公室, COUNTY",
            "北京市朝阳区人民政府, COUNTY",
            "寿光县人民政府, COUNTY",
            "鄂温克族自治旗人民政府, COUNTY",
            "长阳土家族自治县人民政府, COUNTY",
            "神农架林区人民政府, COUNTY",
            "浦东新区, COUNTY",
            // townships: 乡, 镇, 街道
            "城阳区流亭街道办事处, TOWNSHIP",
            "寿光市羊口镇人民政府, TOWNSHIP",
            "某某乡人民政府, TOWNSHIP",
            // departments, whatever their tier
            "烟台市教育局, DEPARTMENT",
            "山东省教育厅, DEPARTMENT",
            "烟台市发展和改革委员会, DEPARTMENT",
            "国家税务总局烟台市税务局, DEPARTMENT",
            "烟台市人民政府国有资产监督管理委员会, DEPARTMENT",
            "中华人民共和国教育部, DEPARTMENT",
            "青岛市城阳区卫生健康局, DEPARTMENT",
            "烟台市公安局芝罘分局, DEPARTMENT",
            "烟台市政务服务中心, DEPARTMENT",
            "国务院办公厅, DEPARTMENT",
            // others
            "山东大学, OTHER",
            "某某有限公司, OTHER",
            "政府, OTHER",
    })
    void levelFromTheName(String name, BodyLevel expected) {
        assertEquals(expected, BodyLevel.of(name), name);
    }

    @org.junit.jupiter.api.Test
    void blankOrMissingNamesAreOther() {
        assertEquals(BodyLevel.OTHER, BodyLevel.of(null));
        assertEquals(BodyLevel.OTHER, BodyLevel.of("  "));
    }
}
