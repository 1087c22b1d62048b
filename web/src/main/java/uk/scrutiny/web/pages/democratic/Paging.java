package uk.scrutiny.web.pages.democratic;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One page of a long list on a page, as the GOV.UK pagination component shows it: the page number in the address
 * (from 1, so a shared link says what the reader sees), the links to the others, and "21 to 40 of 733". A number
 * past the last page shows the last; anything that is not a number shows the first (a hand-edited address is never
 * an error).
 *
 * @param number the page shown, from 1
 * @param size the most rows a page holds
 * @param total the rows in all
 * @param address the page's address with its other parameters, e.g. {@code /democratic/dashboard.xhtml?committee=3}
 * @param parameter the name of this list's page number in the address
 * @param anchor the id of the list's heading, so a link lands on the list rather than the top of the page
 */
public record Paging(int number, int size, long total, String address, String parameter, String anchor) {

    private static final int MOST_PAGES = 1_000_000;

    /** A page of the list, a gap between the numbers shown ({@code number} 0), or the current page. */
    public record Link(int number, String href, boolean current) {
        public boolean isGap() {
            return number == 0;
        }
    }

    /** The page asked for ({@code requested}, as the address gives it) of a list of {@code total} rows. */
    public static Paging of(String requested, int size, long total, String address, String parameter,
            String anchor) {
        int asked = requested(requested);
        int last = (int) Math.max(1, (total + size - 1) / size);
        return new Paging(Math.min(asked, last), size, total, address, parameter, anchor);
    }

    /**
     * The page number the address asks for, from 1, before the list's length is known: a list read a page at a time
     * reads this page first, and the last only when this one is past the end.
     */
    public static int requested(String requested) {
        if (requested != null && requested.strip().matches("\\d{1,9}")) {
            // At most a million: the position of a page's first row stays an int whatever the page size.
            return Math.min(MOST_PAGES, Math.max(1, Integer.parseInt(requested.strip())));
        }
        return 1;
    }

    /** The address of a page from parameters (those null or blank are left out), for {@link #address}. */
    public static String address(String path, Map<String, String> parameters) {
        StringBuilder address = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            if (p.getValue() != null && !p.getValue().isBlank()) {
                address.append(separator).append(p.getKey()).append('=')
                        .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return address.toString();
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** The position of the page's first row in the whole list, from 0. */
    public int first() {
        return (number - 1) * size;
    }

    public boolean isPaged() {
        return pages() > 1;
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages();
    }

    public String previous() {
        return href(number - 1);
    }

    public String next() {
        return href(number + 1);
    }

    /** "Showing 21 to 40 of 733". */
    public String showing(int shownOnPage) {
        if (total == 0 || shownOnPage == 0) {
            return "None to show";
        }
        return "Showing " + (first() + 1) + " to " + (first() + shownOnPage) + " of " + total;
    }

    /**
     * The numbered links, as the Design System advises for many pages: the first, the last, the current one and
     * its neighbours, with a gap for what is left out.
     */
    public List<Link> links() {
        List<Link> links = new ArrayList<>();
        int pages = pages();
        int previous = 0;
        for (int p = 1; p <= pages; p++) {
            if (p == 1 || p == pages || Math.abs(p - number) <= 1) {
                if (previous != 0 && p - previous > 1) {
                    links.add(new Link(0, null, false));
                }
                links.add(new Link(p, href(p), p == number));
                previous = p;
            }
        }
        return links;
    }

    private String href(int page) {
        return address + (address.contains("?") ? "&" : "?") + parameter + "=" + page + "#" + anchor;
    }
}
