package dev.zhibiao.engine.quantity;

/**
 * Words ending in 约 whose 约 says nothing of an amount after them: 纽约, 北约 (NATO) and 续约 (renew) — but not the
 * 北 of a place or direction (河北约有7400万人, 县城以北约15公里) nor the 续 of 持续 (持续约3小时), where 约 is "about".
 */
public final class WordsEndingInYue {
    private static final char YUE = '约';
    private static final char NEW_YORK = '纽';
    private static final char NORTH = '北';
    private static final char RENEW = '续';
    /** Before 北: places (河北, 苏北, 渝北, 村北) and directions (以北, 向北, 偏北). */
    private static final String BEFORE_NORTH_OF_PLACES = "河湖华东西台南江淮陕冀豫皖鄂岭城苏鲁晋川粤湘浙闽赣黔滇桂辽渝藏村镇县市区乡以向往偏正";
    /** Before 续: 持续, 继续, 连续, 延续, 陆续. */
    private static final String BEFORE_RENEW_OF_LASTING = "持继连延陆";

    private WordsEndingInYue() {
    }

    /** Whether the 约 at {@code yue} ends such a word. */
    public static boolean endsWordAt(CharSequence text, int yue) {
        if (yue < 1 || text.charAt(yue) != YUE) {
            return false;
        }
        char before = text.charAt(yue - 1);
        char second = yue >= 2 ? text.charAt(yue - 2) : ' ';
        return before == NEW_YORK
            || before == NORTH && BEFORE_NORTH_OF_PLACES.indexOf(second) < 0
            || before == RENEW && BEFORE_RENEW_OF_LASTING.indexOf(second) < 0;
    }
}
