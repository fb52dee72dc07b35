package io.nianbao.contracts.issue;

public enum Severity {
    ERROR, WARNING, INFO
}
