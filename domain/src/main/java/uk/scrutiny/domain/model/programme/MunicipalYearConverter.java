package uk.scrutiny.domain.model.programme;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a municipal year as the calendar year it starts in, the same number committee membership uses. */
@Converter
public class MunicipalYearConverter implements AttributeConverter<MunicipalYear, Integer> {

    @Override
    public Integer convertToDatabaseColumn(MunicipalYear year) {
        return year == null ? null : year.startYear();
    }

    @Override
    public MunicipalYear convertToEntityAttribute(Integer startYear) {
        return startYear == null ? null : new MunicipalYear(startYear);
    }
}
