/** Scrutiny items: the topics on a work programme, their type and the stage of their lifecycle. */
package uk.scrutiny.domain.model.item;
