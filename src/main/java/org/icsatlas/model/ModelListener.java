package org.icsatlas.model;

import java.util.List;

/** Told after every change to a model: once per primitive change, or once per batch with all of its changes. */
@FunctionalInterface
public interface ModelListener {
    void modelChanged(List<ModelChange> changes);
}
