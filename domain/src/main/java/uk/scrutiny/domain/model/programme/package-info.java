/**
 * Work programmes: the items a committee plans to consider in one municipal year (May to May), each scheduled
 * against one of the committee's meetings in that year. The items themselves are aggregates of their own
 * ({@link uk.scrutiny.domain.model.item.ScrutinyItem}); an item is placed on a programme, the programme does not
 * own it.
 */
package uk.scrutiny.domain.model.programme;
