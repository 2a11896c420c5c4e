// Kept free of zod and other imports: the content script bundles this file, and its size budget
// is 10 KB. These words only decide whether a page is worth a closer look.

/** Words that make a page concern massage at all. */
export const massageTopicPattern =
  'massages?|massage therap(?:y|ist|ists)|masseuses?|masseurs?|bodywork|lymphatic drainage|myofascial|reflexology|lmt|lmbt|day ?spas?|masajes?|masajistas?|drenaje linf[aá]tico';

/** Words of a health plan's benefits pages, so insurer pages pass the cheap gate too. */
export const coverageTopicPattern =
  'coverage|covered services|benefits|claims?|in-network|deductible|copay|prior authorization|explanation of benefits';
