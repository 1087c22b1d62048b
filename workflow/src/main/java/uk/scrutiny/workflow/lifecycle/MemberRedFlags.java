package uk.scrutiny.workflow.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.redflag.DataQuality;
import uk.scrutiny.domain.model.redflag.RedFlag;
import uk.scrutiny.domain.model.redflag.RedFlagRepository;

/**
 * Raises a red flag from the form with the member's answers to the data-quality prompts, in one transaction: the
 * lifecycle's command does not carry the answers, so they are recorded on the new flag before the transaction
 * commits, and a flag is never seen (or triaged) without them.
 */
@ApplicationScoped
public class MemberRedFlags {

    @Inject
    ItemLifecycle lifecycle;

    @Inject
    ScrutinyItemRepository items;

    @Inject
    RedFlagRepository redFlags;

    /** @return the new item's id */
    @Transactional
    public long raise(Commands.RaiseRedFlag command, DataQuality answers, Actor actor) {
        long itemId = lifecycle.raiseRedFlag(command, actor);
        RedFlag flag = items.find(itemId).orElseThrow().origin().redFlag();
        flag.answerDataQualityPrompts(answers);
        redFlags.store(flag);
        return itemId;
    }
}
