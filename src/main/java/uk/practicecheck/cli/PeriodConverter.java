package uk.practicecheck.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import uk.practicecheck.indicator.Period;

/** Reads {@code --period FROM..TO}, saying in plain words what is wrong with it. */
final class PeriodConverter implements ITypeConverter<Period> {
    @Override
    public Period convert(String value) {
        try {
            return Period.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
