package dev.zhibiao.contract;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TopicsTest {
    @Test
    void allListsEveryTopicConstant() throws IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                constants.add((String) field.get(null));
            }
        }
        assertEquals(constants.stream().sorted().toList(), Topics.all().stream().sorted().toList());
    }
}
