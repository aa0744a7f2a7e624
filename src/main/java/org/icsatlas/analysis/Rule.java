package org.icsatlas.analysis;

import java.util.List;
import org.icsatlas.model.IcsModel;

/** One check of a model. Rules never throw on any model the edit commands can reach and never change it. */
public interface Rule {
    /** A short stable id such as {@code reporting-cycle}. */
    String id();

    Severity severity();

    List<Finding> check(IcsModel model);
}
