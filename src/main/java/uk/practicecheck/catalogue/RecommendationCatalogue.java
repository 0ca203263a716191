package uk.practicecheck.catalogue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Every recommendation in the source reports, by id; bundled from {@code seeds/recommendations.json}. */
public final class RecommendationCatalogue {
    private static final String RESOURCE = "/catalogue/recommendations.json";

    private final Map<String, Recommendation> byId;

    public RecommendationCatalogue(Collection<Recommendation> recommendations) {
        Map<String, Recommendation> map = new LinkedHashMap<>();
        for (Recommendation r : recommendations) {
            if (map.put(r.id(), r) != null) {
                throw new IllegalArgumentException("recommendation id " + r.id() + " is catalogued twice");
            }
        }
        this.byId = map;
    }

    /** The document shape of the catalogue file. */
    record CatalogueFile(List<Recommendation> recommendations) {
    }

    public static RecommendationCatalogue bundled() {
        try (InputStream in = Objects.requireNonNull(RecommendationCatalogue.class.getResourceAsStream(RESOURCE), RESOURCE)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled recommendation catalogue", e);
        }
    }

    static RecommendationCatalogue read(InputStream in) throws IOException {
        CatalogueFile file = JsonMapper.builder().addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                .readValue(in, CatalogueFile.class);
        return new RecommendationCatalogue(file.recommendations());
    }

    public Optional<Recommendation> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Recommendation> all() {
        return byId.values();
    }
}
