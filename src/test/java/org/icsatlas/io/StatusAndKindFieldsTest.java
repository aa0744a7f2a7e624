package org.icsatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.DeclaredKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Lifecycle;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.Relation;
import org.icsatlas.model.Status;
import org.junit.jupiter.api.Test;

/**
 * The native file's optional status fields ({@code status}, {@code fromDate}, {@code toDate}), declared
 * {@code kinds}, placeholder role holders (a person with no {@code name}) and a view's {@code hiddenStatuses}:
 * read, written canonically, and refused with {@code file:line:column} when wrong.
 */
class StatusAndKindFieldsTest {
    private static final String FILE = """
            {
              "formatVersion": 1,
              "kinds": [
                {
                  "id": "LOCALITY_BOARD",
                  "type": "BODY",
                  "label": "Locality board",
                  "basedOn": "PLACE_PARTNERSHIP",
                  "badge": "LOC"
                },
                {
                  "id": "PROVIDER_COLLABORATIVE",
                  "type": "ORGANISATION",
                  "label": "Provider collaborative",
                  "colour": "#7a3e9d",
                  "badge": "PC"
                }
              ],
              "footprints": [
                {
                  "id": "s",
                  "name": "System",
                  "level": "SYSTEM"
                }
              ],
              "elements": [
                {
                  "id": "board",
                  "type": "BODY",
                  "kind": "LOCALITY_BOARD",
                  "name": "Bury Locality Board",
                  "footprint": "s",
                  "status": "PROPOSED",
                  "fromDate": "2022-07-01"
                },
                {
                  "id": "collab",
                  "type": "ORGANISATION",
                  "kind": "PROVIDER_COLLABORATIVE",
                  "name": "Acute collaborative",
                  "footprint": "s",
                  "status": "ABOLISHED",
                  "fromDate": "2018",
                  "toDate": "2022-06"
                },
                {
                  "id": "chair",
                  "type": "PERSON",
                  "kind": "ROLE_HOLDER",
                  "title": "Chair, Bury Locality Board",
                  "footprint": "s"
                }
              ],
              "relations": [
                {
                  "id": "m",
                  "kind": "MEMBER_OF",
                  "from": "chair",
                  "to": "board",
                  "role": "CO_CHAIR",
                  "status": "SHADOW",
                  "fromDate": "2021-07",
                  "note": "designate"
                }
              ],
              "views": [
                {
                  "id": "v",
                  "name": "Now",
                  "hiddenElementKinds": [
                    "PROVIDER_COLLABORATIVE"
                  ],
                  "hiddenStatuses": [
                    "PROPOSED",
                    "ABOLISHED"
                  ],
                  "zoom": 1.0
                }
              ]
            }
            """;

