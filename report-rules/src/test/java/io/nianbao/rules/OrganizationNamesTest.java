package io.nianbao.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OrganizationNamesTest {

    @Test
    void traditionalWhitespaceAndPunctuationAreIgnored() {
        assertEquals(OrganizationNames.normalize("郑州市人民政府"), OrganizationNames.normalize("鄭州市 人民政府"));
        assertEquals(OrganizationNames.normalize("青岛市城阳区人民政府"), OrganizationNames.normalize(" 青岛市·城阳区 人民政府。"));
    }

    @Test
    void governmentSuffixVariantsMeet() {
        String expected = "烟台市政府";
        assertEquals(expected, OrganizationNames.normalize("烟台市人民政府"));
        assertEquals(expected, OrganizationNames.normalize("烟台市政府"));
        assertEquals(expected, OrganizationNames.normalize("烟台市政府办公室"));
        assertEquals(expected, OrganizationNames.normalize("烟台市人民政府办公室"));
        assertEquals(OrganizationNames.normalize("馬鞍山市政府"), OrganizationNames.normalize("马鞍山市人民政府"));
    }

    @Test
    void otherBodiesKeepTheirNames() {
        assertEquals("烟台市教育局", OrganizationNames.normalize("烟台市 教育局"));
        assertNotEquals(OrganizationNames.normalize("烟台市教育局"), OrganizationNames.normalize("烟台市人民政府"));
        assertNotEquals(OrganizationNames.normalize("白银市"), OrganizationNames.normalize("白银区人民政府"));
        assertNull(OrganizationNames.normalize(null));
        assertNull(OrganizationNames.normalize("  "));
    }
}
