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
     * A place given a guest's role at the venue (沙特阿拉伯王国担任主宾国, 广东省作为主宾省参加): the guest takes part as
     * those who come from somewhere do; the fair's figures are the venue's.
     */
    private static final Pattern GUEST_ROLE = Pattern.compile("(?:担任|作为|成为)[^，。；：,;:\\n]{0,10}?主宾(?:国|省|城市|市)");
    /** What the guest's name stops at going back from its role: a mark, or the words before a name (由意大利担任). */
    private static final String BEFORE_GUEST = "，。；：,;:\n由是以在的、和与";
    /** The longest guest's name (沙特阿拉伯王国). */
    private static final int MAX_GUEST_NAME = 12;

    private final List<Span> modifiers;

    private ComingFrom(List<Span> modifiers) {
        this.modifiers = modifiers;
    }

    /** The modifiers of the text; most posts write no 来自 and are not scanned further. */
    static ComingFrom in(String text) {
        List<Span> out = new ArrayList<>();
        if (text.contains(GUEST_MARK)) {
            Matcher guest = GUEST_ROLE.matcher(text);
            while (guest.find()) {
                int start = guest.start(); // the guest's own name only: the venue may be named in the same clause
                while (start > 0 && guest.start() - start < MAX_GUEST_NAME && BEFORE_GUEST.indexOf(text.charAt(start - 1)) < 0) {
                    start--;
                }
                out.add(new Span(start, guest.start()));
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
