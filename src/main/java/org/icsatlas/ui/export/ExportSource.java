package org.icsatlas.ui.export;

import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;

/**
 * What the window hands to File &gt; Export…, Print and Copy as Image: a copy of the model, the view shown, the
 * layout on screen (so the page shows the boxes the user sees), the selection and the focused element (or null).
 */
public record ExportSource(IcsModel model, DiagramView view, DiagramLayout layout, ElementId selection, ElementId focus) {
}
