package org.clockwise.web.render;

import ognl.Ognl;
import ognl.OgnlContext;
import ognl.OgnlException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Templates read records through the cached accessor exactly as OGNL would have read them. */
class RecordPropertyAccessorTest {

    /** Package-private and nested, like the page records: its accessors are public, its class is not. */
    record Cell(String skill, int percent, int target) {
        public int gap() {
            return target - percent;
        }

        public String getLabel() {
            return percent + "%";
        }

        int hidden() {
            return 42;
        }
    }

    @BeforeAll
    static void install() {
        RecordPropertyAccessor.install();
        RecordPropertyAccessor.install(); // idempotent
    }

    private static Object read(String expression, Object root) throws OgnlException {
        OgnlContext context = (OgnlContext) Ognl.createDefaultContext(root);
        return Ognl.getValue(expression, context, root);
    }

    @Test
    void componentsDerivedValuesAndBeanGettersReadAsProperties() throws OgnlException {
        Cell cell = new Cell("discovery", 42, 70);
        assertEquals("discovery", read("skill", cell));
        assertEquals(42, read("percent", cell));
        assertEquals(28, read("gap", cell), "a public no-argument method reads like a component");
        assertEquals("42%", read("label", cell), "a bean getter still works through OGNL's own accessor");
        assertEquals(70, read("#root.target", cell));
        assertTrue(read("percent < target", cell) instanceof Boolean);
    }

    @Test
    void nothingBeyondPublicMethodsIsReachable() {
        Cell cell = new Cell("discovery", 42, 70);
        assertThrows(OgnlException.class, () -> read("hidden", cell), "package-private methods are not properties");
        assertThrows(OgnlException.class, () -> read("nosuch", cell));
    }

    @Test
    void nonRecordsAreLeftToOgnl() throws OgnlException {
        assertEquals(2, read("size", Map.of("a", 1, "b", 2)));
        assertEquals("x", read("a", Map.of("a", "x")));
    }
}
