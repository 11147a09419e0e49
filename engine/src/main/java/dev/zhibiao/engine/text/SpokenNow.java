package dev.zhibiao.engine.text;

/** 现在 said as "now" (现在，当地茶园面积扩大到1000亩), told from the 现 that ends a verb before 在 (实现在, 体现在). */
public final class SpokenNow {
    /** The first characters of the verbs ending in 现 (实现, 体现, 表现, 出现, 展现, 呈现, 发现, 涌现, 浮现, 显现, 兑现, 再现). */
    private static final String VERB_FIRSTS = "实体表出展呈发涌浮显兑再";

    private SpokenNow() {
    }

    /** 现在 as "now" in a pattern, not after the characters given nor the first of a verb ending in 现. */
    public static String notAfter(String characters) {
        return "(?<![" + VERB_FIRSTS + characters + "])现在";
    }
}
