package io.safesegment.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class RoleMappingTest {
    @Test
    void parsesAndFormatsRoundTrip() {
        RoleMapping m = RoleMapping.parse("customer_id=CustomerID, timestamp=InvoiceDate,quantity=Quantity");
        assertEquals("CustomerID", m.column(SemanticRole.CUSTOMER_ID).orElseThrow());
        assertEquals("InvoiceDate", m.column(SemanticRole.TIMESTAMP).orElseThrow());
        assertFalse(m.has(SemanticRole.AMOUNT));
        assertEquals(m, RoleMapping.parse(m.format()));
    }

    @Test
    void rejectsUnknownRoleNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RoleMapping.parse("client=CustomerID"));
        assertTrue(e.getMessage().contains("'client'"), e.getMessage());
        assertTrue(e.getMessage().contains("customer_id"), e.getMessage());
    }

    @Test
    void rejectsMalformedAndDuplicateEntries() {
        assertThrows(IllegalArgumentException.class, () -> RoleMapping.parse("customer_id"));
        assertThrows(IllegalArgumentException.class, () -> RoleMapping.parse("customer_id="));
        assertThrows(IllegalArgumentException.class, () -> RoleMapping.parse("customer_id=a,customer_id=b"));
    }

    @Test
    void requireNamesRoleAndColumns() {
        Table t = Table.create("t", StringColumn.create("CustomerID"));
        RoleMapping m = RoleMapping.parse("customer_id=CustomerID,amount=Total");
        assertEquals("CustomerID", m.require(SemanticRole.CUSTOMER_ID, t, "The customers table"));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> m.require(SemanticRole.AMOUNT, t, "The transactions table"));
        assertTrue(missing.getMessage().contains("'Total'") && missing.getMessage().contains("amount"));
        IllegalArgumentException unmapped = assertThrows(IllegalArgumentException.class,
                () -> m.require(SemanticRole.TIMESTAMP, t, "The transactions table"));
        assertTrue(unmapped.getMessage().contains("--map timestamp="), unmapped.getMessage());
        assertEquals(RoleMapping.parse("customer_id=CustomerID"), m.restrictedTo(t));
    }

    @Test
    void overridesReplaceOnlyTheirRoles() {
        RoleMapping base = RoleMapping.parse("customer_id=a,timestamp=b");
        RoleMapping merged = base.overriddenBy(RoleMapping.parse("timestamp=c"));
        assertEquals("a", merged.column(SemanticRole.CUSTOMER_ID).orElseThrow());
        assertEquals("c", merged.column(SemanticRole.TIMESTAMP).orElseThrow());
        assertEquals("a", merged.without(SemanticRole.TIMESTAMP).column(SemanticRole.CUSTOMER_ID).orElseThrow());
    }
}
