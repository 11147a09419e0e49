package dev.zhibiao.engine.text;

import java.util.regex.Pattern;

/** The marks that open an item of a list: 一是, 1., 三、, （二）. */
public final class ListItemMarks {
    /** An item's opening mark, at the start of the text it is matched against. */
    public static final Pattern OPENING = Pattern.compile(
            "^(?:[一二三四五六七八九十]是|(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[、．.](?!\\d)|[（(](?:\\d{1,2}|[一二三四五六七八九十]{1,3})[）)])");

    private ListItemMarks() {
    }
}
