package org.icsatlas.render.export;

import java.util.Objects;

/**
 * How a diagram goes onto paper: the page size, the margin (points), whether a legend is drawn, the title block
 * (null for none) and whether the background is left transparent (PNG only; otherwise the paper colour).
 */
public record PageSetup(PageSize size, double margin, boolean legend, TitleBlock titleBlock, boolean transparent) {
    public static final double DEFAULT_MARGIN = 24;

    public PageSetup {
        Objects.requireNonNull(size, "size");
        if (!(margin >= 0)) {
            throw new IllegalArgumentException("a margin cannot be negative");
        }
    }

    public static PageSetup of(PageSize size, TitleBlock titleBlock) {
        return new PageSetup(size, DEFAULT_MARGIN, true, titleBlock, false);
    }

    public PageSetup withSize(PageSize s) {
        return new PageSetup(s, margin, legend, titleBlock, transparent);
    }

    public PageSetup withTransparent(boolean t) {
        return new PageSetup(size, margin, legend, titleBlock, t);
    }
}
