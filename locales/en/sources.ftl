## Titles of the legal acts the services cite, and labels of their points.

source-order-222 = Order of the Minister of Labour and Social Protection No. 222 of 29.05.2026 "On amendments to some orders"
source-kandas-rules = Rules for assigning or extending kandas status (order No. 329-Ө-М of 22.07.2013 as amended by order No. 222 of 29.05.2026)
source-quota-rules = Rules for inclusion in the regional quota for admission of kandases and resettlers (order No. 20 of 15.01.2016 as amended by order No. 222 of 29.05.2026)
source-se-rules = Rules for issuing or extending certificates to a foreigner or stateless person on the conformity of their qualification for self-employment (order No. 236 of 22.06.2023 as amended by order No. 222 of 29.05.2026)
source-fl-rules = Rules and conditions for issuing or extending permits to employers to attract foreign labour and for intra-corporate transfer (order No. 279 of 30.06.2023 as amended by order No. 222 of 29.05.2026)
source-residence-rules = Rules for issuing temporary and permanent residence permits to foreigners and stateless persons in Kazakhstan (Ministry of Internal Affairs order No. 992 of 04.12.2015, as of 08.12.2024)
point-appendix = app. { $point }
point-heading = heading
