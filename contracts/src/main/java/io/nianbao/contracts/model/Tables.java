package io.nianbao.contracts.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

@JsonPropertyOrder({"activeDisclosure", "applications", "reviewLitigation"})
public class Tables {
    public ActiveDisclosure activeDisclosure = new ActiveDisclosure(TableStatus.MISSING);
    public Applications applications = new Applications(TableStatus.MISSING);
    public ReviewLitigation reviewLitigation = new ReviewLitigation(TableStatus.MISSING);
}
