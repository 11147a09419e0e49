package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Modifiers saying where the people or things counted come from (来自中国10多个省区市以及美国22个州的各界代表, 来自江苏的
 * 300名选手): the places in them, and a national scope (来自全国), are origins, not where the fact happens — that is the
 * venue the story names. Not a source of news or figures (来自美国劳工部的数据显示), whose place the figures are of.
 */
final class ComingFrom {
    private static final String MARK = "来自";
    /**
     * 来自, the origins (no clause mark, no 的, no 在 saying where they are now: 来自北京、在雄安新区工作的) and the 的 closing
     * the modifier; a source of news or figures a few words after it (的最新数据, 的一项民调) is no origin of people or things.
     */
    private static final Pattern MODIFIER = Pattern.compile("来自[^，。；：,;:！？!?“”\\n的在]{1,30}?的"
        + "(?![^，。；]{0,4}?(?:数据|消息|报告|统计|调查|民调|报道|信息|研究|通报|公告|预测|评估))");

    private static final String GUEST_MARK = "主宾";
    /**
     * A clause giving a place a guest's role at the venue (沙特阿拉伯王国担任主宾国, 作为本届进博会主宾国的意大利): the guest takes
     * part as those who come from somewhere do; the fair's figures are the venue's.
     */
    private static final Pattern GUEST_OF_HONOUR = Pattern.compile(
        "(?:^|(?<=[，。；：,;:\\n]))[^，。；：,;:\\n]{0,20}?(?:担任|作为|成为)[^，。；：,;:\\n]{0,10}?主宾(?:国|省|城市|市)[^，。；：,;:\\n]{0,10}");

    private final List<Span> modifiers;

    private ComingFrom(List<Span> modifiers) {
        this.modifiers = modifiers;
    }

    /** The modifiers of the text; most posts write no 来自 and are not scanned further. */
    static ComingFrom in(String text) {
        List<Span> out = new ArrayList<>();
        if (text.contains(GUEST_MARK)) {
            Matcher guest = GUEST_OF_HONOUR.matcher(text);
            while (guest.find()) {
                out.add(new Span(guest.start(), guest.end()));
            }
        }
        if (!text.contains(MARK)) {
            return new ComingFrom(out);
        }
        Matcher m = MODIFIER.matcher(text);
        for (int from = text.indexOf(MARK); from >= 0; from = text.indexOf(MARK, from + MARK.length())) {
            if (m.region(from, text.length()).lookingAt()) {
                out.add(new Span(m.start(), m.end()));
            }
        }
        return new ComingFrom(out);
    }

    /** Whether [start, end) lies in a modifier of origin. */
    boolean holds(int start, int end) {
        for (Span span : modifiers) {
            if (start >= span.start() && end <= span.end()) {
                return true;
            }
        }
        return false;
    }
}
