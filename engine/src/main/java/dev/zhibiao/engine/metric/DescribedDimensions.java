package dev.zhibiao.engine.metric;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A measure written before its dimension and 的 (翻越12.7米落差的江淮分水岭, 攀登300米高差的山路, 一棵300年树龄的古树)
 * describes the thing after 的: it is that thing's dimension (江淮分水岭落差), not the verb's nor the subject's.
 */
final class DescribedDimensions {
    private static final String MODIFIER = Phrases.MODIFIER;
    /** Dimensions a measure can describe a thing by; 历史 has its own rule ({@link Histories}). */
    private static final Set<String> DIMENSIONS = Set.of(
            "落差", "高差", "高度", "长度", "宽度", "深度", "跨度", "直径", "厚度", "海拔", "周长", "树龄", "车程", "航程",
            "库容", "排水量", "载重量");
    /** Words after the 的 that are a part or a place of the measure, no thing having it (10米落差的地方, 一半). */
    private static final Pattern NO_OWNER = Pattern.compile("^(?:地方|位置|一半|部分|水平|程度|范围|区域|基础|情况)");
    /** 下 or 里 after the thing, then more words (矿井下作业): what is done at the thing, no part of it. */
    private static final Pattern LOCATIVE = Pattern.compile("(?<=\\p{IsHan}{2})[下里](?=\\p{IsHan})");
    /** The thing after 的 is a noun this long (古树, 江淮分水岭). */
    private static final int MIN_OWNER = 2;
    private static final int MAX_OWNER = 8;

    private DescribedDimensions() {
    }

    static String named(QuantityScope scope, String label) {
        if (scope.quantity.change() != null) {
            return label;
        }
        int end = scope.quantity.end();
        // cheap test first: a dimension right after the amount
        String dimension = DIMENSIONS.stream().filter(d -> scope.text.startsWith(d, end)).findFirst().orElse("");
        if (dimension.isEmpty() || !scope.text.startsWith(MODIFIER, end + dimension.length())) {
            return label;
        }
        int from = end + dimension.length() + MODIFIER.length();
        String owner = beforeLocative(Phrases.after(scope.text.substring(from, Math.max(from, scope.clause.end())), false));
        boolean named = owner.length() >= MIN_OWNER && owner.length() <= MAX_OWNER && Phrases.isChinese(owner)
                && !NO_OWNER.matcher(owner).find();
        return named ? owner + dimension : label;
    }

    /** The thing without a locative and what is done there (矿井下作业 → 矿井): the place is the thing measured. */
    private static String beforeLocative(String owner) {
        Matcher m = LOCATIVE.matcher(owner);
        return m.find() ? owner.substring(0, m.start()) : owner;
    }
}
