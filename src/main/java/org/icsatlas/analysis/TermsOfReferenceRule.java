package org.icsatlas.analysis;

import java.util.ArrayList;
import java.util.List;
import org.icsatlas.model.Element;
import org.icsatlas.model.IcsModel;

/**
 * Notes a body with no {@value #ATTRIBUTE} attribute: nobody has recorded when its terms of reference were agreed,
 * so a facilitator sees at once which new or proposed bodies still need them. Information only.
 */
public final class TermsOfReferenceRule extends BasicRule {
    public static final String ID = "terms-of-reference-date";
    /** The element attribute holding the date the body's terms of reference were agreed. */
    public static final String ATTRIBUTE = "termsOfReferenceDate";

    public TermsOfReferenceRule() {
        super(ID, Severity.INFO);
    }

    @Override
    public List<Finding> check(IcsModel model) {
        List<Finding> out = new ArrayList<>();
        for (Element e : model.elements()) {
            String date = e.attributes().get(ATTRIBUTE);
            if (e.isBody() && e.status() != org.icsatlas.model.Status.ABOLISHED && (date == null || date.isBlank())) {
                out.add(finding(model.describe(e.id()) + " has no terms of reference date",
                        List.of(e.id())));
            }
        }
        return out;
    }
}
