# Search (issue 15): typed questions find their entry point.
search-understood = 🔎 Understood: { $title }
search-suggest-question = Did you mean one of these?
search-none = 🤷 None of these
search-title = Search

search-title-lp-first = First labour immigrant permit
search-title-lp-extend = Extending the labour immigrant permit
search-title-lp-new = A new permit after 12 months
search-title-lp-lost = Lost or damaged permit
search-title-lp-revoked = Revocation of the labour immigrant permit
search-title-lp-employer = Hiring a foreigner for household work
search-title-ep-extend = Extending the employer permit
search-title-ep-reissue = Re-issuing the employer permit
search-title-ep-fee = The fee after the employer permit decision
search-title-ep-ict = Intra-corporate transfer
search-title-se-extend = Extending the self-employment certificate
search-title-se-reissue = Re-issuing the self-employment certificate
search-title-se-duplicate = A duplicate of the self-employment certificate
search-title-kandas-extend = Extending kandas status
search-title-kandas-arrival = Moving after the kandas decision
search-title-trp-duplicate = Lost or damaged temporary residence permit
search-title-trp-term = Term and extension of the temporary residence permit
search-title-prp-refused = Refusal of a permanent residence permit
search-title-prp-hearing = A hearing notice
search-title-prp-annul = Annulment of the permanent residence permit
search-title-prp-moving = Moving with a permanent residence permit
search-title-reg-host = Registering a foreign guest
