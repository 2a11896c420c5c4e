import { z } from 'zod';
import { exampleListSchema } from './examples';

// When a matched phrase is not the page's own claim: "we do NOT bill insurance", "insurance is
// not accepted", "unlike a spa massage…", an article's "spa massage is…". Patterns are matched on
// normalised lower-case text (see lib/text.ts), within the sentence of the match.

const contextRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  pattern: z.string().min(2),
  examples: exampleListSchema,
  nearMisses: exampleListSchema,
});

export const claimContext = z
  .object({
    /** Ends the text just before a match: the match is denied. Up to about six words back. */
    negationBefore: contextRuleSchema,
    /** Starts the text right after a match: the match is the subject of a denial. */
    negationAfter: contextRuleSchema,
    /** A sentence that contrasts or explains kinds of massage rather than offering one. */
    contrast: contextRuleSchema,
    /** A sentence saying massage here is paid out of pocket and not billed. */
    massageCashPay: contextRuleSchema,
    /**
     * A sentence explaining the tax rule for paying with an HSA or FSA: its "prescription" and
     * "medical necessity" are what the IRS asks of the patient, not the business's clinical work.
     */
    taxAccount: contextRuleSchema,
    /**
     * A sentence about a missed or late-cancelled visit's fee: "missed visits can't be billed to
     * PIP" says the practice bills PIP for the visits themselves, so the denial is not of billing.
     */
    missedVisitFee: contextRuleSchema,
  })
  .parse({
    negationBefore: {
      id: 'negation-before',
      pattern:
        "\\b(?:not(?! only| just| limited to)|no(?!-| matter| more)|never|don't|do not|does not|doesn't|did not|cannot|can't|won't|will not|isn't|aren't|without|unlike|instead of|rather than|neither|nor|nothing like|unable to)\\b(?:[^.;:!?,]{0,40}|[^.;:!?]{0,60}, (?:(?:and )?(?:that |this )?includ(?:es|ing) |or |nor )?)$",
      examples: ['we do not ', 'please note we are unable to directly ', 'unlike a ', 'we do not accept insurance, and that includes ', 'not for injuries, '],
      nearMisses: ['we gladly ', 'no referral needed. we ', 'auto accidents (no-fault) and ', 'not only do we ', 'no referral needed, we bill ', 'treatments including but not limited to joint mobilization, '],
    },
    negationAfter: {
      id: 'negation-after',
      pattern:
        "^(?:(?!\\b(?:and|but) )[^.;:!?]){0,12}?\\b(?:is|are|was|were|will|can|does|do)(?: currently| usually)? (?:not|never|no longer)\\b|^\\s*(?:isn't|aren't|won't|can't|doesn't)\\b|^[^.;:!?]{0,20}?\\bnot (?:accepted|available|offered|billed|covered|provided)\\b",
      examples: [' is not accepted at this time', ' are not covered', " isn't something we offer", ' not accepted'],
      nearMisses: [' is accepted and we file claims', ' and we do not charge a copay later in the year'],
    },
    contrast: {
      id: 'contrast',
      pattern:
        "\\b(?:unlike|versus|vs\\.?|differ(?:s|ence|ences|ent) (?:from|between)|different,? (?:however|though),? from|compared (?:to|with)|as opposed to|whereas|rather than|instead of|(?:more|less|other|different|longer|costlier) than (?:a |an |the |your )?(?:standard|typical|regular|usual|normal)|more than (?:just )?(?:an? )?(?:occasional |mere |simple )?(?:luxury|indulgence|treat|pampering)|is not (?:a|just) (?:spa|relaxation)|not (?:just )?a spa|can be found (?:at|in)|are (?:typically|usually|often|commonly) (?:found|offered|given))\\b",
      examples: ['unlike a spa massage', 'the difference between medical and spa massage', 'can be found in spas', 'more than a standard remedial massage', 'far more than an occasional luxury', 'is different, however, from a regular spa massage'],
      nearMisses: ['we offer both', 'different techniques for your needs'],
    },
    massageCashPay: {
      id: 'massage-cash-pay',
      pattern:
        "massages?(?: therapy| sessions?| services?)?\\b[^.;!?]{0,60}\\b(?:cash[- ]pay|cash (?:only|service|basis|payment)|self[- ]pay|private[- ]pay|out[- ]of[- ]pocket|not (?:billed|billable|covered(?! by (?:ohip|msp|medicare|medicaid|(?:the )?provincial|(?:a |the )?public))|submitted)|add-?on)|(?:cash[- ]pay|cash only|self[- ]pay|private[- ]pay)\\b[^.;!?]{0,40}\\bmassages?",
      examples: ['massage is cash pay and is not billed to insurance', 'our massages are self-pay', 'cash-pay massage add-on', 'massage at our office is a cash service'],
      nearMisses: ['massage therapy is billed to your auto insurance', 'massage therapy is not covered by OHIP but by most extended health plans'],
    },
    taxAccount: {
      id: 'tax-account',
      pattern:
        '\\b(?:hsa|fsa|hra|health savings|flexible spending|health reimbursement|irs|internal revenue|qualified medical expenses?|pre-?tax (?:dollars|money|funds))\\b',
      examples: ['massage can be a qualified medical expense with a prescription', 'the irs requires expenses to ease an ailment', 'pay with your hsa card'],
      nearMisses: ['we bill your health insurance', 'has a flexible schedule'],
    },
    missedVisitFee: {
      id: 'missed-visit-fee',
      pattern:
        "\\b(?:missed|late[- ]cancel\\w*|no-?shows?|cancell?ations?)\\b[^.;!?]{0,80}\\b(?:fees?|charges?|charged|billed|pay|paid)\\b|\\b(?:pay|bill\\w*|cover\\w*) (?:for )?(?:a |the )?(?:missed|late|no-?show)",
      examples: ['missed visits and late cancellations are $40 and can\'t be billed to', 'insurance does not pay missed-appointment fees', 'your health plan will not pay for a missed visit'],
      nearMisses: ['we do not bill insurance', 'insurance is not accepted'],
    },
  });
