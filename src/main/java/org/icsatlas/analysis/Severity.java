package org.icsatlas.analysis;

/** How serious a finding is. Errors make {@code validate} fail; warnings and notes do not. */
public enum Severity {
    ERROR, WARNING, INFO
}
