package uk.scrutiny.domain.model.committee;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import uk.scrutiny.domain.model.programme.MunicipalYear;

/**
 * The committees one person chairs, or is vice-chair of, on a day: theirs to triage red flags and agree urgent
 * items for. Seats are settled for each municipal year at the annual meeting in May; until a committee's seats for
 * the new year are recorded, last year's chair and vice-chair keep it, so no committee is left without a chair
 * between 1 May and the day democratic services record the new seats.
 */
public final class CommitteesChaired {

    /** Chairs nothing: a person without the chair role, or whose seats are all plain members'. */
    public static final CommitteesChaired NONE = new CommitteesChaired(List.of());

    /**
     * A seat the person holds on a committee for one municipal year.
     *
     * @param nextYearRecorded whether any of the committee's seats for the following municipal year are recorded:
     *                         from then on last year's seats no longer count
     */
    public record Seat(Committee committee, MunicipalYear year, MemberRole role, boolean nextYearRecorded) {
        public Seat {
            Objects.requireNonNull(committee, "Committee is required.");
            Objects.requireNonNull(year, "Municipal year is required.");
            Objects.requireNonNull(role, "Member role is required.");
        }

        /** Whether this seat makes its holder the committee's chair or vice-chair on the day. */
        boolean chairsOn(LocalDate day) {
            MunicipalYear now = MunicipalYear.of(day);
            return role.triages() && (year.equals(now) || (year.equals(now.previous()) && !nextYearRecorded));
        }
    }

    private final List<Committee> committees;

    private CommitteesChaired(List<Committee> committees) {
        this.committees = List.copyOf(committees);
    }

    /**
     * The committees that these seats of one person make theirs to chair on the day, by name. Seats of other years
     * than the day's and the one before it never count, so they may be left out.
     */
    public static CommitteesChaired on(LocalDate day, Collection<Seat> seats) {
        Objects.requireNonNull(day, "Date is required.");
        // A committee loaded once is one object in its persistence context; a chair seat kept from last year
        // and this year's beside it name it twice.
        Set<Committee> chaired = seats.stream().filter(s -> s.chairsOn(day)).map(Seat::committee)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new CommitteesChaired(chaired.stream().sorted(Comparator.comparing(Committee::name)).toList());
    }

    /** The committees, in name order. */
    public List<Committee> committees() {
        return committees;
    }

    public Set<Long> ids() {
        return committees.stream().map(Committee::id).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    public boolean chairs(long committeeId) {
        return committees.stream().anyMatch(c -> c.id() != null && c.id() == committeeId);
    }

    public boolean isEmpty() {
        return committees.isEmpty();
    }
}