    private static IcsModel read(String text) throws ImportException {
        return new AtlasJsonReader().importModel(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.icsatlas.json");
    }

    private static ImportException refused(String text) {
        return assertThrows(ImportException.class, () -> read(text));
    }

    @Test
    void everyNewFieldIsReadAndWrittenBackToTheSameBytes() throws Exception {
        IcsModel m = read(FILE);
        DeclaredKind locality = m.kinds().declared("LOCALITY_BOARD");
        assertEquals(BodyKind.PLACE_PARTNERSHIP, locality.basedOn());
        assertEquals("#7a3e9d", m.kinds().declared("PROVIDER_COLLABORATIVE").colour());
        Element board = m.element(ElementId.of("board")).orElseThrow();
        assertEquals(locality, board.kind());
        assertEquals(new Lifecycle(Status.PROPOSED, "2022-07-01", ""), board.lifecycle());
        assertEquals(new Lifecycle(Status.ABOLISHED, "2018", "2022-06"), m.element(ElementId.of("collab")).orElseThrow().lifecycle());
        Element chair = m.element(ElementId.of("chair")).orElseThrow();
        assertTrue(chair.isPlaceholder());
        assertEquals("Chair, Bury Locality Board", chair.name());
        Relation r = m.relation(ElementId.of("m")).orElseThrow();
        assertEquals(MemberRole.CO_CHAIR, r.role());
        assertEquals(new Lifecycle(Status.SHADOW, "2021-07", ""), r.lifecycle());
        assertEquals(Set.of(Status.PROPOSED, Status.ABOLISHED), m.views().get(0).hiddenStatuses());
        assertEquals(FILE, new String(new AtlasJsonWriter().toBytes(m), StandardCharsets.UTF_8));
    }

    @Test
    void aFileWithoutTheNewFieldsIsWrittenWithoutThem() throws Exception {
        String old = FILE.substring(0, FILE.indexOf("  \"kinds\"")) + FILE.substring(FILE.indexOf("  \"footprints\""));
        old = old.substring(0, old.indexOf("  \"elements\"")) + "  \"elements\": [],\n  \"relations\": [],\n  \"views\": []\n}\n";
        String written = new String(new AtlasJsonWriter().toBytes(read(old)), StandardCharsets.UTF_8);
        assertEquals(old, written);
        assertFalse(written.contains("kinds") || written.contains("status"));
    }

    @Test
    void anUndeclaredKindIsAnErrorThatSaysItCanBeDeclared() {
        String text = FILE.replace("\"id\": \"LOCALITY_BOARD\"", "\"id\": \"LOCALITY_BORD\"");
        ImportException e = refused(text);
        assertEquals("t.icsatlas.json:" + e.line() + ":" + e.column() + ": " + e.detail(), e.getMessage());
        assertTrue(e.detail().startsWith("unknown body kind \"LOCALITY_BOARD\"; did you mean \"LOCALITY_BORD\"?"), e.detail());
        assertTrue(e.detail().endsWith("(or declare it in \"kinds\")"), e.detail());
        assertEquals(30, e.line());
    }

    @Test
    void aBadDeclarationIsRefusedWhereItStands() {
        assertTrue(refused(FILE.replace("\"basedOn\": \"PLACE_PARTNERSHIP\"", "\"basedOn\": \"PLACE_PARTNERSHIB\"")).detail()
                .contains("did you mean \"PLACE_PARTNERSHIP\""));
        assertTrue(refused(FILE.replace("\"basedOn\": \"PLACE_PARTNERSHIP\"", "\"basedOn\": \"PCN\"")).detail()
                .startsWith("unknown built-in body kind \"PCN\""));
        assertTrue(refused(FILE.replace("\"#7a3e9d\"", "\"purple\"")).detail().contains("\"colour\" must be a colour like #1f4e8c"));
        assertTrue(refused(FILE.replace("\"id\": \"PROVIDER_COLLABORATIVE\"", "\"id\": \"COMMITTEE\"")).detail()
                .contains("is a built-in kind already"));
        ImportException neither = refused(FILE.replace("      \"colour\": \"#7a3e9d\",\n", ""));
        assertTrue(neither.detail().contains("needs \"basedOn\""), neither.detail());
        assertEquals(11, neither.line());
    }

    @Test
    void badStatusesAndDatesAreRefused() {
        assertTrue(refused(FILE.replace("\"status\": \"PROPOSED\"", "\"status\": \"PROPOSSED\"")).detail()
                .contains("unknown status \"PROPOSSED\"; did you mean \"PROPOSED\"?"));
        ImportException date = refused(FILE.replace("\"2022-07-01\"", "\"1 July 2022\""));
        assertTrue(date.detail().contains("\"fromDate\" must be a date like 2022, 2022-07 or 2022-07-01"), date.detail());
        assertEquals(34, date.line());
        assertTrue(refused(FILE.replace("\"toDate\": \"2022-06\"", "\"toDate\": \"2017\"")).detail()
                .contains("\"toDate\" 2017 comes before \"fromDate\" 2018"));
        assertTrue(refused(FILE.replace("\"PROPOSED\",\n", "\"CURRENT\",\n")).detail()
                .contains("a view always shows CURRENT"));
    }

    @Test
    void aPersonNeedsANameOrATitle() {
        ImportException e = refused(FILE.replace("      \"title\": \"Chair, Bury Locality Board\",\n", ""));
        assertTrue(e.detail().contains("a person needs a name or"), e.detail());
        ImportException body = refused(FILE.replace("      \"name\": \"Bury Locality Board\",\n", ""));
        assertTrue(body.detail().contains("missing required field \"name\""), body.detail());
    }
}
