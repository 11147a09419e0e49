package dev.zhibiao.engine.metric;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A group of bodies counted and named by what it did together (11部门联合印发…, 五部门明确…): the deed describes the
 * bodies (联合印发指导意见的部门), which are what is counted.
 */
final class AgencyGroups {
    /**
     * Bodies counted as a group that acts: the deed describes them (联合印发指导意见的部门); not provinces, which a topic
     * names as often as a deed (3省份2021年GDP数据).
     */
    private static final Set<String> AGENCY_UNITS = Set.of("部门", "部委");
    /**
     * What bodies do together as a group (联合印发, 明确, 部署开展); not their officials' deeds (负责人出席), a document's
     * topic (关于做好…的通知) or a frame (以来), which name no such group.
     */
    private static final Pattern AGENCY_DEED = Pattern.compile(
        "(?:已经|已)?(?:联合|印发|发布|出台|部署|开展|启动|组织|推出|明确|下发|召开|制定|下达|预拨|拨付|安排)"
            + "(?!.*(?:负责人|以来|(?<!《)关于))");
    /** A note of the short name a document goes by (（以下简称《目录》）): no part of the deed. */
    private static final Pattern SHORT_NAME_NOTE = Pattern.compile("[（(](?:以下)?简称[^）)]*[）)]");
    private static final String MODIFIER_END = Phrases.MODIFIER;

    private AgencyGroups() {
    }

    /** The label of a count of bodies named by their deed, counted as those bodies; else {@code label} as it is. */
    static String named(QuantityScope scope, String label, String inside) {
        if (AGENCY_UNITS.contains(scope.quantity.unit()) && inside.isEmpty() && AGENCY_DEED.matcher(label).lookingAt()
                && !label.endsWith(scope.quantity.unit())) {
            // a group of bodies named by what it did (11部门联合印发…, 五部门明确…) is counted as those bodies: the deed
            // describes them (联合印发指导意见的部门)
            label = SHORT_NAME_NOTE.matcher(label).replaceAll("");
            label = label + (label.endsWith(MODIFIER_END) ? "" : MODIFIER_END) + scope.quantity.unit();
        }
        return label;
    }
}
