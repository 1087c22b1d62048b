package uk.scrutiny.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.scrutiny.domain.model.catalogue.DataSource;
import uk.scrutiny.domain.model.catalogue.DataSourceRepository;

/** The data source catalogue (Table 1 of the toolkit), grouped by the toolkit's sections. */
@Named
@RequestScoped
public class CataloguePage {

    @Inject
    DataSourceRepository dataSources;

    private Map<String, List<DataSource>> sections;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, List<DataSource>> getSections() {
        if (sections == null) {
            sections = new LinkedHashMap<>();
            for (DataSource source : dataSources.findAll()) {
                String section = source.section() == null ? "Other sources" : source.section();
                sections.computeIfAbsent(section, s -> new java.util.ArrayList<>()).add(source);
            }
        }
        return sections;
    }

    public List<String> getSectionNames() {
        return List.copyOf(getSections().keySet());
    }

    public String words(Enum<?> value) {
        return WorkProgrammePage.words(value.name());
    }
}
