package io.safesegment.core.privacy.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.privacy.policy.MaskingRule;
import io.safesegment.core.privacy.policy.OperatorFactory;
import io.safesegment.core.privacy.policy.PolicyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The generalise-hierarchy rule with suppressBelow/group: same rows suppressed in every quasi-identifier. */
class HierarchySuppressionOperatorTest {
    @TempDir
    Path dir;

    @Test
    void suppressesSmallClassesInEveryQuasiIdentifier() throws Exception {
        Path city = Files.writeString(dir.resolve("city.csv"), "上海;华东;*\n杭州;华东;*\n北京;华北;*\n");
        Path sex = Files.writeString(dir.resolve("sex.csv"), "男;*\n女;*\n");
        Table t = Table.create("t", StringColumn.create("城市", "上海", "杭州", "北京", "上海"),
                StringColumn.create("性别", "男", "男", "女", "男"));
        String group = "城市=" + city + "@1;性别=" + sex + "@0";
        MaskingContext ctx = new MaskingContext(t, KeyMaterial.fromSeed(new byte[32]));
        var cityOut = OperatorFactory.create(new MaskingRule("城市", "generalise-hierarchy",
                Map.of("suppressBelow", 2, "group", group))).apply(t.column("城市"), ctx);
        var sexOut = OperatorFactory.create(new MaskingRule("性别", "generalise-hierarchy",
                Map.of("suppressBelow", 2, "group", group))).apply(t.column("性别"), ctx);
        assertEquals(List.of("华东", "华东", "*", "华东"), cityOut.asList());
        assertEquals(List.of("男", "男", "*", "男"), sexOut.asList(), "level 0 keeps values, suppression still applies");
    }

    @Test
    void badParametersAreRefusedNamingThem() throws Exception {
        Path sex = Files.writeString(dir.resolve("sex.csv"), "男;*\n女;*\n");
        PolicyException notInGroup = assertThrows(PolicyException.class, () -> OperatorFactory.create(new MaskingRule("城市",
                "generalise-hierarchy", Map.of("suppressBelow", 2, "group", "性别=" + sex + "@1"))));
        assertTrue(notInGroup.getMessage().contains("group") && notInGroup.getMessage().contains("'城市'"), notInGroup.getMessage());
        PolicyException malformed = assertThrows(PolicyException.class, () -> OperatorFactory.create(new MaskingRule("城市",
                "generalise-hierarchy", Map.of("suppressBelow", 2, "group", "城市"))));
        assertTrue(malformed.getMessage().contains("column=hierarchyFile@level"), malformed.getMessage());
        PolicyException zero = assertThrows(PolicyException.class, () -> OperatorFactory.create(new MaskingRule("性别",
                "generalise-hierarchy", Map.of("suppressBelow", 0, "group", "性别=" + sex + "@1"))));
        assertTrue(zero.getMessage().contains("suppressBelow"), zero.getMessage());
    }
}
