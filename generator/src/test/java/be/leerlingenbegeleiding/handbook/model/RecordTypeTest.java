package be.leerlingenbegeleiding.handbook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one description of the model says exactly what the records' annotations say. */
class RecordTypeTest {

    @Test
    void everyRecordListsExactlyItsKeyedComponentsInOrderWithWhatTheirKeySays() {
        List<Class<?>> records = reachableRecords();
        assertTrue(records.size() > 40, "only " + records.size() + " records reached");
        for (Class<?> type : records) {
            List<String> expected = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                Key k = c.getAnnotation(Key.class);
                if (k == null) continue;
                expected.add(k.value() + " " + k.required() + " " + k.format() + " " + k.templateOnly() + " "
                        + c.getGenericType().getTypeName() + " " + k.doc());
            }
            List<String> described = RecordType.of(type).fields().values().stream()
                    .map(f -> f.key() + " " + f.required() + " " + f.format() + " " + f.templateOnly() + " "
                            + f.type().getTypeName() + " " + f.doc())
                    .toList();
            assertEquals(expected, described, type.getName());
        }
    }

    @Test
    void unkeyedComponentsAreKeptForBuildingButAreNotKeys() {
        RecordType page = RecordType.of(Page.class);
        assertEquals(Page.class.getRecordComponents().length, page.components().size());
        Field id = page.components().get(0);
        assertEquals("id", id.name());
        assertEquals(null, id.key());
        assertEquals(null, page.field("id"));
        assertTrue(RecordType.of(StaffMember.class).internal());
    }

    @Test
    void theDescriptionIsBuiltOncePerRecord() {
        assertSame(RecordType.of(School.class), RecordType.of(School.class));
    }

    @Test
    void exactlyThePartsWithAReviewKeyHaveTheirReviewAsReviewed() {
        for (Class<?> type : reachableRecords()) {
            Field herziening = RecordType.of(type).field("herziening");
            assertEquals(herziening != null, Reviewed.class.isAssignableFrom(type), type.getName());
            if (herziening != null) assertEquals("review", herziening.name(), type.getName());
        }
    }

    /** Records reachable from the content files, found with plain reflection (not with RecordType). */
    static List<Class<?>> reachableRecords() {
        List<Class<?>> out = new ArrayList<>();
        List<Type> todo = new ArrayList<>();
        for (ContentFile f : ContentFile.values()) if (f.type() != null) todo.add(f.type());
        while (!todo.isEmpty()) {
            Type t = todo.remove(todo.size() - 1);
            if (t instanceof ParameterizedType p) {
                todo.addAll(List.of(p.getActualTypeArguments()));
            } else if (t instanceof Class<?> c && c.isRecord() && c != Source.class && c != Markdown.class
                    && c != RoleRef.class && !out.contains(c)) {
                out.add(c);
                for (RecordComponent rc : c.getRecordComponents()) todo.add(rc.getGenericType());
            }
        }
        return out;
    }
}
