"""The words the talks stage reads: what names a negotiation, and how news words convening, taking part,
inviting and staying away. Words are spaCy lemmas, lower case.

They are kept here, beside the stage, rather than in ``data/``; they are plain sets, so moving them to a
data file later changes no rule.
"""

from __future__ import annotations

# Nouns that name a negotiation, and the kind each gives the record's name.
KINDS = {"talk": "talks", "negotiation": "negotiations", "meeting": "meeting", "conference": "conference",
         "congress": "congress", "summit": "summit", "round": "talks", "consultation": "consultations",
         "dialogue": "dialogue", "visit": "visit", "gathering": "meeting", "process": "process",
         "format": "process", "session": "meeting", "event": "meeting", "forum": "forum"}
# Nouns that only point back to a negotiation already named ("the event", "the opening session").
ANAPHORIC = {"session", "event", "gathering"}
# Nouns that name a negotiation only with a proper name before them ("the Geneva process", "Astana format").
NAMED_ONLY = {"process", "format"}
# Kinds too vague to name a record when a better one was seen.
GENERIC_KINDS = {"meeting"}

# Verbs and nouns of convening: their subject or owner hosts, brokers or mediates.
BROKER_VERBS = {"broker", "host", "sponsor", "mediate", "organise", "organize", "convene", "facilitate", "chair",
                "arrange", "supervise", "oversee", "moderate", "open"}
HYPHEN_BROKERS = BROKER_VERBS | {"back", "lead", "led", "sponsored", "brokered", "backed", "hosted"}
BROKER_AGENTS = {"mediator", "sponsor", "host", "organiser", "organizer", "convener", "convenor", "broker",
                 "facilitator"}
BROKER_ACTS = {"mediation", "auspices", "sponsorship", "aegis", "patronage", "chairmanship"}
BROKER_NOUNS = BROKER_AGENTS | BROKER_ACTS
# Kinds whose owner convenes them ("Russia's Peace Congress").
OWNED_KINDS = {"congress", "conference", "summit", "forum", "process", "dialogue"}

# Verbs whose subject takes part when the negotiation is their object ("hold talks", "attend the meeting") ...
PARTICIPATE_OBJECT = {"hold", "attend", "join", "begin", "start", "have", "conduct", "resume", "enter", "pursue",
                      "continue", "accept", "seek", "make", "pay", "end", "conclude", "close"}
# ... or the place they act in ("are in talks", "went to the talks", "negotiate at the talks", "took part in").
PARTICIPATE_AT = {"participate", "go", "come", "travel", "return", "arrive", "sit", "be", "engage", "represent",
                  "send", "take", "head", "lead", "negotiate", "discuss", "talk", "speak", "meet", "present",
                  "raise", "table", "argue", "propose", "insist", "push", "want", "agree", "work", "join"}
PARTICIPATE = PARTICIPATE_OBJECT | PARTICIPATE_AT
# Verbs that bring the parties to a negotiation ("the meeting opened, bringing envoys of X and Y to Astana").
BRING = {"bring", "gather", "assemble", "unite", "draw"}
# Verbs of meeting: a meeting the article reports with a verb ("Lavrov met Cavusoglu in Alanya").
MEET_VERBS = {"meet": "meeting", "negotiate": "negotiations", "confer": "talks", "visit": "visit",
              "receive": "meeting", "talk": "talks"}
# Verbs whose subject stays away when the negotiation is their object, and nouns of the same act.
DECLINE_VERBS = {"boycott", "reject", "refuse", "decline", "shun", "snub", "skip", "quit", "abandon", "spurn",
                 "withdraw", "leave", "oppose", "denounce", "dismiss", "stay", "pull", "walk"}
DECLINE_NOUNS = {"boycott", "rejection", "refusal", "withdrawal"}
# Negated, these verbs of taking part are a refusal ("will not attend the talks").
NEGATABLE = {"attend", "join", "participate", "go", "take", "send", "come", "accept", "return"}
# Verbs and nouns of being undecided: negated or "yet to", their subject has not confirmed.
CONFIRM = {"confirm", "decide", "decision", "commit", "announce", "say", "agree"}
UNDECIDED = {"undecided", "uncertain", "unsure", "hesitant"}
INVITE = {"invite", "invitation"}
# Modals that make an invitation only a possibility ("could be invited at a later date").
MAYBE = {"could", "might", "may", "can"}
# People a party sends: their owner takes part ("the Syrian government delegation").
DELEGATES = {"delegation", "delegate", "negotiator", "representative", "emissary"}
# Prepositions whose object takes part ("talks with X", "meeting between X and Y").
WITH_PREPS = {"with", "between", "among", "amongst"}
# Prepositions whose object is where ("talks in Astana", "a visit to Moscow").
VENUE_PREPS = {"in", "at", "inside"}
# Nouns a venue is named through ("the Kazakh capital of Astana", "the resort of Sochi").
PLACE_NOUNS = {"capital", "city", "town", "resort", "village", "port", "province", "region", "district", "suburb",
               "hotel", "palace", "base", "venue", "headquarters", "retreat", "island", "center", "centre", "hall",
               "room", "building", "residence", "compound"}
# Prepositions that place a negotiation before or after the clause's time: "days after the Astana talks".
BEFORE = {"after", "following", "since"}
AHEAD = {"before", "ahead"}
# Prepositions that make one negotiation part of another ("talks with Russia through the Geneva process").
LINKING_PREPS = {"of", "through", "via", "including", "within", "under", "as"}

# Modifiers that set a negotiation apart from the one being reported ("past talks", "the next round").
EARLIER = {"past", "previous", "earlier", "last", "former", "failed", "prior", "old"}
LATER = {"next", "future", "further", "new", "another", "separate", "other", "fresh", "subsequent"}
PLANNED_MODIFIERS = {"upcoming", "planned", "scheduled", "forthcoming", "next", "future", "coming", "expected"}
# Verbs of ending: "due to end on Tuesday" says the talks are going on, not that they are to come.
END_VERBS = {"end", "close", "conclude", "finish", "wrap", "last", "continue", "adjourn", "break"}
# Ways of meeting that, negated, leave the meeting itself standing ("did not meet face-to-face").
MANNER = {"face", "directly", "direct", "person", "together"}
# Words of moving between delegations: the mover mediates.
SHUTTLE = {"shuttle", "carry", "relay", "ferry"}
