package dev.zhibiao.engine.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import dev.zhibiao.engine.text.DocumentSpans;
import dev.zhibiao.engine.text.Span;

/** Finds and resolves the places named in a document. Thread-safe; build once, share. */
public final class RegionResolver {
    private final DivisionTable table;
    private final PlaceLexicon lexicon;
    private final PlaceDisambiguator disambiguator;
    private final BackReferences backReferences;

    public RegionResolver(DivisionTable table) {
        this.table = table;
        this.disambiguator = new PlaceDisambiguator(table);
        this.lexicon = new PlaceLexicon(table);
        this.backReferences = new BackReferences(table);
    }

    private static final class Holder {
        static final RegionResolver SHARED = new RegionResolver(DivisionTable.shared());
    }

    /** The resolver over {@link DivisionTable#shared()}. */
    public static RegionResolver shared() {
        return Holder.SHARED;
    }

    /**
     * End of the longest place name (official name, short form or foreign country) written at {@code start} of the
     * text, or {@code start} when none is: a cheap test for callers that only need to know where names are.
     */
    public int placeNameEnd(String text, int start) {
        return lexicon.longestNameEnd(text, start);
    }

    /** End of a direction's region (东北地区) written at {@code start}, or {@code start}: a place no division names. */
    public int directionRegionEnd(String text, int start) {
        return MacroRegions.directionRegionEnd(text, start);
    }

    /** Whether a village's name is a kind of village too (示范村, 中心村): written alone it names no one place. */
    public boolean namesKindOfVillage(String name) {
        return Localities.isCommonVillageName(name);
    }

    /** Whether the place name ending at {@code nameEnd} names a locality with the kind word after it (大兴 of 大兴机场). */
    public boolean namesLocality(String text, int nameEnd) {
        return Localities.kindAt(text, nameEnd);
    }

    /**
     * Places named in a document, disambiguated against each other, with the localities named in it (柞木村水库,
     * 宁波舟山港) placed in their divisions. titleEnd = end of the title line in text (0 if none). */
    public PlaceContext analyze(String text, int titleEnd) {
        return analyze(text, new DocumentSpans(text), titleEnd);
    }

    /** As {@link #analyze(String, int)}, with the text's spans already split (the extractor shares them). */
    public PlaceContext analyze(String text, DocumentSpans spans, int titleEnd) {
        return analyze(text, spans, titleEnd, List.of());
    }

    /**
     * As {@link #analyze(String, DocumentSpans, int)}, for a post whose tags may name the place its site covers
     * (柳河县新闻): that place is evidence for the names of the text (红石镇 is 柳河县's) and the place of a post whose
     * text names none (全市 in a 大庆市 site's report).
     */
    public PlaceContext analyze(String text, DocumentSpans spans, int titleEnd, List<String> tags) {
        String site = SitePlace.nameIn(tags);
        String withSite = site.isEmpty() ? text : text + "\n" + site;
        List<PlaceMention> all = CountryShortNames.addTo(text, HostCities.addTo(text, spans, ForeignCities.withWrittenSuffix(withSite,
            ForeignDivisions.addTo(withSite, disambiguator.resolve(withSite, lexicon.find(withSite)), lexicon)), lexicon), lexicon);
        List<PlaceMention> named = ItemHeadPlaces.withTitleTownship(text, titleEnd,
            all.stream().filter(p -> p.end() <= text.length()).toList(), lexicon);
        Optional<Region> sitePlace = all.stream().filter(p -> p.start() > text.length()).map(PlaceMention::region).findFirst();
        List<Span> national = NationalScope.find(text, titleEnd, lexicon);
        Optional<Region> dominant = DominantPlace.of(text, spans, titleEnd, named, national).or(() -> sitePlace);
        SectionHeadings sections = SectionHeadings.in(text, spans, titleEnd, named);
        List<PlaceMention> mentions =
            backReferences.resolve(text, spans, ItemHeadPlaces.addTo(text, named, dominant, lexicon), dominant, sections);
        // the context of the divisions alone places only a locality named without a place: most posts name none such
        Supplier<PlaceContext> divisions =
            new OnFirstUse<>(() -> new PlaceContext(text, spans, titleEnd, mentions, national, dominant, table, sections));
        Localities.Found localities = Localities.find(text, mentions, divisions, lexicon);
        List<Span> placeless = new ArrayList<>(national);
        placeless.addAll(localities.unplaced());
        List<PlaceMention> withParts = CityParts.addTo(text, PlaceParts.addTo(text,
            WorldRegions.addTo(text, MacroRegions.addTo(text, localities.mentions(), dominant), dominant)), dominant);
        List<PlaceMention> withOrganizations = SeatedOrganizations.addTo(text, withParts, national);
        return new PlaceContext(text, spans, titleEnd, BackReferences.withLocalAndHere(text, spans, withOrganizations), placeless,
            dominant, table, sections);
    }
}
