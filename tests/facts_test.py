#!/usr/bin/env python3
"""Table-driven tests of the fact linker through `factmine extract`.

Each case is one short article written for this test (fictional companies
of samples/catalog.jsonl, or public bodies of the catalog), its publication
date, and the facts it must give: subject id, predicate, value, period and,
where the case is about them, scope, attributed_to and object.

usage: facts_test.py FACTMINE [REPO_ROOT]
"""
import json
import os
import subprocess
import sys

FACTMINE = sys.argv[1]
ROOT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..")
CATALOG = os.path.join(ROOT, "samples", "catalog.jsonl")

# (name, lang, date, text, [expected facts]); a fact is a dict of the fields
# to compare: subject, predicate, value, period, scope, attributed_to, object,
# part_of (the value of the total the fact is a part of)
# (with "absent": True, no fact may match the other fields).
CASES = [
    ("what a workshop converted, fitted out or restored is its production", "fr", "2025-09-24",
     "Ateliers\n\nKordium a converti 71 autocars en 2024. Semivel a restauré dix instruments en 2025.",
     [{"subject": "kordium", "predicate": "production", "value": 71, "period": "2024"},
      {"subject": "semivel", "predicate": "production", "value": 10, "period": "2025"}]),
    ("a small sum a verb takes from one level to another, with no measure named, is a price", "fr", "2025-09-24",
     "Pressings\n\nKordium exploite 40 boutiques. Le nettoyage d'une chemise passera de 4,90 euros à 5,40 euros.",
     [{"subject": "kordium", "predicate": "price", "value": 4.9},
      {"subject": "kordium", "predicate": "price", "value": 5.4}]),
    ("the same in English", "en", "2025-09-24",
     "Cleaners\n\nKordium runs 26 shops. A shirt goes from £2.95 to £3.25.",
     [{"subject": "kordium", "predicate": "price", "value": 2.95},
      {"subject": "kordium", "predicate": "price", "value": 3.25}]),
    ("a market value is the year's, whatever day's share price it was taken at", "fr", "2026-02-26",
     "Bourse\n\nL'action Kordium a bondi de 12 % mardi, ce qui valorise le groupe environ 540 millions d'euros.",
     [{"subject": "kordium", "predicate": "market_cap", "value": 540000000, "period": "2026"},
      {"subject": "kordium", "predicate": "stock_change", "value": 12, "period": "2026-02-24"}]),
    ("an ordinal opening the sentence holds until another organisation is named for a figure", "fr", "2026-09-15",
     "https://example.org/x\n2026-09-15\n\nPhoto\n\nDeux modèles s'affrontent. Kordium, basé à Clermont-Ferrand, "
     "exploite 3 100 cabines, contre 420 bornes chez Semivel, une jeune pousse lilloise.\n\nLe premier a réalisé 41 "
     "millions d'euros de chiffre d'affaires en 2025, en repli de 3 %, contre 8,6 millions pour Semivel, dont les "
     "ventes ont bondi de "
     "27 %.",
     [{"subject": "kordium", "predicate": "revenue", "value": 41000000},
      {"subject": "semivel", "predicate": "revenue", "value": 8600000},
      {"subject": "semivel", "predicate": "growth", "value": 27}]),
    ("a price in a sentence a pronoun opens is the company that opened the sentence before", "fr", "2026-03-01",
     "https://example.org/x\n2026-03-01\n\nOrgues : deux ateliers\n\nLa Manufacture Kordium emploie 24 salariés "
     "à Sélestat.\n\nÀ Manosque, les Ateliers Roustan ont misé sur l'export. Ils fabriquent des orgues vendus "
     "entre 45.000 et 120.000 euros pièce.",
     [{"subject": "ateliers-roustan", "predicate": "price", "value": 45000}]),
    ("a company's noun takes back the company that opened its paragraph, carried by a pronoun since", "fr",
     "2026-03-01",
     "https://example.org/x\n2026-03-01\n\nOrgues : deux ateliers\n\nEn Alsace, la Manufacture Kordium vit des "
     "églises. L'atelier a restauré dix instruments en 2025.\n\nLes Ateliers Roustan ont misé sur l'export. Ils "
     "fabriquent des orgues vendus entre 45.000 et 120.000 euros pièce. L'entreprise a livré 38 orgues l'an dernier.",
     [{"subject": "ateliers-roustan", "predicate": "sales_volume", "value": 38}]),
    ("a body in the apposition that describes the source is not the subject", "fr", "2026-07-22",
     "https://example.org/x\n2026-07-22\n\nCamping-cars : les immatriculations reculent\n\nLes vacanciers ont "
     "acheté moins de camping-cars neufs. Selon le bilan publié mardi par le SDES, le service statistique du "
     "ministère de la Transition écologique, 28 400 véhicules de loisirs neufs ont été immatriculés en France en 2025.",
     [{"subject": "france", "value": 28400, "attributed_to": "SDES"}]),
    ("a nationality opening a sentence with no subject of its own names the country the article names", "en",
     "2025-06-01",
     "Canada's greenhouse harvest grows\n\nCanadian greenhouse growers produced 312,000 tonnes of tomatoes in "
     "2024, up 4.2% from the previous year.",
     [{"subject": "canada", "predicate": "production", "value": 312000, "period": "2024"}]),
    ("the same in French", "fr", "2025-06-01",
     "Le vélo en France\n\nLes Français ont acheté 2,1 millions de vélos en 2024.",
     [{"subject": "france", "value": 2100000, "period": "2024"}]),
    ("what a contract the subject won is for is counted by its buyer, as its price is", "en", "2025-02-19",
     "Buses\n\nBus maker Kordium won an order for 120 buses worth £58 million from operator Semivel.",
     [{"subject": "semivel", "predicate": "count", "value": 120},
      {"subject": "semivel", "predicate": "acquisition_price", "value": 58000000}]),
    ("dry cleaners counted are shops, not staff", "en", "2025-10-15",
     "Cleaners\n\nKordium, a family-run chain of 26 dry cleaners, raised its prices.",
     [{"subject": "kordium", "predicate": "count", "value": 26}]),
    ("a price 'à partir de' is a floor, past a verb's phrase that ends with 'à'", "fr", "2025-10-02",
     "Bornes\n\nKordium loue des bornes photo. Ses bornes sont vendues à partir de 390 euros.",
     [{"subject": "kordium", "predicate": "price", "value": 390, "qualifier": "at_least"}]),
    ("a town outside the catalog whose council opens the article, no company named, holds its figures", "fr",
     "2025-10-14",
     "Port de Brévanec : 180 anneaux de plus\n\nLe conseil municipal de Brévanec a voté lundi soir l'extension du "
     "port de plaisance. Le chantier, estimé à 11,5 millions d'euros, comprend de nouveaux pontons.\n\nLe port de "
     "Brévanec compte 620 anneaux, a rappelé le maire, Ronan Kerbellec.\n\nLa Région Bretagne financera les travaux "
     "à hauteur de 2,8 millions d'euros et le Département du Finistère de 1,5 million. La commune empruntera 4 "
     "millions d'euros auprès de la Banque des Territoires.",
     [{"subject": "brevanec", "predicate": "loan", "value": 4000000},
      {"subject": "brevanec", "predicate": "cost", "value": 11500000}]),
    ("a percentage of interest is an interest rate", "en", "2026-03-12",
     "Pawn\n\nKordium lends against jewellery. It charged interest of 9.5% a month on some loans.",
     [{"subject": "kordium", "predicate": "interest_rate", "value": 9.5}]),
    ("a name an apposition calls a trade's body is the source of what it estimates", "en", "2026-03-12",
     "Turbines\n\nKordium won a contract for 212 turbines. Windlobby, the industry body, estimates that Britain has "
     "about 11,900 onshore turbines.",
     [{"subject": "royaume-uni", "predicate": "count", "value": 11900, "attributed_to": "Windlobby"}]),
    ("a country that opens a clause after 'that' and counts what it has is the subject", "en", "2026-03-12",
     "Turbines\n\nKordium won a contract for 212 turbines. The industry body estimates that Britain has about "
     "11,900 onshore turbines.",
     [{"subject": "royaume-uni", "predicate": "count", "value": 11900}]),
    ("a company's noun after an opening phrase and its comma takes back the company, not the town of a jobless rate",
     "fr", "2025-06-03",
     "Moules\n\nLa coopérative Kordium va investir 9 millions d'euros à Genêts. L'atelier créera 30 emplois dans la "
     "zone d'emploi de Granville, où le taux de chômage s'établit à 5,9 %. Fondée en 1987, la coopérative regroupe "
     "46 exploitations.",
     [{"subject": "kordium", "predicate": "count", "value": 46}]),
    ("containers a terminal handled are its sales volume", "fr", "2025-10-02",
     "Port\n\nL'opérateur Kordium a manutentionné 386 000 conteneurs en 2024.",
     [{"subject": "kordium", "predicate": "sales_volume", "value": 386000, "period": "2024"}]),
    ("what a grower harvested is its production", "en", "2026-03-01",
     "Truffles\n\nKordium, which grows truffles in Wiltshire, harvested 84 kilograms in 2025.",
     [{"subject": "kordium", "predicate": "production", "value": 84, "period": "2025"}]),
    ("a second price joined by 'plus' is a price too", "en", "2026-03-01",
     "Scooters\n\nKordium runs 900 scooters. A ride costs £1 to unlock plus 18p a minute.",
     [{"subject": "kordium", "predicate": "price", "value": 1}, {"subject": "kordium", "predicate": "price", "value": 0.18}]),
    ("a facility named with its lower-case head keeps its own losses, whatever company the article opens with", "fr",
     "2026-03-01",
     "Loisirs\n\nLa société Nérélis gère 12 parkings. Le camping des Dunes a perdu 200 000 euros.",
     [{"subject": "camping-des-dunes", "predicate": "loss", "value": 200000}]),
    ("people counted in a place, with no one else's figure, are the place's count", "en", "2026-06-10",
     "Allotments\n\nSome 157,000 people in England were waiting for an allotment at the end of 2024, according to "
     "a survey.",
     [{"subject": "angleterre", "predicate": "count", "value": 157000, "period": "2024"}]),
    ("'In <town>, the city council' is that town's council, by the name the article gives it", "en", "2026-06-10",
     "Plots\n\nKordium says councils manage about 330,000 plots. In Nottingham, the city council will raise its "
     "rent from £86 to £112 a plot from October. Nottingham City Council also plans 150 new plots.",
     [{"subject": "nottingham-city-council", "predicate": "price", "value": 112}]),
    ("a sum 'at a cost of' is a cost", "en", "2026-03-01",
     "Plots\n\nKordium plans 150 new plots on a former playing field, at a cost of £420,000.",
     [{"subject": "kordium", "predicate": "cost", "value": 420000}]),
    ("the staff a site will employ is its headcount to come; jobs to be created are none", "fr", "2026-03-01",
     "Usine\n\nKordium emploiera 45 salariés sur le site d'ici 2028. Semivel doit créer 300 emplois.",
     [{"subject": "kordium", "predicate": "headcount", "value": 45}]),
    ("what running something costs, a hundred thousand or more a year, is a cost", "fr", "2026-03-01",
     "Ski\n\nLes recettes des forfaits de Kordium sont tombées à 612 000 euros, quand l'exploitation coûte quelque "
     "1,9 million d'euros par an.",
     [{"subject": "kordium", "predicate": "cost", "value": 1.9e6}]),
    ("a jobless rate in a town's employment area, or in a sentence 'À' and the town open, is the town's", "fr",
     "2026-03-01",
     "Emploi\n\nDans la zone d'emploi de Limoux, le chômage atteint 11,2 %, selon l'Insee. À Challans, le taux de "
     "chômage est tombé à 5,8 %. Le taux de chômage national atteint 7,4 %.",
     [{"subject": "limoux", "predicate": "unemployment_rate", "value": 11.2},
      {"subject": "challans", "predicate": "unemployment_rate", "value": 5.8},
      {"subject": "france", "predicate": "unemployment_rate", "value": 7.4}]),
    ("'la première' and 'pour la seconde' are the two organisations the sentence before names, in order", "fr",
     "2026-03-01",
     "Langues\n\nL'abonnement de Kordium coûte 29 euros par mois, quand une heure de cours revient à 18 euros chez "
     "Semivel. La première emploie 31 salariés, contre 85 formateurs pour la seconde.",
     [{"subject": "kordium", "predicate": "headcount", "value": 31},
      {"subject": "semivel", "predicate": "headcount", "value": 85}]),
    ("in an interview, the subscribers and price of the product the question names are the product's", "fr",
     "2026-06-01",
     "Kordium : « Nos abonnés restent fidèles »\n\nLancée en 2021 à Lyon par Kordium, l'application Pebblenote "
     "aide les élèves à réviser. La start-up emploie 30 salariés.\n\nCombien d'élèves sont abonnés à Pebblenote ?"
     "\n\nNous avons dépassé 50 000 abonnés en mai. L'abonnement coûte 3,99 euros par mois.\n\nÊtes-vous "
     "rentables ?\n\nNous visons un chiffre d'affaires de 4 millions d'euros en 2027.",
     [{"subject": "pebblenote", "predicate": "price", "value": 3.99},
      {"subject": "kordium", "predicate": "revenue", "value": 4e6}]),
    ("skier days a resort sells are its users", "fr", "2026-05-01",
     "Ski\n\nKordium a vendu 612.000 journées-skieurs entre décembre 2025 et avril 2026.",
     [{"subject": "kordium", "predicate": "users", "value": 612000}]),
    ("a percentage right after a loan, past 'à', is its interest rate, the borrower's", "fr", "2026-03-01",
     "Pisciculture\n\nKordium installe un système de recirculation. Le Crédit Agricole nous prête 700 000 euros à "
     "3,2 %.",
     [{"subject": "kordium", "predicate": "interest_rate", "value": 3.2}]),
    ("a sum a project is funded with by a public body is aid, that body its object", "fr", "2026-03-01",
     "Verre\n\nKordium construit une usine à Crissey pour 24 millions d'euros. L'investissement est financé à "
     "hauteur de 6,5 millions d'euros par l'Ademe et de 1,2 million par la Région Bourgogne-Franche-Comté.",
     [{"subject": "kordium", "predicate": "subsidy", "value": 6.5e6, "object": "ademe"},
      {"subject": "kordium", "predicate": "subsidy", "value": 1.2e6}]),
    ("'l'entreprise' after a country's jobless rate is the company; a pronoun's count of other things is no headcount",
     "fr", "2026-09-17",
     "Vinyles\n\nKordium, fondée en 2023, presse des disques à Guingamp. Dans la zone d'emploi, le taux de chômage "
     "atteignait 7,4 % fin 2025, selon l'Insee. L'entreprise emploie 22 salariés. Elle a déjà signé avec 60 labels "
     "indépendants.",
     [{"subject": "kordium", "predicate": "headcount", "value": 22},
      {"subject": "kordium", "predicate": "count", "value": 60}]),
    ("a wage said gross by the hour is pay", "fr", "2026-03-01",
     "Coursiers\n\nKordium emploie 40 coursiers, payés 13,20 euros brut de l'heure.",
     [{"subject": "kordium", "predicate": "compensation", "value": 13.2}]),
    ("a one-word name opening a sentence, then an apposition with a product's noun, is a name", "en", "2026-02-25",
     "Apps\n\nPebblenote, the note-taking and drawing app for schools, will raise its monthly price from £3.99 to "
     "£4.49.",
     [{"subject": "pebblenote", "predicate": "price", "value": 4.49}]),
    ("people or children an airline flies or a service carries are its users", "en", "2026-03-01",
     "Air\n\nKordium flew 640,000 people last year. Semivel carries 3,870 children to school every day.",
     [{"subject": "kordium", "predicate": "users", "value": 640000, "period": "2025"},
      {"subject": "semivel", "predicate": "users", "value": 3870}]),
    ("riders a courier firm employs are its staff", "en", "2026-03-01",
     "Couriers\n\nKordium employs 130 riders in Bristol.",
     [{"subject": "kordium", "predicate": "headcount", "value": 130}]),
    ("'a réalisé' a sum is revenue; 'la même année' past a founding year is the year of the figure before", "fr",
     "2025-04-01",
     "Échafaudages\n\nSemivel a réalisé un chiffre d'affaires de 186 millions d'euros en 2024. Kordium, entreprise "
     "familiale fondée en 1961 à Villefranche-sur-Saône, a réalisé la même année 39 millions, dont 31 millions dans "
     "la location.",
     [{"subject": "kordium", "predicate": "revenue", "value": 3.9e7, "period": "2024"},
      {"subject": "kordium", "predicate": "revenue", "value": 3.1e7, "period": "2024"}]),
    ("a bare figure past 'le nombre de' counts, it takes no currency of the sum before", "fr", "2024-09-18",
     "Laboratoires\n\nAu premier semestre 2024, le chiffre d'affaires de Kordium a reculé de 2,7 % à 188 millions "
     "d'euros, alors même que le nombre d'examens réalisés progressait, à 14,2 millions.",
     [{"subject": "kordium", "predicate": "count", "value": 1.42e7, "period": "2024-H1"}]),
    ("an aside after the noun giving its figure now does not keep the noun from the figure after it", "fr",
     "2026-03-01",
     "Parc\n\nSemivel a accueilli 318 000 visiteurs en 2025. Le billet adulte, vendu 19,50 euros, passera à 21 "
     "euros en avril 2027.",
     [{"subject": "semivel", "predicate": "price", "value": 19.5},
      {"subject": "semivel", "predicate": "price", "value": 21, "period": "2027-04"}]),
    ("the town whose body the headline names ('à Metz, la Ville') owns the figures, not the facility it extends",
     "fr", "2025-05-27",
     "Tribune - Crématorium des Ormes : à Metz, la Ville fait fausse route\n\nPar Lucie Garnier, ancienne "
     "conseillère municipale de Metz\n\nLe conseil municipal examinera lundi l'agrandissement du crématorium des "
     "Ormes. Le chantier coûtera 2,4 millions d'euros. La Ville relèvera de 12 % ses tarifs au 1er septembre. Avec "
     "une dette de 64 millions d'euros, la Ville devrait attendre.",
     [{"subject": "metz", "predicate": "cost", "value": 2.4e6},
      {"subject": "metz", "predicate": "debt", "value": 6.4e7}]),
    ("the level a price rises from at a date to come is today's", "en", "2026-11-05",
     "Bridge\n\nKordium runs the crossing. From January 1, the toll for a car rises from £2.20 to £2.60.",
     [{"subject": "kordium", "predicate": "price", "value": 2.2, "period": "2026"},
      {"subject": "kordium", "predicate": "price", "value": 2.6, "period": "2027-01"}]),
    ("a toll is a price a few words from it; toll income is revenue", "en", "2026-06-01",
     "Bridge\n\nKordium runs the crossing. The toll for a car rises from £2.20 to £2.60 in January. Toll income "
     "reached £21.3m last year.",
     [{"subject": "kordium", "predicate": "price", "value": 2.6},
      {"subject": "kordium", "predicate": "revenue", "value": 2.13e7}]),
    ("what tickets will rise from and to are prices", "en", "2026-06-01",
     "Zoo\n\nKordium welcomed 300,000 visitors last year. Adult tickets will rise from £24.50 to £26 on September 1.",
     [{"subject": "kordium", "predicate": "price", "value": 24.5},
      {"subject": "kordium", "predicate": "price", "value": 26, "period": "2026-09"}]),
    ("what a journey costs on a toll road is a price", "fr", "2026-06-01",
     "Autoroute\n\nSemivel exploite l'autoroute depuis 2019. Le trajet complet passe de 9,10 euros à 9,40 euros.",
     [{"subject": "semivel", "predicate": "price", "value": 9.1},
      {"subject": "semivel", "predicate": "price", "value": 9.4}]),
    ("ounces a miner expects are its production", "en", "2026-03-01",
     "Gold\n\nKordium expects to pour between 420,000 and 440,000 ounces this year.",
     [{"subject": "kordium", "predicate": "production", "value": 420000}]),
    ("any sum an organisation received from a fund or a public body is aid", "en", "2025-06-01",
     "Radio\n\nKordium runs on £38,000 a year. In 2024 Kordium received £9,500 from the fund.",
     [{"subject": "kordium", "predicate": "subsidy", "value": 9500, "period": "2024"}]),
    ("what an organisation pays out in compensation settles a claim; a person's compensation is pay", "en",
     "2026-03-01",
     "Court\n\nKordium was fined £180,000. The firm must also pay £42,000 in compensation to its victims. Its chief "
     "executive Anna Rowe received £1.2m in compensation last year.",
     [{"subject": "kordium", "predicate": "settlement", "value": 42000},
      {"predicate": "compensation", "value": 1.2e6}]),
    ("a small sum a verb of price gives past an average's words is a price", "en", "2025-06-20",
     "Berries\n\nA 400g punnet of Kordium strawberries cost an average of £2.45 in May.",
     [{"subject": "kordium", "predicate": "price", "value": 2.45}]),
    ("the buyer a sale names ('vendue à X') is not who sells at that price", "fr", "2026-03-12",
     "Solaire\n\nLa coopérative Kordium a inauguré son parc solaire. L'électricité sera vendue à Semivel au prix de "
     "92 euros le mégawattheure jusqu'en 2046, soit des recettes d'environ 470 000 euros par an.",
     [{"subject": "kordium", "predicate": "price", "value": 92},
      {"subject": "kordium", "predicate": "revenue", "value": 470000}]),
    ("a facility the article opens with and names most sets its own prices", "fr", "2025-06-19",
     "Leçons de natation : ce qu’il faut savoir avant l’été\n\nLes inscriptions aux stages d’été ouvrent lundi au "
     "centre aquatique des Oyats, à Brive-la-Gaillarde. Prix, encadrement, aides de l’État : nos réponses.\n\n"
     "Combien coûte un stage ?\n\nDix leçons coûtent 95 euros cet été, contre 82 euros en 2024.",
     [{"predicate": "price", "value": 95, "subject": "centre-aquatique-des-oyats"}]),
    ("a part a public body brings is aid, its participle left out after the first ('et 4,5 millions par l'Ademe'); "
     "learners are users", "fr", "2025-03-12",
     "Recyclage\n\nLe projet de Kordium représente un investissement de 32 millions d'euros, dont 6 millions "
     "apportés par la Région Pays de la Loire et 4,5 millions par l'Ademe. Kordium forme 18.500 apprenants.",
     [{"subject": "kordium", "predicate": "subsidy", "value": 4.5e6},
      {"subject": "kordium", "predicate": "users", "value": 18500}]),
    ("'will go up to £45' names a level, not a bound; a pass's price is a price", "en", "2025-11-01",
     "Ski\n\nA two-hour slope pass at Kordium will go up to £45 from January.",
     [{"subject": "kordium", "predicate": "price", "value": 45, "qualifier": "exact", "period": "2026-01"}]),
    ("what a company agrees to refund or 'rembourser' to its customers is a settlement", "en", "2026-01-22",
     "Ferries\n\nKordium will refund cancelled bookings in full, at an average of £85 each. Semivel has agreed to "
     "refund about £3.1m to some 4,800 families.",
     [{"subject": "kordium", "predicate": "settlement", "value": 85},
      {"subject": "semivel", "predicate": "settlement", "value": 3.1e6}]),
    ("what a company agrees to refund or 'rembourser' to its customers is a settlement (fr)", "fr", "2026-01-22",
     "Télécoms\n\nKordium s'est engagée à rembourser 410 000 euros à 1 150 clients.",
     [{"subject": "kordium", "predicate": "settlement", "value": 410000}]),
    ("the medium someone 'told' a figure to is never its subject", "en", "2026-01-22",
     "Ferries live\n\nKordium cancelled all sailings.\n\n12:30 - Chief executive Rhodri Vaughan told BBC Wales the "
     "storm could cost the company up to £1.5 million in lost revenue.",
     [{"subject": "kordium", "predicate": "cost", "qualifier": "at_most"}]),
    ("a town named in the lead with its council right after it, past a comma, is what the figures are about",
     "fr", "2025-12-09",
     "Secours sur les pistes : ce que paiera le skieur blessé à Valmorin\n\nÀ Valmorin (Savoie), le conseil "
     "municipal a voté lundi une nouvelle grille.\n\nLe forfait pour une descente en barquette passe de 420 à 465 "
     "euros. Un transport par hélicoptère sera facturé 2 950 euros en moyenne.",
     [{"subject": "valmorin", "predicate": "price", "value": 2950}]),
    ("who pays a fine named after the sum ('350 000 euros d'amende à X') is its subject", "fr", "2026-03-01",
     "Internet par satellite : la DGCCRF inflige 350 000 euros d'amende à Kordium\n\nLe revendeur conteste.",
     [{"subject": "kordium", "predicate": "fine", "value": 350000}]),
    ("what a court orders paid towards costs is a cost, not the fine", "en", "2026-03-01",
     "Court\n\nKordium was fined £300,000 and ordered to pay £46,000 towards prosecution costs.",
     [{"subject": "kordium", "predicate": "fine", "value": 300000},
      {"subject": "kordium", "predicate": "cost", "value": 46000}]),
    ("after a subject pronoun a word that is a noun and a verb is the verb: 'I charge families £3,600' is a price",
     "en", "2026-03-01",
     "Funerals\n\nKordium handled 38 funerals last year. I charge private families £3,600 for the same service.",
     [{"subject": "kordium", "predicate": "price", "value": 3600}]),
    ("a bare number right after a comparison word is the base of the count before it, past a duration or a long "
     "clause, and counts what it counts", "fr", "2025-11-01",
     "Salon\n\nKordium a accueilli 412.000 visiteurs en dix jours, contre 355.000 lors de l'édition 2023. Les "
     "chantiers Semivel ont livré 412 bateaux, voiliers et catamarans confondus, au cours de l'exercice 2024-2025, "
     "clos le 31 août, contre 448 un an plus tôt.",
     [{"subject": "kordium", "predicate": "users", "value": 355000, "unit": "visiteur", "period": "2023"},
      {"subject": "semivel", "predicate": "sales_volume", "value": 448, "unit": "bateau"}]),
    ("the level a figure went to from a figure of its kind, a date between them, measures what that one does",
     "fr", "2025-09-01",
     "Cuisines\n\nLe chiffre d'affaires de Kordium est passé de 212 millions d'euros en 2022 à 164 millions en "
     "2024.",
     [{"subject": "kordium", "predicate": "revenue", "value": 2.12e8, "period": "2022"},
      {"subject": "kordium", "predicate": "revenue", "value": 1.64e8, "period": "2024"}]),
    ("a phrase of shares ('des ventes') leaves its noun to money; a year a comparison word opens dates no figure "
     "after it", "fr", "2025-03-01",
     "Maisons\n\nKordium a livré 610 maisons en 2024, soit 12 % de moins qu'en 2023, pour des ventes de 118 "
     "millions d'euros. Semivel réalise 9 % des ventes du secteur.",
     [{"subject": "kordium", "predicate": "revenue", "value": 1.18e8, "period": "2024"},
      {"subject": "semivel", "predicate": "market_share", "value": 9}]),
    ("a count of a noun the lexicon does not know, a bound ('more than'), is a count; a direction word past a comma "
     "does not sign it", "en", "2026-03-01",
     "Auction\n\nMore than 1,600 bidders have registered, Kordium says. Kordium has more than 1.3 million "
     "members, but fewer than one in ten of them bids online.",
     [{"subject": "kordium", "predicate": "count", "value": 1600, "qualifier": "more_than"},
      {"subject": "kordium", "value": 1.3e6, "qualifier": "more_than"}]),
    ("what 'en' and a verb of share say a part comes to is a part of the total before, and so is the item joined "
     "to it", "fr", "2026-03-01",
     "Serrures\n\nLe fabricant Kordium a publié mercredi ses résultats. Son chiffre d'affaires a progressé de 6,8 % "
     "en 2025, à 318,4 millions d'euros. Les portes blindées en représentent 112 millions et les cadenas 40 "
     "millions.",
     [{"subject": "kordium", "predicate": "revenue", "value": 1.12e8, "period": "2025", "part_of": 3.184e8},
      {"subject": "kordium", "predicate": "revenue", "value": 4e7, "period": "2025", "part_of": 3.184e8}]),
    ("a sum by the kilo, the bottle or the session is a price, even far from its verb; what a firm turns over is "
     "its revenue", "en", "2025-06-01",
     "Farming\n\nKordium, which employs 14 people, turned over £520,000 in the year to March. It "
     "sells smoked trout fillets to about 60 hotels and farm shops at £29 a kilo.",
     [{"subject": "kordium", "predicate": "revenue", "value": 520000, "period": "2024-04-01/2025-03-31"},
      {"subject": "kordium", "predicate": "price", "value": 29}]),
    ("a bare count that opens the answer to 'How many ...?' counts what the question asks about, measured by "
     "its verb and dated by its time", "en", "2025-01-22",
     "Interview\n\nKordium builds hydrogen lorries.\n\nHow many lorries have you sold?\n\nForty-two since "
     "2023.\n\nHow many students did you teach between June and August?\n\nAbout 2,300.",
     [{"subject": "kordium", "predicate": "sales_volume", "value": 42, "unit": "lorry"},
      {"subject": "kordium", "value": 2300, "unit": "student", "period": "2024-06-01/2024-08-31"}]),
    ("a court, like a legislature, holds none of the figures it rules on", "fr", "2026-05-27",
     "Finances\n\nLa Cour des comptes recommande à Kordium jusqu'à 5 millions d'euros d'économies d'ici 2029.",
     [{"subject": "kordium", "predicate": "savings"}]),
    ("a part a public body brings is aid even when its total has no fact of its own", "fr", "2026-04-09",
     "Éolien\n\nLe spécialiste de l'entretien des éoliennes Kordium a annoncé jeudi la construction sur le port "
     "d'une base de 46 millions d'euros, dont 9 millions apportés par la Région Normandie.",
     [{"subject": "kordium", "predicate": "subsidy", "value": 9e6}]),
    ("a span running since a year before does not date a full year's forecast; a year-long span does", "en",
     "2026-09-15",
     "Games\n\nIts previous title has sold 1.3 million copies since 2023. Broker Tarvelle cut its full-year "
     "revenue forecast for Kordium to between £40 million and £42 million.\n\nSemivel, a dairy co-operative, "
     "collected 640 million kilograms of milk in the year to May 31, down 1.8%. Full-year revenue is expected to "
     "top NZ$5.6 billion.",
     [{"subject": "kordium", "predicate": "revenue", "value": 4e7, "period": "2026"},
      {"predicate": "revenue", "value": 5.6e9, "period": "2025-06-01/2026-05-31"}]),
    ("things a plant makes, counted past a cut of jobs, are no staff", "en", "2026-03-01",
     "Briefs\n\nTyres. Kordium will cut 55 jobs at its Lancashire plant, where it retreaded 140,000 truck tyres "
     "last year.",
     [{"subject": "kordium", "predicate": "job_cuts", "value": 55},
      {"value": 140000, "predicate": "headcount", "absent": True}]),
    ("AIM, the market a company is listed on, holds none of its figures", "en", "2025-07-16",
     "Results\n\nKordium raised its dividend. The shares, listed on AIM, fell 6% to 212p by midday, valuing the "
     "company at about £96m.",
     [{"subject": "kordium", "predicate": "stock_change", "value": -6}]),
    ("in a column a byline opens, 'notre' is the author's organisation, not the place the headline names",
     "fr", "2025-06-01",
     "Aide à domicile : « Dans la Creuse, nos salariées passent leurs journées sur la route »\n\nPar Sylvie "
     "Marchal, directrice de l'association Kordium, à Guéret\n\nNos 86 aides à domicile ont accompagné l'an "
     "dernier 640 personnes.\n\nLe Département de la Creuse nous verse 24,50 euros par heure d'intervention, "
     "quand cette heure nous coûte 31,20 euros.\n\nRésultat : notre déficit a atteint 212 000 euros en 2024.",
     [{"subject": "kordium", "predicate": "deficit", "value": 212000}]),
    ("a participle before 'par' and a name counts nothing: the part is of the amount before, aid a public body "
     "brings; building for a sum is an investment", "fr", "2025-11-20",
     "Cidre\n\nKordium investit. Nous construisons un nouveau chai de 1.200 mètres carrés pour 2,1 millions "
     "d'euros, dont 300.000 apportés par la Région Normandie.",
     [{"subject": "kordium", "predicate": "investment", "value": 2.1e6},
      {"subject": "kordium", "predicate": "subsidy", "value": 300000}]),
    ("a loan's participle right after a part gives the part its own measure", "fr", "2025-06-01",
     "Glaces\n\nKordium grandit. Le groupe construira à Lyon une deuxième usine de 36 millions d'euros, dont 8 "
     "millions prêtés par Bpifrance.",
     [{"subject": "kordium", "predicate": "investment", "value": 3.6e7},
      {"subject": "kordium", "predicate": "loan", "value": 8e6}]),
    ("tens of millions a company collects with a verb of pay are its revenue", "fr", "2025-11-20",
     "Musique\n\nEn 2025, Kordium a perçu 212 millions d'euros de droits auprès des commerces.",
     [{"subject": "kordium", "predicate": "revenue", "value": 2.12e8}]),
    ("the body a byline's author works for is not what the article is about when the opening names another",
     "en", "2026-01-20",
     "Dearer car parks will empty Brackwater's high street\n\nBy Jo Marsh, who runs Semivel, a hardware shop on "
     "Mill Lane in Brackwater\n\nFrom April 1, Brackwater Borough Council wants to raise the price of two hours "
     "in its car parks from £2.20 to £3.50. The council says the rise will bring in an extra £640,000 a year.\n\n"
     "It hardly needs the money. Its ten car parks earned it £3.1m last year, according to its own accounts. The "
     "contractor Tarvelle, which runs the machines, kept £420,000 in fees.",
     [{"subject": "brackwater-borough-council", "value": 640000}, {"subject": "semivel", "absent": True}]),
    ("a half named before does not date what the sentence calls a full year's", "en", "2025-07-30",
     "Results\n\nKordium's first-half revenue rose 8% to 212 million euros. Chief executive Ana Ruiz said she "
     "expected full-year revenue of between 410 million and 430 million euros.",
     [{"subject": "kordium", "predicate": "revenue", "value": 4.1e8, "period": "2025"}]),
    ("'De son côté', 'pour sa part' turn to the name after them: their possessive stands for no one before",
     "fr", "2025-10-15",
     "Laveries\n\nKordium installe des laveries dans des gares. Elle en exploite 61.\n\nDe son côté, Semivel, "
     "premier réseau du pays, en a fermé 45 l'an dernier. Pour sa part, Tarvelle en a ouvert 12.",
     [{"subject": "semivel", "value": 45, "period": "2024"}, {"subject": "tarvelle", "value": 12}]),
    ("'en' with no count before stands for a plural noun before it in its sentence, or for the first one the "
     "sentence before names after 'des'/'ses'", "fr", "2025-10-15",
     "Automates\n\nKordium installe des automates dans des mairies et des supérettes. Elle en exploite 610.\n\n"
     "Semivel, premier réseau de laveries du pays, en a fermé 45 l'an dernier. Le point noir, ce sont les "
     "chevreaux : Tarvelle en a vendu 600.",
     [{"subject": "kordium", "value": 610, "unit": "automate"},
      {"subject": "semivel", "value": 45, "unit": "laverie"},
      {"value": 600, "unit": "chevreau"}]),
    ("'en' is no pronoun before a name or past 'et', nor when the unit comes after ('900 000 et 450 000 euros')",
     "fr", "2025-06-01",
     "Allocation\n\nLes allocataires de Kordium ont 84 ans en moyenne et près de six sur dix sont des femmes. "
     "L'État et la Région en financent respectivement 900 000 et 450 000 euros.",
     [{"value": 6, "unit": "allocataire", "absent": True}, {"value": 900000, "unit": "EUR"}]),
    ("a date after results joined one to the next dates them all", "en", "2026-06-04",
     "Accounts\n\nKordium made a pre-tax profit of £3.2m on revenue of £61.4m in 2025, its accounts show. Semivel "
     "reported revenue of £18.1 million and a profit of £2.2 million for 2025.",
     [{"subject": "kordium", "predicate": "profit", "value": 3.2e6, "period": "2025"},
      {"subject": "semivel", "predicate": "revenue", "value": 1.81e7, "period": "2025"}]),
    ("un bénéfice « sur » un chiffre d'affaires : la date qui suit les date tous deux", "fr", "2026-05-02",
     "Comptes\n\nKordium a dégagé un bénéfice de 1,4 million d'euros sur un chiffre d'affaires de 22 millions "
     "d'euros en 2025.",
     [{"subject": "kordium", "predicate": "profit", "value": 1.4e6, "period": "2025"}]),
    ("a verb of change and 'by' right before a percentage give a change, however far the verb", "en", "2025-07-03",
     "Vending\n\nKordium had raised the price of a standard chocolate bar in its machines by 15% since 2023, "
     "compared with 9% across the market.",
     [{"subject": "kordium", "predicate": "growth", "value": 15}]),
    ("the fund a company is backed by, in the clause that leads the sentence, is no subject", "fr", "2025-03-01",
     "Cliniques\n\nSoutenu par le fonds Semivel, Kordium a racheté 38 cliniques en 2024.",
     [{"subject": "kordium", "value": 38}]),
    ("a pronoun stands for the company the sentence before names past its leading clause, not the country of the "
     "figures before", "fr", "2025-10-15",
     "Billets\n\nLa France comptait 43 850 distributeurs automatiques de billets à la fin de 2024.\n\nPour limiter "
     "les déserts bancaires, la société Kordium installe des automates dans des mairies et des supérettes. Elle en "
     "exploite 610 et vise 1 000 d'ici 2027.",
     [{"subject": "kordium", "value": 610}]),
    ("what a market collects in premiums is the country's revenue, not pay", "fr", "2025-06-04",
     "Assurance\n\nLe marché de la cyberassurance en France a encaissé 382 millions d'euros de primes en 2024, "
     "selon Kordium.",
     [{"subject": "france", "predicate": "revenue", "value": 3.82e8, "period": "2024"}]),
    ("things a buyer bought are counted, not sold", "fr", "2025-06-12",
     "Bus\n\nKordium a acheté dix véhicules à hydrogène au constructeur Semivel pour 7,8 millions d'euros.",
     [{"subject": "kordium", "predicate": "count", "value": 10}, {"predicate": "sales_volume", "absent": True}]),
    ("the sum aid goes towards is what the project costs", "en", "2025-11-01",
     "Briefs\n\nTextiles. Kordium, a Yorkshire firm that turns used jeans into yarn, has won a £640,000 grant from "
     "the West Yorkshire Combined Authority towards a £1.9m spinning line.",
     [{"subject": "kordium", "predicate": "subsidy", "value": 6.4e5}, {"subject": "kordium", "predicate": "cost", "value": 1.9e6}]),
    ("a part of a cost that comes from a public body is aid to the one that bears the cost", "en", "2025-06-01",
     "Buses\n\nKordium bought 20 hydrogen buses. The buses cost £11.4 million in 2022, including £6.3 million from "
     "the Department for Transport.",
     [{"subject": "kordium", "predicate": "subsidy", "value": 6.3e6, "object": "department-for-transport"}]),
    ("a union that says, past its apposition, is a source, not the subject", "en", "2025-10-01",
     "Libraries\n\nKordium Borough Council will close three libraries. Unison, the public service union, says at "
     "least 31 posts will go.",
     [{"subject": "kordium-borough-council", "value": 31, "attributed_to": "Unison"}]),
    ("a forecast 'for' a company is of that company's figure, not the forecaster's", "en", "2026-09-15",
     "Games\n\nKordium delayed its game. Broker Semivel cut its full-year revenue forecast for Kordium to between "
     "£40 million and £42 million.",
     [{"subject": "kordium", "predicate": "revenue", "value": 4e7}]),
    ("the year of a comparison's base dates no later result", "en", "2026-06-10",
     "Spas\n\nKordium said revenue rose 14% to C$86.4 million in fiscal 2026, the year ended April 30.\n\n"
     "The company welcomed about 1.9 million visitors over the year, up from 1.7 million in fiscal 2025. Net income "
     "came to C$9.2 million.",
     [{"subject": "kordium", "predicate": "profit", "value": 9.2e6, "period": "FY2026"}]),
    ("'la SEM', 'la Scop' name again the company of that form the text named", "fr", "2026-02-01",
     "Station\n\nLa société d'économie mixte qui exploite le domaine, Kordium, voit s'éloigner un chantier. "
     "Sur l'exercice 2025, la SEM a réalisé un chiffre d'affaires de 16,8 millions d'euros.",
     [{"subject": "kordium", "predicate": "revenue", "value": 1.68e7}]),
    ("a number of 'licenciés' counts a federation's members; staff 'licenciés' are job cuts", "fr", "2026-04-18",
     "Sport\n\nLa fédération Kordium compte 312 400 licenciés. Semivel a licencié 200 salariés.",
     [{"subject": "kordium", "predicate": "count", "value": 312400},
      {"subject": "semivel", "predicate": "job_cuts", "value": 200}]),
    ("a country whose possessive opens the figure's noun, and a region past its apposition, hold a sector's figures",
     "en", "2026-07-23",
     "Wine\n\nNew Zealand's 2026 grape harvest fell 9% to 438,000 tonnes, according to a survey by Kordium. "
     "Marlborough, the largest region, accounted for 312,000 tonnes.",
     [{"subject": "nouvelle-zelande", "value": 438000}, {"subject": "nouvelle-zelande", "value": -9},
      {"subject": "marlborough", "value": 312000}]),
    ("what a court heard is said to it: the company the clause after it names holds the figure", "en", "2025-11-20",
     "Fraud\n\nTwo directors of Kordium, a London broker, were jailed at Southwark Crown Court on Wednesday. Kordium "
     "sold carbon credits.\n\nThe court heard that the firm sold some 610,000 tonnes of credits.",
     [{"subject": "kordium", "value": 610000}]),
    ("what a founder paid himself is his pay; a confiscation order is a fine on the one it is imposed on", "en",
     "2025-11-20",
     "Fraud\n\nAt its peak in 2021 Kordium employed 38 sales staff, and its founder Daniel Ashworth paid himself "
     "£640,000 that year. The judge imposed a confiscation order of £3.4m on Ashworth.",
     [{"subject": "daniel-ashworth", "predicate": "compensation", "value": 6.4e5, "period": "2021"},
      {"subject": "daniel-ashworth", "predicate": "fine", "value": 3.4e6}]),
    ("a depth is no length of material made", "fr", "2026-06-11",
     "Ardoise\n\nKordium extrait son schiste à 400 mètres de profondeur et a produit 9 800 tonnes d'ardoises en 2025.",
     [{"value": 400, "absent": True}, {"subject": "kordium", "predicate": "production", "value": 9800}]),
    ("things a company will add are counted; staff it will add are no headcount", "en", "2026-06-02",
     "Homes\n\nKordium plans three new schemes, which will add 2,150 beds by 2028. Semivel will add 300 staff.",
     [{"subject": "kordium", "predicate": "count", "value": 2150},
      {"value": 300, "absent": True}]),
    ("'11 of its practices' counts practices; the week a statement was made dates no figure, the week a thing "
     "happened does", "en", "2026-06-03",
     "Dentists\n\nLast week Kordium said it would hand back its contracts at 11 of its practices. Semivel said 640 "
     "operations had been postponed last week.",
     [{"subject": "kordium", "predicate": "count", "value": 11, "period": "2026"},
      {"value": 640, "period": "2026-05-25/2026-05-31"}]),
    ("crew members are staff, counted as 'crew member'", "en", "2026-03-10",
     "Bins\n\nKordium's waste service has a budget of £14.6m. It employs 74 crew members.",
     [{"subject": "kordium", "predicate": "headcount", "value": 74}]),
    ("a noun after 'in' and one word of its own names what an amount is; funding a public body gives is aid",
     "en", "2026-03-10",
     "Lottery\n\nKordium paid A$612 million in lottery taxes over the year. Semivel will receive $1.2 billion in "
     "direct funding from the Commerce Department.",
     [{"subject": "kordium", "predicate": "tax", "value": 6.12e8},
      {"subject": "semivel", "predicate": "subsidy", "value": 1.2e9, "object": "departement-du-commerce-americain"}]),
    ("what a firm's wages come to, a million or more, is a cost; one person's salary stays pay", "en", "2026-03-10",
     "Circus\n\nKordium toured the north all summer. Its biggest cost? Wages, at about £1.4 million. Its director, "
     "Anna Belcourt, earns a salary of £62,000.",
     [{"subject": "kordium", "predicate": "cost", "value": 1.4e6},
      {"predicate": "compensation", "value": 62000}]),
    ("a part of a cost is aid when the noun of aid follows the part's amount", "en", "2026-03-10",
     "Farm\n\nKordium is building a new drying shed costing £1.8m, including a £450,000 grant from the Welsh "
     "Government.",
     [{"subject": "kordium", "predicate": "cost", "value": 1.8e6}, {"predicate": "subsidy", "value": 4.5e5}]),
    ("a body named after the town a figure is at speaks of its own figure",
     "en", "2026-03-10",
     "Fishing\n\nAt Lerwick, landings rose 6% to 41,200 tonnes last year, Lerwick Port Authority said. Kordium, a "
     "local buyer, paid £3.10 a kilo.",
     [{"subject": "lerwick-port-authority", "value": 41200, "period": "2025"},
      {"subject": "lerwick-port-authority", "value": 6},
      {"subject": "kordium", "value": 3.1}]),
    ("a date before 'dont le' opens a relative clause: it does not date the figure inside it", "fr", "2025-03-12",
     "Métro\n\nKordium attend la mise en service de sa ligne de tramway, prévue fin 2028, dont le chantier est "
     "évalué à 1,4 milliard d'euros.",
     [{"subject": "kordium", "value": 1.4e9, "period": "2025"}]),
    ("things counted 'au total' at a date are no running total over the years", "fr", "2026-04-03",
     "Foire\n\nAu total, 348 attractions et stands de Kordium Forains sont installés cette année sur la pelouse.",
     [{"value": 348, "period": "2026"}]),
    ("whom a thing cost, named right after the amount, paid for it", "fr", "2026-04-03",
     "Foire\n\nKordium Forains installe ses manèges.\n\nLe nouveau manège a coûté 4,6 M€ à Attractions Bérardier, "
     "qui l'a financé par un prêt.",
     [{"subject": "attractions-berardier", "predicate": "cost", "value": 4.6e6}]),
    ("the Ville de Paris is a public body, and what it collects is its revenue", "fr", "2026-04-03",
     "Foire\n\nLa Ville de Paris percevra 1,9 million d'euros de redevances auprès des forains de Kordium.",
     [{"subject": "ville-de-paris", "predicate": "revenue", "value": 1.9e6}]),
    ("a noun standing for a company, after a long sentence that opens the paragraph on another company's name, is that "
     "company", "fr", "2025-06-10",
     "Algues\n\nKordium, installée à Landéda, cultive du kombu au large des abers. Elle en a récolté 380 tonnes en "
     "2024.\n\nSemivel, à Kerlouan, mise au contraire sur les algues de rive, ramassées à pied par des récoltants "
     "indépendants. L'entreprise en a transformé 1 200 tonnes l'an dernier.",
     [{"subject": "semivel", "value": 1200}]),
    ("what is paid out for something is a cost, not a dividend", "en", "2026-01-20",
     "Storm\n\nKordium expects to pay out between £38 million and £43 million for storm damage.",
     [{"subject": "kordium", "predicate": "cost", "value": 3.8e7}, {"predicate": "dividend", "absent": True}]),
    ("a pronoun that says, opening or closing a sentence, is the person named last", "en", "2026-01-20",
     "Live\n\n18:10 Council leader Judith Kettlewell opens the debate. She says Kordium would save £1.3m a year.\n\n"
     "18:47 Opposition leader Tom Vasse speaks. Kordium logged 2,180 incidents last year, he says.",
     [{"value": 1.3e6, "attributed_to": "Judith Kettlewell"}, {"value": 2180, "attributed_to": "Tom Vasse"}]),
    ("a bank after 'du' or 'au' is a loan's lender, and the rate after the loan is the borrower's", "fr", "2026-03-01",
     "Scierie\n\nKordium investit 12 millions d'euros dans une nouvelle ligne.\n\nLe financement repose sur un prêt "
     "de 9 millions d'euros du Crédit Mutuel, au taux fixe de 3,4 %. Kordium a aussi emprunté 600.000 euros au "
     "Crédit Agricole.",
     [{"subject": "kordium", "predicate": "loan", "value": 9e6, "object": "credit-mutuel"},
      {"subject": "kordium", "predicate": "interest_rate", "value": 3.4},
      {"subject": "kordium", "predicate": "loan", "value": 6e5, "object": "credit-agricole"}]),
    ("a sum by the kilo that a buyer or a cooperative pays is a price", "fr", "2025-11-04",
     "Criée\n\nÀ la criée, Kordium Marée paie en moyenne 4,60 euros le kilo, contre 3,90 euros l'an dernier.\n\n"
     "La coopérative Kordium Miel versera à ses adhérents en moyenne 7,80 euros par kilo de miel.",
     [{"subject": "kordium-maree", "predicate": "price", "value": 4.6},
      {"subject": "kordium-miel", "predicate": "price", "value": 7.8}]),
    ("what a company 'made', with no profit noun, is its takings", "en", "2026-05-12",
     "Wine\n\nHow did the year go?\n\nKordium Estate made £12.6 million in the year to March, including £3.9 million "
     "abroad.",
     [{"subject": "kordium-estate", "predicate": "revenue", "value": 1.26e7}]),
    ("what a year's catch was worth is takings, not a valuation", "en", "2026-02-10",
     "Fish\n\nKordium Fisheries landed 41,000 tonnes of fish in 2025. The catch was worth £88 million, down from "
     "£93 million in 2024.",
     [{"subject": "kordium-fisheries", "predicate": "revenue", "value": 8.8e7, "period": "2025"}]),
    ("a place whose possessive ranks what it describes ('Europe's largest port') holds none of its figures", "en",
     "2026-02-10",
     "Fish\n\nScottish fish landings rose in 2025.\n\nAt Aberdeen, Europe's largest whitefish port, landings rose 4% "
     "to 88,400 tonnes, the port authority said.",
     [{"subject": "europe", "value": 88400, "absent": True}]),
    ("a name glued to a participle by a dash ('NHS-funded') is no antecedent of 'the group' after it", "en",
     "2026-03-18",
     "Clinics\n\nKordium Eye Care said revenue rose to £212m in 2025, as NHS waiting lists grew.\n\nNHS-funded work made up £151m of the total. The "
     "group carried out 96,500 operations during the year.",
     [{"subject": "kordium-eye-care", "value": 96500}, {"subject": "kordium-eye-care", "value": 1.51e8}]),
    ("a workforce said with 'avec' is today's, whatever year the main clause names; not a flow", "fr", "2026-03-10",
     "Terreau\n\nAvec 160 salariés, Kordium a réalisé en 2025 un chiffre d'affaires de 38 millions d'euros.\n\n"
     "Avec 21.400 immatriculations en février, Semivel recule.",
     [{"subject": "kordium", "predicate": "headcount", "value": 160, "period": "2026"},
      {"subject": "kordium", "predicate": "revenue", "value": 3.8e7, "period": "2025"},
      {"value": 21400, "period": "2026-02"}]),
    ("the share price a share move reached is no dividend, even after a dividend per share", "en", "2025-09-23",
     "Results\n\nKordium cut its final dividend to 0.9p a share.\n\nShares fell 12% to 71p in London, valuing the "
     "company at about £41m.",
     [{"subject": "kordium", "predicate": "dividend", "value": 0.009},
      {"subject": "kordium", "value": 0.71, "absent": True}]),
    ("a fine told on a day is of that day's year, not of the offence's year in the clause after it", "en",
     "2026-01-14",
     "Court\n\nKordium Scaffolding was fined £350,000 at Derby Crown Court on Monday after a tower fell onto a road "
     "in 2023.",
     [{"subject": "kordium-scaffolding", "predicate": "fine", "value": 350000, "period": "2026"}]),
    ("a day before other figures of its sentence dates none of them", "fr", "2026-01-14",
     "Usine\n\nKordium a annoncé mercredi la suppression de 2 350 postes d’ici 2027, dont 1 100 en France et 1 250 "
     "en Allemagne.",
     [{"subject": "kordium", "value": 1250, "period": "2026-01-14/2027-12-31"}]),
    ("a year inside an apposition a founding or release word opens does not date the figures outside it", "en",
     "2026-02-10",
     "Coaches\n\nThe family firm Kordium Coaches, founded by a Ludlow farmer in 1961, already carries about 2,300 "
     "pupils a day.\n\nSales of its new cider, released in 2024 after a long wait, rose to 54,000 bottles.",
     [{"subject": "kordium-coaches", "value": 2300, "period": "2026"},
      {"subject": "kordium-coaches", "value": 54000, "period": "2026"}]),
    ("what a company earned from a line of work is revenue; its base after 'up from' is the year before, and a "
     "profit in the next clause keeps the sentence's year to March", "en", "2025-11-20",
     "Transport\n\nKordium Health said it earned £41m from council contracts in the year to March, up from £33m, "
     "and made an operating profit of £3.2m.",
     [{"subject": "kordium-health", "predicate": "revenue", "value": 4.1e7, "period": "2024-04-01/2025-03-31"},
      {"subject": "kordium-health", "predicate": "revenue", "value": 3.3e7, "period": "2023-04-01/2024-03-31"},
      {"subject": "kordium-health", "predicate": "profit", "value": 3.2e6, "period": "2024-04-01/2025-03-31"}]),
    ("a year of death in an apposition does not date a figure", "fr", "2025-04-14",
     "Enchères\n\nChez Kordium Enchères, la vente de la collection d'un médecin disparu en 2023 a rapporté 2,86 "
     "millions d'euros samedi.",
     [{"value": 2.86e6, "period": "2025"}]),
    ("a news medium named after a figure reports it and holds none", "fr", "2025-07-22",
     "Fraude\n\nLa fraude aux cotisations oscillerait entre 7 et 9 milliards d'euros, indiquent Les Échos lundi.",
     [{"subject": "les-echos", "value": 7e9, "absent": True}]),
    ("a sector's figure, told before any company is named, is not the company's the article names later", "en",
     "2025-05-14",
     "Greenhouses\n\nCanadian greenhouse growers produced 312,000 tonnes of tomatoes in 2024, the statistics agency "
     "said.\n\nIn Leamington, Kordium Farms harvested 41,000 tonnes last year. Kordium Farms employs 300 people.",
     [{"subject": "kordium-farms", "value": 312000, "absent": True},
      {"subject": "kordium-farms", "predicate": "production", "value": 41000}]),
    ("people a care provider looks after are its users, not its staff", "en", "2026-03-01",
     "Care\n\nKordium Care looked after about 21,000 people at the end of December.",
     [{"subject": "kordium-care", "predicate": "users", "value": 21000}]),
    ("the parent group an apposition names before a company ('Filiale du groupe X, les Laboratoires Y emploient') "
     "is no subject", "fr", "2026-03-04",
     "Sanction\n\nL'agence a sanctionné les Laboratoires Virelle. Filiale du groupe italien Farmaco Ostria, les "
     "Laboratoires Virelle emploient 520 salariés et ont dégagé un bénéfice net de 12,3 millions d'euros l'an dernier.",
     [{"subject": "laboratoires-virelle", "predicate": "headcount", "value": 520},
      {"subject": "laboratoires-virelle", "predicate": "profit", "value": 1.23e7}]),
    ("a pronoun opening an answer, with no measure named, speaks of the measure the question named", "fr",
     "2026-05-20",
     "Entretien\n\nKordium Serres emploie 290 salariés.\n\nVotre chiffre d'affaires a-t-il tenu ?\n\n"
     "Il s'établit à 31 millions d'euros, stable.\n\nEt votre dette ?\n\nElle atteint 12 millions d'euros.",
     [{"subject": "kordium-serres", "predicate": "revenue", "value": 3.1e7},
      {"subject": "kordium-serres", "predicate": "debt", "value": 1.2e7}]),
    ("an interviewer's question dates the answer's figures, even by a relative time ('l'an dernier')", "fr",
     "2026-09-20",
     "Entretien\n\nKordium Serres emploie 290 salariés.\n\nCombien de tomates avez-vous récoltées l'an dernier ?\n\n"
     "17 500 tonnes, dont 4 200 tonnes de tomates cerises.",
     [{"subject": "kordium-serres", "predicate": "production", "value": 17500, "period": "2025"}]),
    ("aid named right after a part of a project's cost is a subsidy, but aid in a ministry's budget stays budget",
     "fr", "2026-02-11",
     "Usine\n\nBrasserie Ollanet investira 24 millions d'euros dans sa nouvelle salle de brassage, dont 6 millions "
     "d'aide.\n\nLe ministère de l'Agriculture a prévu un budget de 30 millions d'euros, dont 9 millions d'aides.",
     [{"subject": "brasserie-ollanet", "predicate": "subsidy", "value": 6e6},
      {"predicate": "budget", "value": 9e6}]),
    ("a building society's members own it and are counted; a gym's members are its users", "en", "2026-07-09",
     "Mutuals\n\nBrakka Fitness had about 52,000 members at the end of June. Corrowdale Building Society has "
     "1.4 million members.",
     [{"subject": "brakka-fitness", "predicate": "users", "value": 52000},
      {"subject": "corrowdale-building-society", "predicate": "count", "value": 1400000}]),
    ("an insurer's premiums by the billion are its revenue; a policy's premium of a few hundred is its price",
     "en", "2026-03-04",
     "Annuities\n\nKordium Life wrote £9.6bn of bulk annuity premiums last year. Semivel Insurance said the "
     "average annual premium climbed to £412.",
     [{"subject": "kordium-life", "predicate": "revenue", "value": 9600000000},
      {"predicate": "price", "value": 412}]),
    ("a trading update in the headline makes no market report; admissions are users", "en", "2026-01-20",
     "Live: Alvarena Cinemas trading update\n\n07:02 - Alvarena Cinemas says admissions rose 6.4% to 21.8 "
     "million in 2025.",
     [{"subject": "alvarena-cinemas", "predicate": "growth", "value": 6.4},
      {"subject": "alvarena-cinemas", "predicate": "users", "value": 21800000}]),
    ("'l'entreprise' right after a sentence that opened on a company with a figure of its own stands for that "
     "company, for every figure of its sentence, over the article's main one", "fr", "2026-01-15",
     "Fret\n\nLe régulateur a validé les péages de Kordium Réseau. Kordium Réseau percevra 178 millions d'euros de "
     "péages en 2025. Kordium Réseau investira 210 millions d'euros.\n\nSemivel, troisième opérateur privé, "
     "chiffre le surcoût entre 2 et 2,5 millions d'euros en 2027. L'entreprise lyonnaise exploite 38 locomotives "
     "et emploie 540 cheminots.",
     [{"subject": "semivel", "predicate": "count", "value": 38},
      {"subject": "semivel", "predicate": "headcount", "value": 540}]),
    ("a place the catalog holds only in part before '-based' ('the Santa Maria da Feira-based group') says where "
     "the company is: no subject", "en", "2026-03-04",
     "Cork\n\nAlvarena Cork said revenue for 2025 came to €612 million. The Santa Maria da Feira-based group sold "
     "5.9 billion stoppers over the year. Its EBITDA margin widened to 21.3%, and net profit rose to €74.5 million.",
     [{"subject": "alvarena-cork", "predicate": "profit", "value": 74500000}]),
    ("the market a dash glues 'listed' to ('the AIM-listed company') says where the company is listed: no "
     "subject", "en", "2025-11-05",
     "Freight\n\nKordium Freight said on Wednesday it would cut 150 jobs. The AIM-listed company moved 412,000 "
     "containers over the period, but operating profit slipped to £14.2m.",
     [{"subject": "kordium-freight", "predicate": "profit", "value": 14200000}]),
    ("a name after a clause that leads the sentence ('Fondés en 1952 à Vervins (Aisne), les Ruchers X "
     "fabriquent') is what the next sentence's pronoun stands for; a pronoun after a long sentence a name opens "
     "beats the company the article names more", "fr", "2026-03-10",
     "Ruches\n\nLa France compte environ 73 000 apiculteurs déclarés, selon le ministère de l'Agriculture.\n\n"
     "Fondés en 1952 à Vervins (Aisne), les Ruchers Delvaux fabriquent eux-mêmes leurs ruches en sapin du Jura. "
     "Ils en ont vendu 61 000 en 2025 et leur chiffre d'affaires a progressé de 3 %, à 14,2 millions d'euros. "
     "L'entreprise investit 2,4 millions d'euros dans une scierie.\n\nSemivel, née à Mérignac (Gironde) en 2018, ne "
     "fabrique rien : elle revend en ligne le matériel de sous-traitants portugais et polonais. Ses ventes ont "
     "atteint 11,8 millions d'euros l'an dernier.",
     [{"subject": "ruchers-delvaux", "predicate": "revenue", "value": 14200000},
      {"subject": "semivel", "predicate": "revenue", "value": 11800000}]),
    ("'le syndicat' names the organisation whose name opens with 'Syndicat', more than a works named twice",
     "fr", "2025-03-18",
     "Vinçonne : le syndicat investit pour traiter les micropolluants\n\nLe comité du Syndicat d'assainissement "
     "de la Vinçonne a voté lundi un investissement de 24 millions d'euros pour équiper la station d'épuration de "
     "Kervaudet. Les travaux dureront deux ans.\n\nL'Agence de l'eau apportera une subvention de 7 millions "
     "d'euros, a précisé le président du syndicat.\n\nMise en service en 1985, Kervaudet traite les eaux usées "
     "de toute la vallée. Le syndicat emploie 52 agents.",
     [{"subject": "syndicat-d-assainissement-de-la-vinconne", "predicate": "subsidy", "value": 7000000},
      {"subject": "syndicat-d-assainissement-de-la-vinconne", "predicate": "headcount", "value": 52}]),
    ("a key figure, a colon and 'le nombre de' a noun and a participle: the participle says the measure", "fr",
     "2025-03-12",
     "Tracteurs\n\nLe constructeur Kordium a présenté ses comptes mardi.\n\n350 : le nombre de postes supprimés "
     "d'ici 2027.",
     [{"subject": "kordium", "predicate": "job_cuts", "value": 350, "unit": "poste"}]),
    ("a figure joined by 'mais' to one of its kind, with no measure of its own, measures the same, in its own "
     "year, and counts the same noun", "fr", "2025-05-21",
     "Mariage\n\nLe fabricant Kordium a vendu 61 000 robes en 2023, mais 40 000 en 2024.",
     [{"subject": "kordium", "predicate": "sales_volume", "value": 40000, "period": "2024", "unit": "robe"}]),
    ("a name between 'and' and a figure whose verb is left out is its subject; the figure has the period of the "
     "one it joins", "en", "2025-07-02",
     "Results\n\nKordium reported revenue of £302 million for the year to April 30, up 6%, and Semivel "
     "£176 million.",
     [{"subject": "semivel", "predicate": "revenue", "value": 176000000, "period": "2024-05-01/2025-04-30"}]),
    ("a name after the same word after each of two joined figures is the second one's subject", "fr", "2026-01-20",
     "Amendes\n\nL'Autorité de la concurrence a infligé une amende de 148 millions d'euros à Kordium, et de 63 "
     "millions à son concurrent Semivel.",
     [{"subject": "semivel", "predicate": "fine", "value": 63000000}]),
    ("a name joined to the figure after who gives the first one is the other party, not the subject", "fr",
     "2025-09-18",
     "Salle\n\nLe projet Kordium coûtera 41 millions d'euros. L'État apportera 6 millions d'euros à Kordium et le "
     "Département de la Dordogne 3,5 millions.",
     [{"subject": "kordium", "predicate": "subsidy", "value": 3500000}]),
    ("after 'and', a clause with a measure of its own is no coordinated figure", "en", "2026-05-21",
     "Meeting\n\nThe chief executive of Kordium said gross written premiums rose 8% to £4.6bn last year and that "
     "the combined ratio improved to 93.1%.",
     [{"predicate": "growth", "value": 93.1, "absent": True}]),
    ("a quarter's results go on with what the quarter cost or charged, in the next sentences", "fr", "2026-10-28",
     "Banque\n\nAu troisième trimestre, la banque Kordium a dégagé un bénéfice net de 210 millions d'euros. Le coût "
     "du risque recule à 64 M€.",
     [{"subject": "kordium", "predicate": "cost", "value": 64000000, "period": "2026-Q3"}]),
    ("a year a comparison names is not the year of the results after it", "fr", "2020-06-30",
     "Aéronautique\n\nKordium a ralenti sa production d'un quart par rapport à ce que le groupe livrait à fin 2019. "
     "Cela représente une baisse d'activité de 40 % sur deux ans.",
     [{"subject": "kordium", "predicate": "growth", "value": -40, "period": "2020"}]),
    ("a public body's reporting clause after the figure is the source even with the day it spoke", "en", "2026-03-31",
     "Consents\n\nNew Zealand issued 2,870 new dwelling consents in February, Stats NZ said on Tuesday, extending a "
     "recovery.",
     [{"predicate": "count", "value": 2870, "attributed_to": "Stats NZ"}]),
    ("visits and journeys counted are users", "en", "2025-10-02",
     "Parks\n\nThe operator Tarvelle Parks recorded 1.2 million visits last year. Its trains carried 3.4 million "
     "journeys.",
     [{"subject": "tarvelle-parks", "predicate": "users", "value": 1200000}]),
    ("trips counted are users", "en", "2025-10-02",
     "Scooters\n\nKordium runs 900 scooters in the city. Riders made 1.6 million trips on them last year.",
     [{"subject": "kordium", "predicate": "users", "value": 1600000}]),
    ("the same in French", "fr", "2025-10-02",
     "Vélos\n\nKordium exploite 900 vélos dans la ville. Le service a enregistré 1,4 million de trajets en 2024.",
     [{"subject": "kordium", "predicate": "users", "value": 1400000}]),
    ("who pays a fine may be named past the noun that says what it is", "fr", "2026-09-15",
     "Brèves\n\nEntrepôt. Le logisticien Semivel a ouvert un site de 48 millions d'euros.\n\nAmende. La DGCCRF a "
     "infligé une amende de 310.000 euros au commissionnaire de transport Kordium.",
     [{"subject": "kordium", "predicate": "fine", "value": 310000}]),
    ("a noun that describes an entity named before does not stand for it when a name follows it", "fr", "2026-09-15",
     "Brèves\n\nRachat. Le réseau Semivel a racheté le transporteur picard Tarvelle pour 27 millions d'euros.\n\n"
     "Emploi. Le transporteur frigorifique Kordium va supprimer 85 postes sur son site de Cavaillon.",
     [{"subject": "kordium", "predicate": "job_cuts", "value": 85}]),
    ("a place that opens a sentence right before its verb is the subject of the count after it", "fr", "2026-02-05",
     "Fleuristes\n\nLa France comptait 14.200 fleuristes au 31 décembre 2025, selon le bilan publié mardi par la "
     "fédération Kordium.",
     [{"subject": "france", "predicate": "count", "value": 14200}]),
    ("a date inside a relative clause closed before the figure ('dont ... et qui a réalisé ... en 2025,') dates "
     "neither the figure nor, through the clause's own figure, the main clause", "fr", "2026-07-02",
     "Rachat\n\nKordium rachète son concurrent Semivel. Kordium, dont le siège est à Vitré et qui a réalisé 210 "
     "millions d'euros de ventes en 2025, revendiquera environ 7 % du marché français.",
     [{"subject": "kordium", "predicate": "market_share", "value": 7, "period": "2026"}]),
    ("results told in the past after last year was named are last year's, whatever the month", "fr", "2026-08-27",
     "Steaks végétaux\n\nDeux stratégies opposées dans un marché qui ne grandit plus. Kordium, installé près de "
     "Rennes, a vendu 9.100 tonnes de galettes en 2025, en hausse de 7 %, quand son concurrent Semivel reculait de "
     "4 %, à 5.200 tonnes.\n\nL'écart se retrouve dans les comptes. Kordium a réalisé un chiffre d'affaires de 44 millions d'euros "
     "et dégagé un bénéfice net de 1,9 M€.",
     [{"subject": "kordium", "predicate": "revenue", "value": 44000000, "period": "2025"},
      {"subject": "kordium", "predicate": "profit", "value": 1900000, "period": "2025"}]),
    ("results after a sentence whose last figure is a base given after 'contre' take the main figure's year",
     "fr", "2026-04-15",
     "Résultats\n\nLe spécialiste du paiement Kordium a dégagé en 2025 son premier bénéfice net, de 2,1 M€, contre "
     "une perte de 4,4 M€ en 2024. Son chiffre d'affaires a progressé de 30 % à 48 M€.",
     [{"subject": "kordium", "predicate": "revenue", "value": 48000000, "period": "2025"}]),
    ("what a year adds up, right after a sentence that names last year, is last year's", "fr", "2025-11-13",
     "Sanction\n\nLe régulateur a prononcé une sanction de 1,2 million d'euros à l'encontre de Kordium, selon une "
     "décision rendue publique jeudi.\n\nBasé à Lille, où travaillent ses 120 salariés, Kordium a traité plus de 1,5 "
     "million de colis l'an dernier pour environ 90 000 clients. Son chiffre d'affaires a atteint 22,5 millions "
     "d'euros, contre 20,1 millions en 2023, pour un bénéfice net de 1,2 M€.",
     [{"subject": "kordium", "predicate": "revenue", "value": 22500000, "period": "2024"}]),
    ("the bank or broker after 'analysts at' / 'les analystes de' is the source, not the subject", "en", "2025-09-25",
     "Games\n\nThe studio Kordium Games released its new title on Thursday. Analysts at Semivel Securities expect "
     "2.5 million copies to be sold in its first year, bringing in about £90m of revenue for Kordium Games.",
     [{"subject": "kordium-games", "predicate": "revenue", "value": 90000000, "attributed_to": "Semivel Securities"}]),
    ("a place whose possessive opens a figure is its subject", "en", "2025-01-20",
     "Shops\n\nThe Treasury is reviewing the relief. Britain's 9,400 garden centres took about £2.3bn in sales last "
     "year, according to the Tarvelle Association.",
     [{"subject": "royaume-uni", "predicate": "revenue", "value": 2300000000}]),
    ("a date after a figure, past a comma and 'since', is a milestone, not the figure's period", "fr", "2026-03-05",
     "Résultats\n\nSon chiffre d'affaires a reculé à 412 millions d'euros en 2025, et Kordium a essuyé une perte nette de "
     "17 millions d'euros, la première depuis son entrée en Bourse en 2009.",
     [{"subject": "kordium", "predicate": "loss", "value": 17000000, "period": "2025"}]),
    ("a date after 'since' past a comma is no period in English either", "en", "2026-08-05",
     "Results\n\nThe retailer Tarvelle swung to a net loss of $17 million, its first since its listing in 2009.",
     [{"subject": "tarvelle", "predicate": "loss", "value": 17000000, "period": "2026"}]),
    ("a mass no word names is what is produced; not emissions, not a rate per unit", "en", "2025-09-01",
     "Salmon\n\nKordium harvested fish in Norway: a record 214,000 tonnes last year. Its emissions reached "
     "1.2 million tonnes, or 480 kilograms per tonne of fish.",
     [{"subject": "kordium", "predicate": "production", "value": 214000},
      {"value": 1200000, "absent": True}, {"value": 480, "absent": True}]),
    ("amounts in parentheses after names take the measure of the amount before them, each its name's", "fr",
     "2025-05-21",
     "Amendes\n\nL'Autorité de la concurrence a sanctionné trois distributeurs. Kordium écope de la plus lourde "
     "amende, 14,2 millions d'euros, devant Semivel (6,1 millions) et Tarvelle (2,4 millions).",
     [{"subject": "semivel", "predicate": "fine", "value": 6100000},
      {"subject": "tarvelle", "predicate": "fine", "value": 2400000}]),
    ("a public body opening a sentence that says what others did is the source, the place the subject; one that "
     "says what it will do is the subject", "en", "2025-10-09",
     "Tourism\n\nThe Office for National Statistics said overseas residents made 7.2 million visits to the UK in "
     "the second quarter. The Bank of England said it would cut its main rate to 3.75%.",
     [{"subject": "royaume-uni", "value": 7200000, "attributed_to": "Office for National Statistics"},
      {"subject": "bank-of-england", "predicate": "interest_rate", "value": 3.75}]),
    ("a count a direction word right beside lowers is a signed change; a level it fell to is not", "en",
     "2026-01-15",
     "Staff\n\nKordium said its headcount fell by 1,700 in the quarter. Semivel's enrollment has fallen to "
     "9,200 students.",
     [{"subject": "kordium", "value": -1700}, {"subject": "semivel", "value": 9200}]),
    ("'en retrait de' lowers a margin in points", "fr", "2026-02-10",
     "Marge\n\nLa marge opérationnelle de Kordium s'établit à 7,1 %, en retrait de 0,6 point.",
     [{"subject": "kordium", "predicate": "margin", "value": -0.6}]),
    ("a relative clause between a noun and its amount does not keep them apart, nor lend them its amount", "fr",
     "2026-05-07",
     "Fonderie\n\nLa marge d'exploitation de Kordium, qui ne dépassait pas 3 % en 2021, atteint 9 % en 2025.",
     [{"subject": "kordium", "predicate": "margin", "value": 9, "period": "2025"}]),
    ("amounts a place introduces as a label in a list of key figures are parts of the amount before", "fr",
     "2025-10-15",
     "Luxe\n\nKordium a publié un chiffre d'affaires de 1,92 milliard d'euros pour le troisième trimestre.\n\n"
     "Les chiffres clés du trimestre. Asie : 710 millions d'euros (-5 %). Europe : 650 millions (+3 %).",
     [{"subject": "kordium", "predicate": "revenue", "value": 710000000, "period": "2025-Q3"},
      {"subject": "kordium", "predicate": "revenue", "value": 650000000, "period": "2025-Q3"}]),
    ("what a measure brings in, after a sentence about a tax, is that tax", "fr", "2025-12-16",
     "Budget\n\nLe taux de la taxe foncière de Sorbeville passe de 27,1 % à 28,9 %. La mesure doit rapporter "
     "6 millions d'euros supplémentaires à la ville.",
     [{"predicate": "tax", "value": 6000000}, {"predicate": "revenue", "value": 6000000, "absent": True}]),
    ("money a company spends on what it runs on is a cost; on a new plant, spending", "en", "2025-06-01",
     "Farm\n\nKordium spent £4.1m on power last year. Semivel spent £9m on new equipment last year.",
     [{"subject": "kordium", "predicate": "cost", "value": 4100000},
      {"subject": "semivel", "predicate": "spending", "value": 9000000}]),
    ("in the first months of a year, a figure told in the past after last year was named is last year's; one "
     "told in the present is this year's", "fr", "2026-03-05",
     "Résultats\n\nKordium a publié ses comptes de l'exercice 2025. Le chiffre d'affaires a reculé de 6 %.\n\n"
     "La facture d'énergie a atteint 12 millions d'euros. Kordium facture 1.290 euros son forfait d'entretien.",
     [{"subject": "kordium", "predicate": "cost", "value": 12000000, "period": "2025"},
      {"subject": "kordium", "predicate": "price", "value": 1290, "period": "2026"}]),
    ("a past verb after a comma belongs to another clause; a verb in the future is no past", "en", "2026-02-17",
     "Outage\n\nSemivel made a profit of $40 million last year. Semivel says all 2,100 employees will be paid "
     "in full.",
     [{"subject": "semivel", "predicate": "headcount", "value": 2100, "period": "2026"}]),
    ("a grant told after last year's results is of the year it is granted, not of the results", "fr", "2026-03-11",
     "Résultats\n\nKordium a publié ses comptes de l'exercice 2025 : le chiffre d'affaires a reculé de 4 %, à 310 "
     "millions d'euros.\n\nLa Région accorde à Kordium une aide de 6 millions d'euros pour reconvertir son site.",
     [{"subject": "kordium", "predicate": "revenue", "value": 310000000, "period": "2025"},
      {"subject": "kordium", "predicate": "subsidy", "value": 6000000, "period": "2026"}]),
    ("a debt is read today after last year's results, at the quarter's end in a quarter's results", "en",
     "2026-02-12",
     "Results\n\nKordium said its revenue rose 5% to $410 million last year. Kordium has a debt of $95 million."
     "\n\nSemivel said third-quarter revenue fell 2% to $120 million. Its net debt was $64 million.",
     [{"subject": "kordium", "predicate": "debt", "value": 95000000, "period": "2026"},
      {"subject": "semivel", "predicate": "debt", "value": 64000000, "period": "2025-Q3"}]),
    ("the level a change reached with no measure of its own is the measure of the level reached before, and of "
     "the company that changed", "fr", "2025-04-10",
     "Distribution\n\nAu premier trimestre, le chiffre d'affaires de Kordium a progressé de 3,1 %, à 212 millions "
     "d'euros, quand celui de Semivel reculait de 6,4 %, à 98 millions.",
     [{"subject": "semivel", "predicate": "revenue", "value": 98000000, "period": "2025-Q1"}]),
    ("a parallel clause far from the trigger ('while the Americas grew 9% to ...') keeps the measure", "en",
     "2025-10-15",
     "Regions\n\nThird-quarter sales at Kordium fell 2.5% to €1.9 billion. Sales in Asia dropped 11% to €520 "
     "million, while the Americas grew 7% to €470 million, helped by new stores.",
     [{"subject": "kordium", "predicate": "revenue", "value": 470000000}]),
    ("a bare amount after a counted noun's numbers is no money of the amount named before", "en", "2025-05-19",
     "Results\n\nKordium said revenue climbed to €3.2 billion, while passenger numbers rose 4% to 61 million.",
     [{"subject": "kordium", "value": 61000000, "unit": "EUR", "absent": True},
      {"subject": "kordium", "predicate": "users", "value": 61000000}]),
    ("cloth made by the metre is production; a network's length is not", "en", "2025-09-01",
     "Tweed\n\nKordium produced 380,000 metres of tweed last year. Semivel produced 1,900 kilometres across its "
     "network.",
     [{"subject": "kordium", "predicate": "production", "value": 380000, "unit": "m"},
      {"subject": "semivel", "value": 1900, "absent": True}]),
    ("a company raising its own prices is a change of its prices, not inflation", "en", "2025-07-10",
     "Biscuits\n\nKordium will raise its wholesale prices by an average of 7% after butter costs climbed.",
     [{"subject": "kordium", "predicate": "growth", "value": 7}]),
    ("prosecution costs a company is ordered to pay are a cost, not a fine or a price", "en", "2025-06-01",
     "Court\n\nKordium was fined £400,000. The judge also ordered the company to pay £86,400 in prosecution costs "
     "to the regulator.",
     [{"subject": "kordium", "predicate": "cost", "value": 86400}]),
    ("a share a direction word opens after a budget is the budget's change, not a second budget", "fr", "2025-12-16",
     "Budget\n\nLe conseil municipal de Sorbeville a adopté un budget de 88 millions d'euros pour 2026, en hausse "
     "de 3,7 % par rapport à cette année.",
     [{"predicate": "growth", "value": 3.7}, {"predicate": "budget", "value": 3.7, "absent": True}]),
    ("a trade's workers in a part of the staff keep their own noun ('dont 9 tourneurs', 'including 40 mechanics')",
     "fr", "2025-06-01",
     "Atelier\n\nLe groupe Tarvelle emploie 31 salariés, dont 9 tourneurs.",
     [{"predicate": "headcount", "value": 9, "unit": "tourneur"}]),
    ("'en' stands for the noun a question asked about, or the count named last", "fr", "2026-01-14",
     "Entretien\n\nCombien d'agences compte le réseau Tarvelle ?\n\nNous en avons 212. Le réseau a "
     "hérité d'une entreprise de 23 salariés ; il en compte aujourd'hui 57.",
     [{"predicate": "count", "value": 212, "unit": "agence"},
      {"predicate": "headcount", "value": 57, "unit": "salarié"}]),
    ("a share of GDP in a sentence a pronoun opens is the measure of the share before it", "fr", "2025-10-02",
     "Finances publiques\n\nLe gouvernement table sur un déficit public de 4,9 % du PIB l'an prochain. Il "
     "s'était établi à 5,8 % du PIB en 2024.",
     [{"subject": "france", "predicate": "deficit", "value": 5.8, "period": "2024"}]),
    ("a date past a relative clause's opening after the amount ('..., que la ville a rachetés en 2023') does not "
     "date it", "fr", "2025-12-16",
     "Budget\n\nLe conseil municipal de Sorbeville a adopté un budget de 96 millions d'euros pour 2026. Les "
     "investissements atteignent 31 millions d'euros, dont 12 millions pour les anciens thermes, que la ville a "
     "rachetés à l'État en 2023.",
     [{"value": 3.1e7, "period": "2026"}, {"value": 1.2e7, "period": "2026"}]),
    ("people by the millions are the ones a company serves, not its staff", "en", "2025-06-12",
     "Parks\n\nKordium welcomed more than 4.8 million people at its parks last year.",
     [{"subject": "kordium", "predicate": "users", "value": 4.8e6}]),
    ("a statistics office named by its acronym in the headline is the source, not the subject; a place glued "
     "to '-based' says where the company is", "en", "2026-02-12",
     "Bikes, CBS says\n\nConsumers in the Netherlands bought 812,000 bicycles in 2025, Statistics Netherlands (CBS) "
     "said.\n\nAmong makers, Amsterdam-based Kordium said separately that it had cut 180 jobs at its plant in "
     "Apeldoorn last year and expects to sell 240,000 bikes this year. Its share of the Dutch e-bike market is "
     "about 14%, according to industry body RAI Vereniging.",
     [{"subject": "pays-bas", "value": 812000, "period": "2025"},
      {"subject": "kordium", "predicate": "sales_volume", "value": 240000, "period": "2026"},
      {"subject": "kordium", "predicate": "market_share", "value": 14}]),
    ("a price verb that is also the amount's qualifier ('starts at') is its trigger", "en", "2026-01-10",
     "Weddings\n\nKordium runs drone shows. A small wedding display starts at £7,500.",
     [{"subject": "kordium", "predicate": "price", "value": 7500, "qualifier": "at_least"}]),
    ("jets ordered for delivery in later years are counted in the year of the order", "en", "2026-07-22",
     "Order\n\nKordium has ordered 35 Airbus A321neo jets for delivery between 2029 and 2033.",
     [{"subject": "kordium", "predicate": "count", "value": 35, "unit": "jet", "period": "2026"}]),
    ("what a printer prints and a brewer brews is its production", "fr", "2026-02-04",
     "Imprimerie\n\nLe groupe Tarvelle a imprimé 320 millions de prospectus en 2025, contre près de 540 millions "
     "cinq ans plus tôt.",
     [{"predicate": "production", "value": 3.2e8, "period": "2025"},
      {"predicate": "production", "value": 5.4e8, "period": "2020"}]),
    ("brewed hectolitres are production", "en", "2026-02-04",
     "Beer\n\nKordium brewed 1.8 million hectolitres last year.",
     [{"subject": "kordium", "predicate": "production", "value": 1.8e8, "period": "2025"}]),
    ("'The Ohio producer' refers back to the company: the place only says where it is", "en", "2025-05-14",
     "Eggs\n\nKordium had a good quarter. Semivel was less lucky. The Ohio producer lost 2.3 million hens "
     "in March and April, and the Texas-based group's revenue fell 6% over the quarter.",
     [{"subject": "semivel", "predicate": "count", "value": 2.3e6, "period": "2025-03-01/2025-04-30"},
      {"subject": "semivel", "predicate": "growth", "value": -6}]),
    ("exports in tonnes are a volume sold", "fr", "2025-11-05",
     "Huile\n\nEn volume, les exportations du groupe Tarvelle ont atteint 64 000 tonnes.",
     [{"predicate": "sales_volume", "value": 64000}]),
    ("a part of a workforce keeps its own noun ('dont 390 pilotes')", "fr", "2025-06-01",
     "Hélicoptères\n\nLe groupe Tarvelle emploie 1 150 collaborateurs, dont 390 pilotes.",
     [{"predicate": "headcount", "value": 390, "unit": "pilote"}]),
    ("a school group's pupils and a racecourse's racegoers are its users", "en", "2025-10-02",
     "Schools\n\nTarvelle Learning, which runs 27 schools, teaches 14,260 pupils.",
     [{"predicate": "users", "value": 14260}]),
    ("things ordered ('1 840 véhicules commandés') are a count of orders, not a volume sold", "fr", "2026-01-20",
     "Bilan\n\nLe constructeur Tarvelle a enregistré 1 840 véhicules commandés sur l'exercice.",
     [{"predicate": "count", "value": 1840}]),
    ("'now costs' is the verb: a product's price, not a cost", "en", "2025-06-01",
     "Handbags\n\nTarvelle's best-selling Sorbe 28 handbag now costs €4,900 in France.",
     [{"predicate": "price", "value": 4900}]),
    ("the proceeds of a sale ('le produit total de la vente') are revenue", "fr", "2025-11-17",
     "Vente\n\nLa vente des vins de la maison Tarvelle s'est tenue dimanche.\n\n14,6 millions d'euros. C'est le "
     "produit total de la vente, frais compris.",
     [{"predicate": "revenue", "value": 1.46e7}]),
    ("a body the headline names alone, named more than the company of the lead, is the article's topic", "fr",
     "2025-11-17",
     "https://example.org/vente\n2025-11-17\n\nVente des vins des Hospices de Tarvelle : les chiffres clés\n\nLa "
     "158e vente des vins des Hospices de Tarvelle s'est tenue dimanche, orchestrée par la maison de ventes Sorbe & "
     "Fils.\n\n14,6 millions d'euros. C'est le produit total de la vente, contre 12,1 millions l'an dernier.\n\n"
     "Les Hospices consacreront le produit à leur hôpital.",
     [{"subject": "hospices-de-tarvelle", "predicate": "revenue", "value": 1.21e7}]),
    ("a tax noun earlier in the sentence does not make a revenue named later a tax", "en", "2026-03-01",
     "Dairy\n\nThe judge said Tarvelle Dairy ignored its legal duties, noting that its revenue rose to NZ$88m in 2025.",
     [{"predicate": "revenue", "value": 8.8e7}, {"absent": True, "predicate": "tax", "value": 8.8e7}]),
    ("an airline's cancelled departures are a count, no job cuts", "en", "2026-01-14",
     "Ice storm\n\nTarvelle Air cancelled 412 of its 690 departures on Tuesday.",
     [{"predicate": "count", "value": 412}, {"absent": True, "predicate": "job_cuts", "value": 690}]),
    ("a company set before the clause by 'Chez X,' is what the sentence is about", "fr", "2025-11-28",
     "Streaming\n\nChez Sorbeline, filiale du groupe audiovisuel Tarvelle Médias, la formule Essentiel passera à "
     "8,99 euros par mois le 1er juin. La plateforme revendique 2,4 millions d'abonnés.",
     [{"subject": "sorbeline", "predicate": "users", "value": 2.4e6}]),
    ("a place right after a rate's noun holds the rate", "en", "2025-11-05",
     "Hotels\n\nTarvelle Hotels is short of staff. Unemployment in Sorbeville was just 2.1% in September, so every "
     "hotel is short of housekeepers.",
     [{"subject": "sorbeville", "predicate": "unemployment_rate", "value": 2.1}]),
    ("a region named before a rate, or before 'où', holds it", "fr", "2025-11-05",
     "Emploi\n\nLe groupe Tarvelle va créer 300 emplois en Andalousie, où le taux de chômage s'établissait à 15,8 % "
     "au troisième trimestre. En Guyane, les prix à la consommation ont augmenté de 2,6 % sur un an en septembre, "
     "d'après l'Insee.",
     [{"subject": "andalousie", "predicate": "unemployment_rate", "value": 15.8},
      {"subject": "guyane", "predicate": "inflation", "value": 2.6}]),
    ("a town's population is no fact", "fr", "2026-03-01",
     "Piscine\n\nLa communauté d'agglomération de Tarvelle, qui compte 43 000 habitants, dispose d'un budget de "
     "80 millions d'euros.",
     [{"absent": True, "value": 43000}, {"predicate": "budget", "value": 8e7}]),
    ("orders are counted, not a volume sold", "fr", "2025-11-28",
     "Black Friday\n\n9h20 - Le site Tarvelle annonce 48 000 commandes depuis minuit.",
     [{"predicate": "count", "value": 48000}]),
    ("things a company has ('compte désormais 1 400 vélos') are a count of its fleet, not a volume sold", "fr",
     "2025-06-01",
     "Vélos\n\nLe loueur Tarvelle compte désormais 1 400 vélos, dont 900 à assistance électrique.",
     [{"predicate": "count", "value": 1400}, {"absent": True, "predicate": "sales_volume", "value": 1400}]),
    ("a name after a possessive, before the noun it modifies, is the owner's figure", "en", "2026-03-04",
     "Esports\n\nTarvelle Esports earned €14 million in revenue last year. Its YouTube channel has 2.4 million "
     "subscribers.",
     [{"subject": "tarvelle-esports", "predicate": "users", "value": 2.4e6}]),
    ("a model flown 'à bord de ses' is the operator's price", "fr", "2026-03-04",
     "Aviation d'affaires\n\nLa compagnie Tarvelle Jet a effectué 9 800 vols. Une heure de vol à bord de ses "
     "Phenom 300 est désormais facturée 4 900 euros hors taxes.",
     [{"subject": "tarvelle-jet", "predicate": "price", "value": 4900}]),
    ("a person convicted pays a fine of their own", "fr", "2025-11-05",
     "Tribunal\n\nLe tribunal a condamné mardi la société Tarvelle à une amende de 450.000 euros. Son ancien "
     "dirigeant, Loïc Sorbier, 52 ans, écope d'un an de prison avec sursis et d'une amende de 30.000 euros.",
     [{"subject": "tarvelle", "predicate": "fine", "value": 450000},
      {"subject": "loic-sorbier", "predicate": "fine", "value": 30000, "attributed_to": None}]),
    ("the whole a part is taken from is today's level, not dated by the part's deadline", "fr", "2025-10-08",
     "Mutuelle\n\nLa mutuelle Tarvelle fermera 11 de ses 48 agences d’ici fin 2026.",
     [{"predicate": "count", "value": 48, "period": "2025"}]),
    ("a loan or a grant is not dated by the deadline of the project it funds", "en", "2025-06-10",
     "Cider plant\n\nTarvelle Cidre plans to invest C$45 million in a new bottling plant by 2027, backed by a C$8 "
     "million loan from Investissement Québec.",
     [{"predicate": "loan", "value": 8e6, "period": "2025"}]),
    ("a level read on a month's last day is dated by that month", "fr", "2026-03-01",
     "Dette\n\nLe groupe Tarvelle affichait une dette de 265 M€ au 31 décembre 2025.",
     [{"predicate": "debt", "value": 2.65e8, "period": "2025-12"}]),
    ("a figure that goes with the one before it ('pour un chiffre d'affaires de') shares its period", "fr",
     "2026-01-27",
     "Textile\n\nLa filature Tarvelle a produit 410 tonnes de fil en 2025, environ 15 % de plus qu'en 2024, pour un "
     "chiffre d'affaires de 6,2 M€. L'entreprise a réalisé 41 000 déménagements l'an dernier, dont 9 800 à "
     "l'international, pour un prix moyen de 3 100 euros.",
     [{"predicate": "revenue", "value": 6.2e6, "period": "2025"}, {"predicate": "price", "value": 3100, "period": "2025"}]),
    ("people a company will hire are no headcount", "fr", "2026-03-11",
     "Usine\n\nLe site de Tarvelle emploiera une centaine de personnes. Elle va aussi recruter 40 techniciens. "
     "Tarvelle emploie aujourd'hui 230 salariés.",
     [{"predicate": "headcount", "value": 230}, {"absent": True, "predicate": "headcount", "value": 40}]),
    ("people a company will hire are no headcount (English)", "en", "2026-03-11",
     "Kitchens\n\nTarvelle Foods employs 420 people and plans to add 150 engineers. We'll hire 400 people in Ohio.",
     [{"predicate": "headcount", "value": 420}, {"absent": True, "predicate": "headcount", "value": 150},
      {"absent": True, "predicate": "headcount", "value": 400}]),
    ("letters delivered and parcels carried are a volume sold", "fr", "2025-11-05",
     "Courrier\n\nLe groupe Tarvelle a distribué 5,9 milliards de lettres en 2024 et a acheminé 492 millions de "
     "paquets.",
     [{"predicate": "sales_volume", "value": 5.9e9, "period": "2024"}, {"predicate": "sales_volume", "value": 4.92e8}]),
    ("a capitalized word inside a name triggers nothing: 'La Poste' is no job post", "fr", "2025-11-05",
     "Courrier\n\nLa Poste a distribué 300 000 repas solidaires.",
     [{"absent": True, "predicate": "headcount", "value": 300000}]),
    ("the fine a prosecutor asked for is a fine too", "fr", "2025-11-05",
     "Tribunal\n\nLe tribunal a condamné la société Tarvelle à une amende de 450 000 euros. Le parquet avait requis "
     "700 000 euros.",
     [{"predicate": "fine", "value": 450000}, {"predicate": "fine", "value": 700000}]),
    ("damages a court awards are a settlement; bells or metal a foundry casts are production", "fr", "2025-11-05",
     "Tribunal\n\nLe tribunal a condamné la société Tarvelle Fenêtres à verser 1,9 million d'euros de dommages et "
     "intérêts aux plaignants. La fonderie Sorbier a fondu 146 cloches l'an dernier et a coulé 118 000 tonnes.",
     [{"predicate": "settlement", "value": 1.9e6}, {"predicate": "production", "value": 146},
      {"predicate": "production", "value": 118000}]),
    ("'détenue à 35 % par X' says who owns a company: no market share", "fr", "2026-03-01",
     "Batteries\n\nLa start-up Tarvelle, détenue à 35 % par le chimiste Sorbe Chem, produit 4 gigawattheures par "
     "an. Elle est contrôlée à 60 % par un fonds.",
     [{"subject": "tarvelle", "predicate": "production", "value": 4e6}, {"absent": True, "predicate": "market_share", "value": 35},
      {"absent": True, "predicate": "market_share", "value": 60}]),
    ("pay is the person's who draws it, before the employer the title names", "fr", "2026-03-01",
     "Rémunérations\n\nLe directeur général du verrier Tarvelle, Pierre-Yves Sorbier, a perçu 2,6 millions d'euros "
     "au titre de 2025.",
     [{"subject": "pierre-yves-sorbier", "predicate": "compensation", "value": 2.6e6}]),
    ("tonnes treated, carried or handled as traffic are a volume sold; tonnes grown are production", "fr", "2026-03-01",
     "Déchets\n\nLe groupe Tarvelle a traité 1,35 million de tonnes de déchets l'an dernier. Sa filiale de fret a "
     "transporté 18,4 millions de tonnes de marchandises en 2024. Au port de Sorbe, le trafic total a atteint 74,3 "
     "millions de tonnes.",
     [{"predicate": "sales_volume", "value": 1.35e6}, {"predicate": "sales_volume", "value": 1.84e7},
      {"predicate": "sales_volume", "value": 7.43e7}]),
    ("tonnes grown are production", "en", "2026-03-01",
     "Salad farm\n\nTarvelle Greens grew about 1,150 tonnes of leaves in 2025.",
     [{"predicate": "production", "value": 1150, "period": "2025"}]),
    ("the date production starts or a dividend is payable is not the figure's period", "en", "2026-02-10",
     "Pet food\n\nTarvelle Foods will invest £48 million in a new line, with production due to start in the "
     "second half of 2027. The board approved a dividend of 12 pence a share, payable in October.",
     [{"predicate": "investment", "value": 4.8e7, "period": "2026"}, {"predicate": "dividend", "value": 0.12, "period": "2026"}]),
    ("a level stated in the present is today's; last year's date dates the other clause", "fr", "2025-03-20",
     "Pharmacie\n\nFondée en 1987, la société Tarvelle Pharma emploie 1 350 salariés et a réalisé l'an dernier un "
     "chiffre d'affaires de 402 M€.",
     [{"predicate": "headcount", "value": 1350, "period": "2025"}, {"predicate": "revenue", "value": 4.02e8, "period": "2024"}]),
    ("a level stated in the present is today's (English)", "en", "2026-02-19",
     "Oil producer\n\nTarvelle Energy, which earned C$2.9 billion last year and employs about 4,300 people, said it "
     "would appeal.",
     [{"predicate": "headcount", "value": 4300, "period": "2026"}, {"predicate": "profit", "value": 2.9e9, "period": "2025"}]),
    ("'désormais' right before a figure makes it today's, not the year the sentence before names", "fr", "2025-06-12",
     "Vélos\n\nLe fabricant Tarvelle Cycles a vendu 40 000 vélos l'an dernier, en hausse de 8 %. Il détient "
     "désormais environ 7 % du marché français.",
     [{"subject": "tarvelle-cycles", "predicate": "market_share", "value": 7, "period": "2025"}]),
    ("the date a project opens or enters service is not the period of its cost", "fr", "2026-03-04",
     "Déchets\n\nLe centre de tri de Tarvelle coûtera 52 millions d'euros et ouvrira fin 2028. Le parc "
     "aquatique, un chantier de 7,5 millions d'euros, doit rouvrir en 2027.",
     [{"predicate": "cost", "value": 5.2e7, "period": "2026"}, {"predicate": "cost", "value": 7.5e6, "period": "2026"}]),
    ("the date a facility opens is not the period of its cost (English)", "en", "2026-03-04",
     "Depot plan\n\nTarvelle Rail will spend $90 million on a depot that opens in March 2028.",
     [{"predicate": "spending", "value": 9e7, "period": "2026"}]),
    ("a byline is no opening sentence: the town the next sentence names is the opinion piece's topic", "fr",
     "2026-01-27",
     "https://example.org/cantine\n2026-01-27\n\nTribune - La cantine à 1 euro, un mirage\n\nPar Hélène Mazurier, économiste, ancienne adjointe aux finances "
     "d’une ville moyenne.\n\nDepuis le 1er septembre, la ville de Lyon facture le repas de cantine 1 euro. Mais le "
     "coût réel d’un repas dépasse 9,20 euros.\n\nPrenons Tarvelle, le prestataire qui livre les repas. La "
     "municipalité lui verse 11 millions d’euros par an.",
     [{"subject": "lyon", "predicate": "cost", "value": 9.2}]),
    ("money paid in lieu of a financial penalty is a settlement", "en", "2025-10-14",
     "Bookmaker settles\n\nKordium Bet will pay £7.4 million in lieu of a financial penalty after an investigation.",
     [{"predicate": "settlement", "value": 7.4e6}]),
    ("a buyer named after a noun ('au promoteur X') is the buyer", "fr", "2025-09-10",
     "Grands magasins\n\nL’immeuble de Limoges de Kordium a déjà été cédé pour 18 millions d’euros au promoteur "
     "Tarvelle.",
     [{"subject": "tarvelle", "predicate": "acquisition_price", "value": 1.8e7}]),
    ("a noun before another subject of the change verb is not what changes", "en", "2025-10-08",
     "Thai rates\n\nThe Bank of Thailand cut its key rate to 1.25%. The central bank now expects the economy to grow "
     "about 2.1% this year.",
     [{"predicate": "growth", "value": 2.1}, {"absent": True, "predicate": "interest_rate", "value": 2.1}]),
    ("a facility the article opens with, named twice, is its topic rather than a company named once", "fr",
     "2026-02-05",
     "L'aéroport de Sorbe-Orvane bat son record\n\nAnnée record pour l'aéroport de Sorbe-Orvane. La plateforme "
     "a accueilli 212 400 passagers l'an dernier, en hausse de 14 %, a indiqué jeudi le syndicat mixte qui la gère. "
     "La hausse des fréquences de Tarvelle Air explique ce bond.\n\nElle table sur environ 230 000 passagers en 2026.",
     [{"subject": "aeroport-de-sorbe-orvane", "predicate": "growth", "value": 14},
      {"subject": "aeroport-de-sorbe-orvane", "predicate": "users", "value": 230000}]),
    ("what a public body puts into someone else's project is a subsidy to them", "fr", "2025-06-01",
     "Logement\n\nLa métropole Kordium y consacrera 186 millions d'euros, et l'État apportera 41 M€ au titre des "
     "aides à la pierre.",
     [{"subject": "kordium", "predicate": "subsidy", "value": 4.1e7, "object": "etat-francais"}]),
    ("a change of the shares a sentence opens with is a share-price move, however far its verb", "en", "2025-07-15",
     "Kordium results\n\nShares in Kordium, listed in Warsaw since 2011, have lost 18% since January. Its shares fell "
     "1.9% on Monday and have lost about 12% this year.",
     [{"subject": "kordium", "predicate": "stock_change", "value": -18},
      {"subject": "kordium", "predicate": "stock_change", "value": -12}]),
    ("the price of a sale to a buyer is the buyer's purchase", "fr", "2025-06-01",
     "Pylônes\n\nL’opérateur Kordium cède ses pylônes à Tarvelle pour 2,35 milliards d’euros.",
     [{"subject": "tarvelle", "predicate": "acquisition_price", "value": 2.35e9}]),
    ("the price of a sale to a buyer is the buyer's purchase (English)", "en", "2025-06-01",
     "Towers\n\nKordium sold its towers to Tarvelle Infra for $2.35 billion.",
     [{"subject": "tarvelle-infra", "predicate": "acquisition_price", "value": 2.35e9}]),
    ("a public body's funding is its budget, not capital raised", "en", "2025-06-01",
     "Prison places\n\nA Ministry of Justice spokesperson said £500 million of extra funding had been agreed.",
     [{"subject": "ministry-of-justice", "predicate": "budget", "value": 5e8}]),
    ("what costs millions is a cost, what costs £549 a price; a base after 'against an estimate of' is the same measure",
     "en", "2025-06-01",
     "Kordium prisons\n\nKordium said the new prisons will cost at least £6.8 billion, against an original estimate "
     "of £4.7 billion made in 2021. Its headset costs £549.",
     [{"subject": "kordium", "predicate": "cost", "value": 6.8e9},
      {"subject": "kordium", "predicate": "cost", "value": 4.7e9, "period": "2021"},
      {"predicate": "price", "value": 549}]),
    ("a number in digits of a plural noun the lexicon does not know is a count; votes are none", "fr", "2026-02-01",
     "Le cinéma Kordium a projeté 164 films en 2025. Le budget a été adopté par 39 voix contre 12.",
     [{"subject": "kordium", "predicate": "count", "value": 164, "period": "2025"},
      {"absent": True, "value": 39}]),
    ("money paid 'in VAT' or 'de dividendes' is a tax or a dividend, whatever the verb", "en", "2025-10-01",
     "Kordium closes schools\n\nKordium paid £31 million in VAT in the eight months to August.",
     [{"subject": "kordium", "predicate": "tax", "value": 3.1e7}]),
    ("a noun means the entity it described before it, not one the article names later", "en", "2025-10-01",
     "Kordium Learning shuts schools\n\nKordium Learning runs 27 schools. The group had 14,260 pupils, down 5.2% "
     "from a year earlier.\n\nKordium has agreed a £40 million loan from Lloyds Banking Group.",
     [{"subject": "kordium-learning", "predicate": "growth", "value": -5.2}]),
    ("a price far below a round is no share of it; a compound's head is no trigger; an hourly entry rate is pay",
     "fr", "2025-03-01",
     "Kordium lève des fonds\n\nL'entreprise Kordium a levé 12 millions d'euros en janvier.\n\n« Un soutien-gorge "
     "fabriqué chez nous se vend en moyenne 79 euros », assure sa dirigeante.",
     [{"subject": "kordium", "predicate": "price", "value": 79},
      {"absent": True, "predicate": "funding_raised", "value": 79}]),
    ("an hourly entry rate raised to a level is pay, not money raised", "en", "2026-04-15",
     "Kordium settles\n\nKordium has also raised its entry rate for store staff to £12.85 an hour this month.",
     [{"subject": "kordium", "predicate": "compensation", "value": 12.85}]),
    ("'up 13% on last year' is this year's rise; 'from last year's highs' after an amount does not date it", "en",
     "2025-10-10",
     "Kordium sale sets record\n\nThe October sale at Kordium ended with turnover of €96.4 million, up 13% on "
     "last year. Vantelis Tankers said its second-quarter revenue fell 17% to $118.5 million as charter rates eased "
     "from last year's highs.",
     [{"subject": "kordium", "predicate": "growth", "value": 13, "period": "2025"},
      {"predicate": "revenue", "value": 1.185e8, "period": "2025-Q2"}]),
    ("in briefs, a company another brief named is not carried into a paragraph that names its own", "fr",
     "2026-01-27",
     "Textile : les brèves de la semaine\n\nLaine. La filature Kordium, à Mazamet, a produit 410 tonnes de fil en "
     "2025.\n\nDentelle. À Calais, Vantelis a obtenu une aide de 800 000 euros de la Région Hauts-de-France.\n\n"
     "Chaussettes. Le tribunal de commerce de Troyes a placé en redressement judiciaire la Bonneterie Tarvelle. "
     "Le fabricant, qui emploie 142 salariés, accuse une dette de 9,3 M€.",
     [{"subject": "bonneterie-tarvelle", "predicate": "headcount", "value": 142},
      {"subject": "bonneterie-tarvelle", "predicate": "debt", "value": 9.3e6}]),
    ("an explainer's questions are answered by the writer, not by the person it names", "fr", "2025-06-11",
     "Reprise de Vantelis : le point\n\nQui reprend l'usine ?\n\nLe groupe Kordium débourse 14 millions d'euros.\n\n"
     "Pourquoi l'entreprise a-t-elle sombré ?\n\nLes ventes de Vantelis ont fondu à 92 millions d'euros en 2024, "
     "selon l'administrateur judiciaire, Frédéric Olivaux.\n\nCombien d'emplois disparaissent ?\n\n"
     "Vantelis emploie 318 salariés.",
     [{"subject": "vantelis", "predicate": "headcount", "value": 318, "attributed_to": None}]),
    ("a company the article has not named yet is no fallback subject; 'Now the council' is the body", "en",
     "2025-12-10",
     "Opinion: Tarnford's toll is a tax on drivers\n\nWhen Tarnford Council introduced its £2 daily charge in "
     "April 2024, it promised cleaner air. The council's own figures show the charge brought in £31.5m last year. "
     "Running the cameras cost £7.8m over the same period.\n\nTarnford Bus, which should have gained, carried "
     "24.6 million passengers. Now the council wants to raise the charge to £3.",
     [{"subject": "tarnford-council", "predicate": "cost", "value": 7.8e6},
      {"subject": "tarnford-council", "value": 3},
      {"subject": "tarnford-bus", "predicate": "users", "value": 2.46e7}]),
    ("'un an plus tôt' after a half's figure is the same half a year back", "fr", "2024-09-17",
     "Vantelis sous tension\n\nLe réseau Vantelis a publié ses comptes semestriels. Au premier semestre 2024, son "
     "chiffre d'affaires a reculé à 188 millions d'euros.\n\nLa marge du groupe est tombée à 21,4 %, contre 24,9 % "
     "un an plus tôt.",
     [{"subject": "vantelis", "predicate": "margin", "value": 21.4, "period": "2024-H1"},
      {"subject": "vantelis", "predicate": "margin", "value": 24.9, "period": "2023-H1"}]),
    ("a name opening its own clause right before the trigger is its figure's subject, after an anaphor", "fr",
     "2025-05-12",
     "Deux modèles\n\nLe réseau Kordium Cours a réalisé 84 millions d'euros. La plateforme Vantorel affiche 19 "
     "millions de revenus.\n\nLa start-up a perdu 11 millions l'an dernier, quand Kordium Cours dégageait un "
     "bénéfice de 5,2 millions.",
     [{"subject": "kordium-cours", "predicate": "profit", "value": 5.2e6},
      {"subject": "vantorel", "predicate": "loss", "value": 1.1e7}]),
    ("a public body in a reporting clause that ends the sentence is the source, not the subject", "en", "2026-06-05",
     "U.S. prices\n\nIn the United States, annual inflation slowed to 2.9% in April, the Labor Department said.",
     [{"subject": "etats-unis", "predicate": "inflation", "value": 2.9, "attributed_to": "Labor Department"}]),
    ("jobs a country's employers added are no one's workforce; a company's staff stays", "en", "2026-06-05",
     "U.S. jobless rate rises\n\nThe unemployment rate in the United States rose to 4.3% in May. Employers added "
     "142,000 jobs, fewer than forecast. Kordium Freight employs roughly 14,600 people.",
     [{"subject": "kordium-freight", "predicate": "headcount", "value": 14600},
      {"predicate": "headcount", "value": 142000, "absent": True}]),
    ("a 'from' that names who paid is no comparison: the year after it dates the sum", "en", "2024-10-08",
     "Kordium cuts jobs\n\nKordium will cut 2,400 jobs. The union noted that Kordium had received €28 million from "
     "the state of Bavaria in 2022 for a new line.",
     [{"subject": "kordium", "predicate": "subsidy", "value": 2.8e7, "period": "2022"}]),
    ("a market the catalog knows by another name is still a market, no company", "fr", "2025-07-31",
     "Kordium accélère\n\nLe constructeur Kordium a vendu 80 000 motos au premier semestre. Kordium grandit.\n\n"
     "À la Bourse de Milan, l'action bondissait de 6,3 % jeudi.",
     [{"subject": "kordium", "predicate": "stock_change", "value": 6.3}]),
    ("a key figure opening its paragraph takes the year whose accounts the lead presents; a workforce stays today's",
     "fr", "2025-04-10",
     "Kordium en neuf chiffres\n\nLe gestionnaire de golfs Kordium, installé à Tours, a présenté mardi les comptes "
     "de l'exercice 2024. Ce qu'il faut retenir.\n\n1.890 euros. Le prix moyen de l'abonnement annuel, en hausse "
     "de 6,5 % sur un an.\n\n420 salariés. Un métier qui peine à recruter.",
     [{"subject": "kordium", "predicate": "price", "value": 1890, "period": "2024"},
      {"subject": "kordium", "predicate": "headcount", "value": 420, "period": "2025"}]),
    ("millions a buyer pays 'for' something are what it bought it for", "en", "2025-12-11",
     "Kordium bets on scale\n\nKordium Gaming said revenue rose to $68 million. Undeterred, Kordium Gaming paid $8 "
     "million in October for a permanent slot in a league.",
     [{"subject": "kordium-gaming", "predicate": "acquisition_price", "value": 8e6}]),
    ("what a thing costs the company, said with a pronoun, is its cost, small or large", "fr", "2025-03-10",
     "Kordium investit\n\nLa fromagerie Kordium se porte bien. Le gaz qui chauffe ses chaudrons nous a coûté "
     "1,8 million d'euros en 2023, dit son directeur.",
     [{"subject": "kordium", "predicate": "cost", "value": 1.8e6, "period": "2023"}]),
    ("'costs us' a small sum per unit is a cost, not a price", "en", "2026-02-01",
     "Kordium interview\n\nKordium sells mattresses online. Kordium grows.\n\nEach returned mattress still costs "
     "us roughly £180 to collect and clean.",
     [{"subject": "kordium", "predicate": "cost", "value": 180}]),
    ("a debt facility is a company's loan, not the debt of a region its headline names", "en", "2024-11-06",
     "Kordium raises $38 million to lend to East Africa's shops\n\nKordium, a fintech, today announced a $38 "
     "million round. Kordium lends to shops. Kordium grows fast.\n\nHighlights:\n- a new $20 million debt "
     "facility from a bank.",
     [{"subject": "kordium", "predicate": "loan", "value": 2e7}]),
    ("'the district' is the body whose name ends with District, even after an opening adverb", "en", "2024-05-30",
     "Opinion: the bond asks too much\n\nVoters will decide whether the Kordium Unified School District may borrow "
     "$310 million. Sacramento County estimates that the bond would add $58 a year to tax bills.\n\nMeanwhile the district is "
     "running a deficit of $6.2 million this year.",
     [{"subject": "kordium-unified-school-district", "predicate": "deficit", "value": 6.2e6}]),
    ("a pronoun opening a sentence is the company a place's possessive introduced in the sentence before", "en",
     "2025-12-11",
     "Kordium chases scale while Vantorel counts every euro\n\nKordium Gaming said revenue rose to $68 million in the year to September. Kordium "
     "Gaming paid $8 million in October for a league slot.\n\nBerlin's Vantorel Esports has taken the opposite "
     "path. It dropped two of its five teams this year and cut its staff to 64 employees.",
     [{"subject": "vantorel-esports", "predicate": "headcount", "value": 64}]),
    ("'now' after the amount, in a clause of its own, does not make a year's result today's", "en", "2024-10-09",
     "Kordium narrows its losses\n\nKordium, the racing team, cut its pre-tax loss to £18.7 million in 2023, "
     "according to accounts filed on Tuesday.\n\nRevenue rose 23% to £286m, led by a sponsor whose logo now covers "
     "both cars.",
     [{"subject": "kordium", "predicate": "revenue", "value": 2.86e8, "period": "2023"}]),
    ("in briefs, each paragraph's figures are its own company's, not the most named one's", "fr", "2025-07-03",
     "Les brèves de la semaine\n\nNaming. Le fournisseur Kordium a acquis les droits de naming de la salle pour "
     "1,2 million d'euros par an. Kordium signe pour cinq ans. Kordium est ravi.\n\nNutrition. La start-up Vantorel "
     "a levé 7,5 millions d'euros. Elle a vendu 4,8 millions de sachets en 2024.\n\nPadel. Le réseau Brisca "
     "rachète un concurrent pour 21 millions d'euros.",
     [{"subject": "vantorel", "predicate": "sales_volume", "value": 4.8e6}]),
    ("a span running since a day of the lead is no event that dates the figures after it", "fr", "2026-02-24",
     "Le salon en direct\n\nLe salon Kordium a accueilli plus de 312 000 visiteurs depuis samedi, selon ses "
     "organisateurs.\n\nLa coopérative Vantorel annonce un investissement de 27 millions d'euros dans un abattoir.",
     [{"subject": "vantorel", "predicate": "investment", "value": 2.7e7, "period": "2026"}]),
    ("an event the lead dates owns the figures told after it; granted money keeps the year", "fr", "2025-09-02",
     "Le festival Kordium en chiffres\n\nLe festival Kordium, qui s'est tenu du 28 au 31 août à Vannes, a dressé "
     "mardi son bilan.\n\n95 400 festivaliers ont assisté aux concerts. Le pass journée coûtait 49 euros. "
     "Le département a versé une subvention de 300 000 euros.",
     [{"subject": "kordium", "predicate": "users", "value": 95400, "period": "2025-08-28/2025-08-31"},
      {"subject": "kordium", "predicate": "price", "value": 49, "period": "2025-08-28/2025-08-31"},
      {"predicate": "subsidy", "value": 3e5, "period": "2025"}]),
    ("a storm of a night is no event whose figures it dates", "fr", "2025-11-27",
     "La tempête Kordia coûtera cher\n\nLa tempête Kordia, qui a frappé la Bretagne dans la nuit du 4 au 5 "
     "novembre, a fait de gros dégâts. L'assureur Vantorel chiffre sa charge à 165 millions d'euros.",
     [{"subject": "vantorel", "predicate": "cost", "value": 1.65e8, "period": "2025"}]),
    ("the year the lead names dates the year's results told after it, months later; a level stays today's", "fr",
     "2025-06-05",
     "La cidrerie Kordium exporte davantage\n\nLa cidrerie Kordium a produit 9 000 hectolitres de cidre en 2024, "
     "a-t-elle annoncé jeudi.\n\nSes ventes ont atteint 3 100 hectolitres, en hausse de 8 %. Son chiffre d'affaires "
     "s'est élevé à 14,2 M€. La cidrerie emploie 85 salariés.",
     [{"subject": "kordium", "predicate": "revenue", "value": 1.42e7, "period": "2024"},
      {"subject": "kordium", "predicate": "headcount", "value": 85, "period": "2025"}]),
    ("a news medium that reports figures is not what the article is about", "fr", "2019-04-02",
     "Marc Dubreuil : l'incroyable montant de sa retraite\n\nEn démissionnant, l'ex-PDG de Kordium-Nissan a fait "
     "valoir son droit à la retraite, révèle Franceinfo ce mardi.\n\nSelon les informations de Franceinfo, Marc "
     "Dubreuil aurait envoyé sa lettre de démission. Une retraite que Kordium doit verser à son ancien PDG. Son "
     "salaire fixe atteignait 1,5 million d'euros, précise Franceinfo.",
     [{"subject": "kordium", "predicate": "compensation", "value": 1.5e6}]),
    ("a live blog's entry about another company keeps it for 'le groupe'", "fr", "2025-06-18",
     "Kordium au salon\n\n10h05 - Kordium annonce 120 commandes. Kordium emploiera 480 personnes.\n\n"
     "14h20 - Le titre de l'équipementier Vantorel recule de 3,8 %. Le groupe a prévenu que sa marge "
     "opérationnelle tomberait à 7 % cette année.",
     [{"subject": "vantorel", "predicate": "margin", "value": 7}]),
    ("public money 'for' a company's plant is that company's subsidy", "fr", "2025-06-18",
     "Le ministère de l'Industrie confirme une aide de 40 millions d'euros pour la future usine d'assemblage de "
     "Kordium à Cahors.",
     [{"subject": "kordium", "predicate": "subsidy", "value": 4e7}]),
    ("the level reached right after a change is the level of what changed", "en", "2025-05-14",
     "Kordium said net profit for the year rose 23% to 84.6 billion yen, as sales of its cameras held up.",
     [{"subject": "kordium", "predicate": "profit", "value": 8.46e10}]),
    ("a possessive before the measure is the company that opened the sentence before", "fr", "2025-09-10",
     "Kordium a transporté 2,3 millions de passagers au premier semestre. La société Vantorel, basée à Rennes, vend plutôt ses "
     "services aux intercommunalités. Sur les six premiers mois de l'année, son chiffre d'affaires a progressé de "
     "38 %, à 6,2 millions d'euros.",
     [{"subject": "vantorel", "predicate": "revenue", "value": 6.2e6}]),
    ("a pronoun opening a sentence is the company that opened the sentence before, long as it is", "fr", "2026-01-24",
     "Les Truffières de Bonnecombe ont vendu 1,8 tonne de truffes dans le Lot. La conserverie Maison Vantorel, "
     "installée à Cahors, profite de l'aubaine. Elle a réalisé un chiffre d'affaires de 23,6 millions d'euros.",
     [{"subject": "maison-vantorel", "predicate": "revenue", "value": 2.36e7}]),
    ("a sum paid in a sentence about a takeover is its price", "fr", "2025-06-18",
     "Le tribunal a retenu l'offre de reprise de Kordium, qui déboursera 27 millions d'euros pour le fabricant.",
     [{"subject": "kordium", "predicate": "acquisition_price", "value": 2.7e7}]),
    ("the target an acquisition buys holds the figures a sentence opening on 'sa cible' gives", "fr", "2026-09-10",
     "Le fabricant Kordium a annoncé le rachat de l'allemand Vantorel Futter pour 118 millions d'euros. Sa cible, "
     "qui emploie 390 salariés, a réalisé un chiffre d'affaires de 141 millions d'euros.",
     [{"subject": "vantorel-futter", "predicate": "headcount", "value": 390},
      {"subject": "vantorel-futter", "predicate": "revenue", "value": 1.41e8}]),
    ("an interviewer's question dates the figures of the answer after it", "en", "2026-03-11",
     "We spoke to Kordium's chief executive.\n\nHow did 2025 go?\n\nBetter than we feared. Revenue grew 12% to "
     "£138 million and we made a pre-tax profit of £4.6 million.",
     [{"subject": "kordium", "predicate": "revenue", "value": 1.38e8, "period": "2025"},
      {"subject": "kordium", "predicate": "profit", "value": 4.6e6, "period": "2025"}]),
    ("a verb of charging or a fee before a small sum, and a small sum a thing sells for, are prices", "en",
     "2025-06-01",
     "Kordium charges $9.99 a month. Its consultation fee of £62 is in line. Kordium sells a bag to retailers for "
     "about 90p.",
     [{"subject": "kordium", "predicate": "price", "value": 9.99},
      {"subject": "kordium", "predicate": "price", "value": 62},
      {"subject": "kordium", "predicate": "price", "value": 0.9}]),
    ("volunteers are counted, not staff", "fr", "2026-07-20",
     "Le festival Kordium s'appuie sur 9 salariés permanents et sur 310 bénévoles.",
     [{"subject": "kordium", "predicate": "headcount", "value": 9},
      {"subject": "kordium", "predicate": "count", "value": 310}]),
    ("a public body's money put into the company the article is about is a subsidy to it", "fr", "2026-04-20",
     "Le festival Kordium a vendu 52 300 entrées. Kordium a dégagé un excédent de 95 000 euros. La Région Bretagne "
     "investit 280 000 euros.",
     [{"subject": "kordium", "predicate": "subsidy", "value": 280000}]),
    ("millions a company receives are no pay; a wage it pays is its compensation", "en", "2026-03-12",
     "Kordium received £6.2 million from the Office for Zero Emission Vehicles last year.",
     [{"subject": "kordium", "predicate": "subsidy", "value": 6.2e6}]),
    ("a national rate is a region's when the sentence names it before the figure", "fr", "2025-10-16",
     "Emploi. Le taux de chômage en Guadeloupe est tombé à 16,8 % au deuxième trimestre, selon l'Insee.",
     [{"subject": "guadeloupe", "predicate": "unemployment_rate", "value": 16.8}]),
    ("a comparison figure that takes its base's counted noun takes its measure too", "fr", "2026-04-20",
     "Le festival Kordium a vendu 52 300 entrées, contre 47 800 l'an dernier.",
     [{"subject": "kordium", "predicate": "sales_volume", "value": 47800, "period": "2025"}]),
    ("a headline that names a market makes bare moves share prices; an index's level in points is no fact", "en",
     "2026-03-19",
     "https://example.org/wire/close\n2026-03-19\n\nTSX slips as gold miners retreat\n\n"
     "TORONTO, March 19 - The S&P/TSX composite index closed down 0.8% at 25,340.6 points. Kordium Mining slid "
     "5.4% after cutting its forecast.",
     [{"subject": "kordium-mining", "predicate": "stock_change", "value": -5.4, "period": "2026-03-19"},
      {"absent": True, "value": 25340.6}]),
    ("the complement of an amount's counted noun is its subject, even when another company leads the article", "fr",
     "2025-06-18",
     "https://example.org/x\n2025-06-18\n\nVantorel : le tribunal confie le fabricant à Kordium\n\n"
     "Fin de l'incertitude pour les 1.140 salariés de Vantorel. Le tribunal a retenu l'offre de Kordium. "
     "Kordium a réalisé 390 millions d'euros de ventes en 2024. Kordium investira 12 millions d'euros.",
     [{"subject": "vantorel", "predicate": "headcount", "value": 1140},
      {"subject": "kordium", "predicate": "revenue", "value": 3.9e8}]),
    ("the agency that learned the news is not what the article is about", "fr", "2020-06-05",
     "Coronavirus : un plan pour Kordium\n\nLe plan de Kordium, a appris l'AFP, sera présenté vendredi, "
     "selon un document consulté par l'AFP. Ce programme complète un plan de secours de 4 milliards d'euros.",
     [{"subject": "kordium", "predicate": "budget", "value": 4e9}]),
    ("a company named like a share is no market", "fr", "2025-05-12",
     "Le discounter Action a réalisé un chiffre d'affaires de 12 milliards d'euros en 2024.",
     [{"subject": "action", "predicate": "revenue", "value": 1.2e10}]),
    ("the items of a list take the period its introducing line names", "fr", "2026-06-18",
     "Kordium lève 22 millions d'euros.\n\nFaits marquants de l'exercice 2025 :\n\n"
     "- un chiffre d'affaires de 31,5 millions d'euros, en hausse de 27 % ;\n"
     "- 64 sites exploités.",
     [{"subject": "kordium", "predicate": "revenue", "value": 3.15e7, "period": "2025"},
      {"subject": "kordium", "predicate": "count", "value": 64, "period": "2025"}]),
    ("in a market report, a company's bare move is its share price's, and the market is no subject", "fr",
     "2026-06-12",
     "https://example.org/marches/cloture\n2026-06-12\n\nLa Bourse de Paris finit en hausse\n\n"
     "Le motoriste Vartelis a bondi de 6,8 % après avoir relevé sa prévision de chiffre d'affaires. "
     "Kordium a chuté de 11,2 % à la Bourse de Paris.",
     [{"subject": "vartelis", "predicate": "stock_change", "value": 6.8, "period": "2026-06-12"},
      {"subject": "kordium", "predicate": "stock_change", "value": -11.2}]),
    ("a surplus is a profit", "fr", "2025-09-16",
     "L'association Kordium a dégagé un excédent de 95 000 euros en 2024.",
     [{"subject": "kordium", "predicate": "profit", "value": 95000}]),
    ("scope after the figure", "fr", "2025-09-16",
     "Ostrale Air Groupe va supprimer 3 200 postes dans le monde, dont 1 150 en France.",
     [{"subject": "ostrale-air-groupe", "predicate": "job_cuts", "value": 3200, "scope": "world"},
      {"subject": "ostrale-air-groupe", "predicate": "job_cuts", "value": 1150, "scope": "france"}]),
    ("no scope past a comma", "fr", "2025-03-11",
     "Altrova a levé 1,48 milliard d'euros, la plus importante levée jamais réalisée en France.",
     [{"subject": "altrova", "predicate": "funding_raised", "value": 1.48e9, "scope": None}]),
    ("scope opening the sentence", "fr", "2025-09-16",
     "Ostrale Air Groupe réduit ses effectifs. En Espagne, la compagnie supprimera 600 postes.",
     [{"subject": "ostrale-air-groupe", "predicate": "job_cuts", "value": 600, "scope": "espagne"}]),
    ("scope right before the figure", "fr", "2025-09-16",
     "Le plan de Kordium concernerait en France près de 900 postes.",
     [{"subject": "kordium", "predicate": "job_cuts", "value": 900, "scope": "france"}]),
    ("a fine is about who pays it", "fr", "2025-06-12",
     "La DGCCRF a infligé en mai une amende de 2,4 millions d'euros à Talmira pour des retards de paiement.",
     [{"subject": "talmira", "predicate": "fine", "value": 2.4e6, "period": "2025-05"}]),
    ("a source after an apposed role", "fr", "2026-03-02",
     "Selon sa directrice financière, Claire Vasseur, Brevalis pourrait perdre 12 millions d'euros cette année.",
     [{"subject": "brevalis", "predicate": "loss", "value": 1.2e7, "period": "2026",
       "attributed_to": "Claire Vasseur"}]),
    ("a source after a verb and a role", "fr", "2026-03-02",
     "Maréval a enregistré une perte de 40 millions d'euros, a précisé le directeur financier, Paul Garnier.",
     [{"subject": "mareval", "predicate": "loss", "value": 4e7, "attributed_to": "Paul Garnier"}]),
    ("a title before a name is no anaphor", "fr", "2025-05-12",
     "Ferrandis Aciers ferme deux usines. Le sidérurgiste Kordium supprimera 300 postes.",
     [{"subject": "kordium", "predicate": "job_cuts", "value": 300}]),
    ("a rate's change told by a pronoun", "fr", "2025-11-14",
     "Le taux de chômage a atteint 7,4 % en France au troisième trimestre. Il progresse de 0,2 point sur un trimestre.",
     [{"subject": "france", "predicate": "unemployment_rate", "value": 7.4, "period": "2025-Q3"},
      {"subject": "france", "predicate": "unemployment_rate", "value": 0.2, "period": "2025-Q3"}]),
    ("growth of GDP is the economy's", "fr", "2026-03-12",
     "Les économistes de la BCE tablent sur une croissance de 0,9 % du PIB de la zone euro cette année.",
     [{"subject": "zone-euro", "predicate": "growth", "value": 0.9, "period": "2026"}]),
    ("a multiplier is no fact", "en", "2024-12-02",
     "The price values Copperline at about eight times its annual sales.",
     []),
    ("a source before the claim", "fr", "2024-07-27",
     "Selon Le Quotidien des Affaires, Altrova pourrait perdre 1,2 milliard d'euros cette année.",
     [{"subject": "altrova", "predicate": "loss", "value": 1.2e9, "period": "2024",
       "attributed_to": "Le Quotidien des Affaires"}]),
    ("a breakdown with an elided currency", "fr", "2024-07-27",
     "Les coûts d'Altrova atteindront 8,5 milliards de dollars cette année, dont 4 milliards pour le calcul.",
     [{"subject": "altrova", "predicate": "cost", "value": 8.5e9, "period": "2024"},
      {"subject": "altrova", "predicate": "cost", "value": 4e9, "period": "2024"}]),
    ("what an investment goes into", "fr", "2025-03-18",
     "Corvane a investi 300 millions d'euros dans Tessaly Software en 2024.",
     [{"subject": "corvane", "predicate": "investment", "value": 3e8, "period": "2024", "object": "tessaly-software"}]),
    ("what is bought", "en", "2025-03-18",
     "Corvane agreed to buy Tessaly Software for $1.2 billion.",
     [{"subject": "corvane", "predicate": "acquisition_price", "value": 1.2e9, "object": "tessaly-software"}]),
    ("a company in the complement", "fr", "2025-03-14",
     "Le chiffre d'affaires de Semivel s'est replié à 9,6 milliards d'euros en 2024.",
     [{"subject": "semivel", "predicate": "revenue", "value": 9.6e9, "period": "2024"}]),
    ("the company carried by 'le groupe'", "fr", "2025-03-14",
     "Semivel a publié ses résultats annuels. Le groupe a perdu 3,4 milliards d'euros en 2024.",
     [{"subject": "semivel", "predicate": "loss", "value": 3.4e9, "period": "2024"}]),
    ("a share restating a job cut", "fr", "2026-03-05",
     "Kordium a annoncé jeudi la suppression de 380 postes, soit 18 % de ses effectifs.",
     [{"subject": "kordium", "predicate": "job_cuts", "value": 380},
      {"subject": "kordium", "predicate": "job_cuts", "value": 18}]),
    ("a share restating a job cut, in English", "en", "2026-03-04",
     "Semivel will cut about 2,400 jobs, or roughly 9% of its workforce, the company said.",
     [{"subject": "semivel", "predicate": "job_cuts", "value": 9}]),
    ("cuts of all its jobs after 'de ses'", "fr", "2026-11-06",
     "La liquidation d'Altrova entraîne la suppression de ses 410 emplois.",
     [{"subject": "altrova", "predicate": "job_cuts", "value": 410}]),
    ("a percentage then a number is no range", "en", "2025-05-19",
     "Semivel's passenger numbers rose 6% to 142 million in the year.",
     [{"subject": "semivel", "predicate": "growth", "value": 6}]),
    ("customers by the million are users, by the dozen clients", "fr", "2026-04-16",
     "Altrova compte 3,1 millions de clients. Kordium revendique plus de 85 clients.",
     [{"subject": "altrova", "predicate": "users", "value": 3.1e6},
      {"subject": "kordium", "predicate": "count", "value": 85}]),
    ("a football season runs July to June", "fr", "2025-09-10",
     "Semivel disposera pour la saison 2025-2026 d'un budget de 95 millions d'euros, "
     "contre 78 millions la saison dernière.",
     [{"subject": "semivel", "predicate": "budget", "value": 9.5e7, "period": "2025-07-01/2026-06-30"},
      {"subject": "semivel", "predicate": "budget", "value": 7.8e7, "period": "2024-07-01/2025-06-30"}]),
    ("the company in a role after the speaker", "fr", "2025-06-26",
     "Semivel compte 5,8 millions d'abonnés. « Nous avons gagné 85 000 abonnés depuis janvier », "
     "affirme Yanis Berrada, président d'Altrova.",
     [{"subject": "altrova", "predicate": "users", "value": 85000, "attributed_to": "Yanis Berrada"}]),
    ("tens of millions that something costs are a cost", "fr", "2026-03-05",
     "Le plan de Kordium coûtera environ 30 millions d'euros.",
     [{"subject": "kordium", "predicate": "cost", "value": 3e7}]),
    ("an economy keeps its figures past a country in a clause", "en", "2026-09-10",
     "Euro zone inflation slowed to 1.6% in August. The economy grew just 0.1% in the second quarter, "
     "dragged down by a contraction in Germany.",
     [{"subject": "zone-euro", "predicate": "inflation", "value": 1.6, "period": "2026-08"},
      {"subject": "zone-euro", "predicate": "growth", "value": 0.1, "period": "2026-Q2"}]),
    ("the topic of a short sentence", "fr", "2026-03-02",
     "Altrova et Kordium ont publié leurs comptes. Altrova garde son avance, et Altrova le sait. "
     "D'un côté, Kordium. Le sidérurgiste a vu ses ventes "
     "progresser de 9 % en 2025.",
     [{"subject": "kordium", "predicate": "growth", "value": 9, "period": "2025"}]),
    ("a fiscal year to a day", "en", "2025-05-19",
     "Semivel said its profit rose to €1.42 billion in the fiscal year to March 31.",
     [{"subject": "semivel", "predicate": "profit", "value": 1.42e9, "period": "FY2025"}]),
    ("an interview's answers are the interviewee's word", "fr", "2026-04-16",
     "Hélène Marchetti dirige Altrova depuis 2021. Entretien.\n\nCombien d'abonnés avez-vous gagnés ?\n\n"
     "Nous avons gagné 85 000 abonnés depuis janvier.\n\nEt vos effectifs ?\n\nNous employons 1 200 salariés.\n",
     [{"subject": "altrova", "predicate": "users", "value": 85000, "attributed_to": "Hélène Marchetti"},
      {"subject": "altrova", "predicate": "headcount", "value": 1200, "attributed_to": "Hélène Marchetti"}]),
    ("a share move is not dated by a 'since' past a comma", "en", "2025-01-22",
     "Semivel shares fell 2.1% in Sydney, extending their decline since the start of the year.",
     [{"subject": "semivel", "predicate": "stock_change", "value": -2.1, "period": "2025-01-22"}]),
    ("a price change dates from the day it takes effect", "fr", "2024-12-13",
     "Semivel a voté une hausse de 8,5 % de ses tarifs à compter du 1er janvier.",
     [{"subject": "semivel", "predicate": "growth", "value": 8.5, "period": "2025-01-01"}]),
    ("a price paid from a day holds for its month; 'will pay' is a price", "en", "2025-04-24",
     "From June 1, Semivel customers will pay $17.99 a month for the ad-free tier.",
     [{"subject": "semivel", "predicate": "price", "value": 17.99, "period": "2025-06"}]),
    ("a day right after a new price dates it; a day before it does not", "fr", "2026-07-23",
     "Semivel relève ses tarifs : l'abonnement passera à 10,99 euros par mois le 1er septembre. Le groupe "
     "avait indiqué le 3 mars que l'abonnement famille passerait à 15 euros.",
     [{"subject": "semivel", "predicate": "price", "value": 10.99, "period": "2026-09"},
      {"subject": "semivel", "predicate": "price", "value": 15, "period": "2026"}]),
    ("staff 'of the company' are counted as staff", "fr", "2025-06-05",
     "Chez Semivel, la direction veut garder les 640 salariés de l'entreprise.",
     [{"subject": "semivel", "predicate": "headcount", "value": 640, "unit": "salarié"}]),
    ("a rate a direction word brings 'to' is a level, not a fall", "en", "2025-08-20",
     "Semivel's sales growth slowed to 5.0% in the second quarter, after revenue fell 4% to $2 billion in the first.",
     [{"subject": "semivel", "predicate": "growth", "value": 5.0, "period": "2025-Q2"},
      {"subject": "semivel", "predicate": "growth", "value": -4.0}]),
    ("key figures under a dated header are counts of that period", "fr", "2026-05-20",
     "Semivel publie ses comptes.\n\nL'essentiel en chiffres (premier trimestre 2026) :\n"
     "- produit net bancaire : 412 M€ ;\n- agences : 312 ;\n- collaborateurs : 5 100.",
     [{"subject": "semivel", "predicate": "revenue", "value": 412e6, "period": "2026-Q1"},
      {"subject": "semivel", "predicate": "count", "value": 312, "unit": "agence", "period": "2026-Q1"},
      {"subject": "semivel", "predicate": "headcount", "value": 5100, "period": "2026-Q1"}]),
    ("a town's council in the lead makes the town the subject of its finances", "fr", "2025-12-17",
     "Le conseil municipal de Clermont-Ferrand a adopté lundi le budget primitif pour 2026, arrêté à 412 millions "
     "d'euros. La dette de la ville a augmenté de 40 millions d'euros depuis 2023. La commune emploie 3 200 agents.",
     [{"subject": "clermont-ferrand", "predicate": "budget", "value": 412e6, "period": "2026"},
      {"subject": "clermont-ferrand", "predicate": "debt", "value": 40e6},
      {"subject": "clermont-ferrand", "predicate": "headcount", "value": 3200}]),
    ("a noun after the counted noun qualifies it; a participle names the measure", "fr", "2025-12-10",
     "Le réseau Semivel compte 812 pharmacies adhérentes. Semivel a livré 820 appareils livrés en 2025.",
     [{"subject": "semivel", "predicate": "count", "value": 812, "unit": "pharmacie"},
      {"subject": "semivel", "predicate": "sales_volume", "value": 820}]),
    ("a share of the staff cut is job cuts in percent", "fr", "2024-05-02",
     "Semivel va supprimer 8 % de ses effectifs d'ici à la fin de l'année.",
     [{"subject": "semivel", "predicate": "job_cuts", "value": 8, "unit": "%"}]),
    ("a share of the workforce cut is job cuts in percent (English)", "en", "2024-05-02",
     "Semivel will cut about 5% of its workforce this year.",
     [{"subject": "semivel", "predicate": "job_cuts", "value": 5, "unit": "%"}]),
    ("a company's output change in percent is growth, like its revenue's", "en", "2025-01-22",
     "Semivel's output jumped 27% to 31,200 tonnes in the quarter.",
     [{"subject": "semivel", "predicate": "growth", "value": 27},
      {"subject": "semivel", "predicate": "production", "value": 31200}]),
    ("a dateline and a place in the company's apposition name no subject", "en", "2024-09-12",
     "WILMINGTON, Delaware, Sept 12 (Wire) - Semivel, a U.S. operator of charging stations, filed for bankruptcy, "
     "listing liabilities of between $500 million and $1 billion.",
     [{"subject": "semivel", "predicate": "debt", "value": 5e8}]),
    ("'plans to cut about 120 jobs' is job cuts", "en", "2025-04-10",
     "Semivel employs 1,450 people. It plans to cut about 120 jobs at its Dundee studio.",
     [{"subject": "semivel", "predicate": "headcount", "value": 1450},
      {"subject": "semivel", "predicate": "job_cuts", "value": 120}]),
    ("a subsidy is the recipient's, the body granting it its object", "fr", "2025-03-10",
     "La Région Bretagne a accordé à Semivel une subvention de 190 millions d'euros pour son usine.",
     [{"subject": "semivel", "predicate": "subsidy", "value": 190e6, "object": "region-bretagne"}]),
    ("'nous' in an answer: the body speaks of itself ('Notre budget', 'Nous investissons')", "fr", "2025-11-05",
     "Semivel forme 4 300 étudiants, explique sa directrice Claire Dumontet.\n\n« Notre budget atteint 68 millions "
     "d'euros pour l'exercice 2025. Nous investissons 24 millions d'euros dans un nouveau campus », précise-t-elle.",
     [{"subject": "semivel", "predicate": "budget", "value": 68e6},
      {"subject": "semivel", "predicate": "investment", "value": 24e6}]),
    ("a subsidy goes to the article's company, not to the lender named beside it", "en", "2026-07-15",
     "Semivel will dredge its channel, Semivel said on Tuesday. The Department for Transport will provide a £25 million "
     "grant, alongside a £60 million loan from Lloyds Banking Group.",
     [{"subject": "semivel", "predicate": "subsidy", "value": 25e6}]),
    ("a household's bill is the price of the service, a group's bill a cost", "en", "2026-07-15",
     "Semivel will cut its standard tariff on October 1, Semivel said. The average annual bill will fall to £1,689. "
     "Semivel's energy bill reached £2 billion last year.",
     [{"subject": "semivel", "predicate": "price", "value": 1689},
      {"subject": "semivel", "predicate": "cost", "value": 2e9}]),
    ("a regulator's figure does not carry over to the company's clients", "fr", "2026-01-15",
     "Semivel vend de l'électricité. La Commission de régulation de l'énergie a proposé une hausse de 4,2 % du tarif. "
     "L'opérateur, qui compte près de 20 millions de clients, conteste.",
     [{"subject": "semivel", "predicate": "users", "value": 2e7}]),
    ("a possessive before a measure is the company's, not the country's", "fr", "2025-02-14",
     "En France, Semivel a dégagé en 2024 un résultat net de 11,2 milliards d'euros. Sa dette financière nette a été "
     "ramenée à 52,8 Md€ fin décembre.",
     [{"subject": "semivel", "predicate": "profit", "value": 11.2e9},
      {"subject": "semivel", "predicate": "debt", "value": 52.8e9}]),
    ("a fund's return on its investments is growth, a bond's yield an interest rate", "fr", "2025-06-25",
     "Semivel a obtenu en 2024 un rendement de 7,1 % sur ses placements. Le rendement de l'OAT à dix ans ressort à 3,68 %.",
     [{"subject": "semivel", "predicate": "growth", "value": 7.1},
      {"predicate": "interest_rate", "value": 3.68}]),
    ("a fund returned a percentage: growth; money returned: dividend", "en", "2025-06-25",
     "Semivel returned 9.2% in the fiscal year. Semivel returned $2 billion to shareholders.",
     [{"subject": "semivel", "predicate": "growth", "value": 9.2},
      {"subject": "semivel", "predicate": "dividend", "value": 2e9}]),
    ("a person's pay is theirs, even after 'Son ancien directeur général'", "fr", "2023-11-02",
     "Semivel a publié son rapport annuel. Son ancien directeur général, Marc Holweck, avait perçu une rémunération "
     "de 1,45 million d'euros au titre de 2022.",
     [{"subject": "marc-holweck", "predicate": "compensation", "value": 1.45e6, "period": "2022"}]),
    ("banks that lend are the loan's object, the borrower its subject", "en", "2024-03-02",
     "Semivel is buying a rival, Semivel said on Monday. Deutsche Bank and BNP Paribas have agreed to lend the group "
     "€3 billion through a bridge loan.",
     [{"subject": "semivel", "predicate": "loan", "value": 3e9}]),
    ("a newspaper a statement was made to is no subject", "fr", "2020-09-04",
     "Le gouvernement prépare son plan de relance, a déclaré le Premier ministre au Figaro. Le plan prévoit 30 "
     "milliards d'euros pour la transition écologique.",
     [{"subject": None, "value": 30e9}]),
    ("a bare number counts the noun its trigger names ('passenger numbers')", "en", "2025-05-20",
     "Semivel's passenger numbers rose 6% to 142 million in the year.",
     [{"subject": "semivel", "predicate": "users", "value": 142e6, "unit": "passenger"}]),
    ("a sentence opening on 'The group' keeps the company for its debt, not the country", "en", "2025-09-10",
     "Semivel runs 38 hospitals in Britain, Semivel said. The group had net debt of £1.64 billion at the end of June.",
     [{"subject": "semivel", "predicate": "debt", "value": 1.64e9}]),
    ("an annualized rate is growth, and so is the contraction after it", "en", "2025-11-28",
     "Canada's economy grew 0.6% in the third quarter, an annualized rate of 2.4%, after a 0.4% contraction in the "
     "second quarter.",
     [{"subject": "canada", "predicate": "growth", "value": 2.4},
      {"subject": "canada", "predicate": "growth", "value": -0.4, "period": "2025-Q2"}]),
    ("a small sum a month is a subscription's price, a large one a running cost", "en", "2025-06-01",
     "Semivel charges £14.99 a month for its full package. Semivel's new plant costs £40 million a year to run.",
     [{"subject": "semivel", "predicate": "price", "value": 14.99},
      {"subject": "semivel", "predicate": "cost", "value": 4e7}]),
    ("a government's savings are the State's", "fr", "2025-10-02",
     "Le déficit public de la France atteindra 5,4 % du PIB. Le budget prévoit 31 milliards d'euros "
     "d'économies, dont 18 milliards sur les dépenses de l'État.",
     [{"subject": "france", "predicate": "deficit", "value": 5.4},
      {"subject": "etat-francais", "predicate": "savings", "value": 3.1e10}]),
    ("a public body's own finances", "fr", "2026-03-11",
     "Les Hospices civils de Lyon (HCL) ont bouclé l'exercice 2025 sur un déficit de 96 millions d'euros. "
     "Les recettes de l'établissement ont pourtant progressé, à 2,46 milliards d'euros.",
     [{"subject": "hospices-civils-de-lyon", "predicate": "deficit", "value": 9.6e7, "period": "2025"},
      {"subject": "hospices-civils-de-lyon", "predicate": "revenue", "value": 2.46e9}]),
    ("subscribers lost are a negative change of users", "fr", "2025-05-05",
     "Semivel a perdu 190 000 abonnés au premier trimestre.",
     [{"subject": "semivel", "predicate": "users", "value": -190000, "period": "2025-Q1"}]),
    ("a company's debt, not the region it works in", "en", "2026-01-20",
     "Brackley Towers, the owner of mobile masts across southern Europe, had net debt of €9.3 billion at the end of 2025.",
     [{"subject": "brackley-towers", "predicate": "debt", "value": 9.3e9, "period": "2025"}]),
    ("a number of things that are no users is a count", "fr", "2025-09-18",
     "Semivel, qui compte 46 cliniques et 3 millions d'abonnés, a été racheté.",
     [{"subject": "semivel", "predicate": "count", "value": 46},
      {"subject": "semivel", "predicate": "users", "value": 3e6}]),
    ("a founding date with a place before it dates no figure", "fr", "2026-03-12",
     "Semivel, fondée à Roubaix en 1987, employait jusqu'ici 1 950 salariés.",
     [{"subject": "semivel", "predicate": "headcount", "value": 1950, "period": "2026"}]),
    ("a founding date after the founding noun's complement dates no figure", "fr", "2026-03-12",
     "Les ventes de Semivel progressent de 4,2 %, du jamais vu depuis la création de la maison en 1911.",
     [{"subject": "semivel", "predicate": "growth", "value": 4.2, "period": "2026"}]),
    ("the town whose councillors vote is the subject, not a party named later", "fr", "2024-12-16",
     "Saulzenac : le conseil municipal adopte son budget\n\nLes élus de Saulzenac votent ce soir le budget de la ville. « La dette de la ville va franchir les "
     "60 millions d'euros », attaque Claire Ronsard, présidente du groupe LR. Les effectifs municipaux "
     "atteindront 1 250 agents l'an prochain.",
     [{"subject": "saulzenac", "predicate": "debt", "value": 6e7},
      {"subject": "saulzenac", "predicate": "headcount", "value": 1250}]),
    ("a network that runs sites counts them; the children it takes in are its users", "fr", "2025-11-06",
     "Kordium gère 146 micro-crèches et accueille 1 750 enfants.",
     [{"subject": "kordium", "predicate": "count", "value": 146},
      {"subject": "kordium", "predicate": "users", "value": 1750}]),
    ("a local authority's own loan is its own, unlike a regulator's", "fr", "2025-11-18",
     "L'entreprise Travaux Sorbiers réclame des indemnités. Saulzenac Métropole a souscrit un emprunt de "
     "150 millions d'euros.",
     [{"subject": "saulzenac-metropole", "predicate": "loan", "value": 1.5e8}]),
    ("the name opening another clause is not the subject", "fr", "2025-11-18",
     "Kordium apporte 41 millions d'euros, tandis que Semivel a souscrit un emprunt de 150 millions d'euros.",
     [{"subject": "semivel", "predicate": "loan", "value": 1.5e8}]),
    ("an interview's 'we' is the company that opens the article, not a client named after it", "en", "2025-06-10",
     "Vexaline, a Denver-based operator of radar satellites, won a $240 million contract from the National "
     "Reconnaissance Office in February.\n\nWhen will you make money?\n\nWe lost $58 million in 2024.",
     [{"subject": "vexaline", "predicate": "loss", "value": 5.8e7, "period": "2024"}]),
    ("a key figure that is a sentence of its own is named by the next one", "en", "2026-02-20",
     "Kordium in numbers\n\nKordium published its annual report on Friday.\n\n£12.6 million. Operating profit, "
     "the highest since 2019.\n\n1,480. Employees at the end of December.",
     [{"subject": "kordium", "predicate": "profit", "value": 1.26e7},
      {"subject": "kordium", "predicate": "headcount", "value": 1480, "period": "2025-12"}]),
    ("the season the lead names dates the budgets after it", "fr", "2025-08-29",
     "Rugby : deux promus en Top 14\n\nLe club de Kordium aborde la saison 2025-2026 avec des moyens solides."
     "\n\nSemivel a bouclé un budget de 24,5 millions d'euros.",
     [{"subject": "semivel", "predicate": "budget", "value": 2.45e7, "period": "2025-07-01/2026-06-30"}]),
    ("a pair in words counted by its noun alone is no figure; a verb before it makes one", "fr", "2025-08-29",
     "Les deux promus, Kordium et Semivel, présentent deux modèles économiques. Semivel ferme deux usines.",
     [{"subject": "semivel", "predicate": "count", "value": 2},
      {"absent": True, "unit": "modèle"}, {"absent": True, "unit": "promu"}]),
    ("a country's economy grows, not the office that forecasts it", "en", "2025-11-26",
     "The Office for Budget Responsibility now expects Britain's economy to grow by 1.4% this year.",
     [{"subject": "royaume-uni", "predicate": "growth", "value": 1.4, "period": "2025",
       "attributed_to": "Office for Budget Responsibility"}]),
    ("a describing noun and an adjective before a name are its title, not an anaphor", "fr", "2025-11-18",
     "La fintech Kordium a subi des pertes. Spécialisée dans la détection des fraudes, la jeune pousse "
     "lyonnaise Sentinelle Pay a levé 22 millions d'euros.",
     [{"subject": "sentinelle-pay", "predicate": "funding_raised", "value": 2.2e7}]),
    ("a casino group's gaming revenue, net debt and market value", "fr", "2025-09-25",
     "Le groupe Kordium, quatrième exploitant de casinos en France, a vu son produit brut des jeux atteindre "
     "214 millions d'euros au premier semestre. L'endettement net recule à 148 millions d'euros. Le groupe, "
     "coté depuis 1998, pèse environ 540 millions d'euros en Bourse.",
     [{"subject": "kordium", "predicate": "revenue", "value": 2.14e8, "period": "2025-H1"},
      {"subject": "kordium", "predicate": "debt", "value": 1.48e8},
      {"subject": "kordium", "predicate": "market_cap", "value": 5.4e8, "period": "2025"}]),
    ("a trade body that says a figure is its source; a name with its own article is still described", "fr",
     "2025-09-25",
     "La production d'huîtres est tombée à 6 200 tonnes en 2025, a indiqué mardi le Comité régional "
     "conchylicole de Vérignac. L'État versera une aide à la coopérative Les Parcs de Lège. La coopérative a vu "
     "son chiffre d'affaires reculer à 11,4 millions d'euros.",
     [{"predicate": "production", "value": 6200, "attributed_to": "Comité régional conchylicole de Vérignac"},
      {"subject": "les-parcs-de-lege", "predicate": "revenue", "value": 1.14e7}]),
    ("a packhouse's crop packed, its profit after tax and its growers", "en", "2025-11-19",
     "Kordium packed 41.6 million trays of kiwifruit in the 2025 season. Its net profit after tax reached "
     "NZ$19.4 million. Kordium now packs fruit for about 640 growers.",
     [{"subject": "kordium", "predicate": "production", "value": 4.16e7},
      {"subject": "kordium", "predicate": "profit", "value": 1.94e7},
      {"subject": "kordium", "predicate": "count", "value": 640}]),
    ("an average basket 'chez' a company is that company's price", "fr", "2026-01-20",
     "Kordium a écoulé 1,3 million de paires. Sur l'année, le panier moyen a atteint 168 euros chez Semivel, "
     "contre 121 euros chez Kordium.",
     [{"subject": "semivel", "predicate": "price", "value": 168},
      {"subject": "kordium", "predicate": "price", "value": 121}]),
    ("respective amounts go to the companies named before them, in order", "fr", "2026-01-20",
     "En 2025, Kordium a écoulé 1,3 million de paires, et Semivel 720 000 ; les deux enseignes ont réalisé un "
     "chiffre d'affaires de respectivement 148 et 97 millions d'euros.",
     [{"subject": "kordium", "predicate": "revenue", "value": 1.48e8},
      {"subject": "semivel", "predicate": "revenue", "value": 9.7e7}]),
    ("a level of paying users reached after a change, and revenue per payer as a price", "en", "2026-07-21",
     "Kordium grew its paying users by 18% to 1.9 million in the three months to June. Its average revenue "
     "per payer reached £11.30 a month.",
     [{"subject": "kordium", "predicate": "users", "value": 1.9e6},
      {"subject": "kordium", "predicate": "price", "value": 11.3}]),
    ("raising a tax by a percentage is its change, not its rate", "en", "2026-02-20",
     "Kordium Borough Council will raise council tax by 9.99% from April.",
     [{"subject": "kordium-borough-council", "predicate": "growth", "value": 9.99, "period": "2026-04"}]),
    ("augmenter une taxe de 5 % est sa hausse, pas son taux", "fr", "2026-02-20",
     "La ville de Vérignac augmentera la taxe foncière de 5 % l'an prochain.",
     [{"subject": "verignac", "predicate": "growth", "value": 5, "period": "2027"}]),
    ("millions paid for a named business buy it", "en", "2026-02-20",
     "Kordium paid €240 million for the Halberd Records catalogue. Semivel pays £3.95 for a coffee.",
     [{"subject": "kordium", "predicate": "acquisition_price", "value": 2.4e8, "object": "halberd-records"},
      {"subject": "semivel", "predicate": "price", "value": 3.95}]),
    ("lengths and areas are no counts, sales or output", "fr", "2025-06-10",
     "Kordium exploite 1 900 kilomètres de voies et 2 450 hectares de vignes, et vend 4 000 tonnes de raisin.",
     [{"absent": True, "unit": "km"}, {"absent": True, "unit": "ha"},
      {"subject": "kordium", "value": 4000, "unit": "t"}]),
    ("a stake is no figure", "fr", "2025-06-10",
     "Kordium a pris le contrôle de Semivel, dont il détient désormais 70 % du capital. Il détient 12 % du marché.",
     [{"absent": True, "value": 70}, {"subject": "kordium", "predicate": "market_share", "value": 12}]),
    ("jobs to be created are no headcount, nor people to be hired (the gold set's convention since train12)", "en",
     "2025-06-10",
     "Kordium will build a plant in Sunderland, creating 600 jobs. Semivel plans to hire 450 drivers.",
     [{"absent": True, "value": 600}, {"absent": True, "predicate": "headcount", "value": 450}]),
    ("a change in emissions is no fact", "fr", "2025-06-10",
     "Kordium a produit 9,6 millions de tonnes de ciment en 2024. Ses émissions directes de CO2 ont dans le "
     "même temps reculé de 9 %, et son chiffre d'affaires a progressé de 4 %.",
     [{"absent": True, "value": -9}, {"subject": "kordium", "predicate": "growth", "value": 4}]),
    ("an occupancy rate is no interest rate", "fr", "2025-06-10",
     "Le taux de remplissage des hôtels de Kordium a atteint 92 %, et le taux de son prêt 4,1 %.",
     [{"absent": True, "value": 92}, {"subject": "kordium", "predicate": "interest_rate", "value": 4.1}]),
    ("a fraction of deliveries is a share, not a number of them", "fr", "2025-06-10",
     "Kordium a livré 120 trains en 2024, dont un tiers à l'étranger.",
     [{"subject": "kordium", "value": 120}, {"absent": True, "value": 1 / 3}]),
    ("a country's borrowing forecast by an office is the country's", "en", "2025-11-26",
     "The OBR now expects Britain's economy to grow by 1.4% this year. The OBR forecasts public sector "
     "borrowing of £118 billion in the 2025-26 financial year.",
     [{"subject": "royaume-uni", "predicate": "deficit", "value": 1.18e11, "period": "FY2026",
       "attributed_to": "Office for Budget Responsibility"}]),
    ("an executive who was paid, and business rates paid", "en", "2026-06-20",
     "Chief executive Oliver Penrose, 58, was paid £1.2 million, including a bonus. Kordium paid £8.2 million "
     "in business rates to Westminster City Council.",
     [{"subject": "oliver-penrose", "predicate": "compensation", "value": 1.2e6},
      {"subject": "kordium", "predicate": "tax", "value": 8.2e6}]),
    ("a legislature votes a budget and holds none of its figures", "fr", "2020-07-16",
     "Le troisième budget de crise arrive au Sénat. Ce projet de loi de finances prévoit environ 45 milliards "
     "d'euros supplémentaires pour secourir le tourisme.",
     [{"absent": True, "subject": "senat"}]),
    ("a contract's value is its buyer's acquisition price", "fr", "2026-03-10",
     "Kordium construira 96 satellites pour l'opérateur luxembourgeois Astrélia. Signé lundi, le contrat "
     "s'élève à 740 millions d'euros.",
     [{"subject": "astrelia", "predicate": "acquisition_price", "value": 7.4e8, "object": "kordium"}]),
    ("a contract won from a public body is that body's purchase", "en", "2025-06-10",
     "Kordium won a $240 million contract for radar imagery from the National Reconnaissance Office in February.",
     [{"subject": "national-reconnaissance-office", "predicate": "acquisition_price", "value": 2.4e8}]),
    ("handed over is a delivery, not a bound", "en", "2026-04-22",
     "Kordium handed over 148 servers in the first quarter.",
     [{"subject": "kordium", "predicate": "sales_volume", "value": 148, "period": "2026-Q1"}]),
    ("a relative clause keeps its figure out of the main clause's deadline", "fr", "2026-02-03",
     "Le groupe Semivel va fermer d'ici à la fin de l'année son usine de Lorient, qui emploie 430 salariés, "
     "a annoncé la direction.",
     [{"subject": "semivel", "predicate": "headcount", "value": 430, "period": "2026"}]),
    ("a relative clause keeps its figure out of a later deadline", "fr", "2026-04-08",
     "Talmira, qui emploie 185 salariés, compte doubler ses effectifs d'ici 2028.",
     [{"subject": "talmira", "predicate": "headcount", "value": 185, "period": "2026"}]),
    ("a figure 'now' is today's, not the target's", "en", "2025-05-21",
     "Arcturon expects its workforce to grow to more than 6,000 people by 2030, from about 4,100 currently.",
     [{"subject": "arcturon", "predicate": "headcount", "value": 4100, "period": "2025"},
      {"subject": "arcturon", "predicate": "headcount", "value": 6000, "period": "2025-05-21/2030-12-31"}]),
    ("the starting level of a change to come is today's", "fr", "2026-04-22",
     "Chez Kordium, l'effectif doit passer de 48 à 95 salariés d'ici à fin 2027.",
     [{"subject": "kordium", "predicate": "headcount", "value": 48, "period": "2026"},
      {"subject": "kordium", "predicate": "headcount", "value": 95, "period": "2026-04-22/2027-12-31"}]),
    ("a bare number after a workforce noun counts staff", "en", "2026-01-06",
     "Arcturon plans to hire 600 people this year, which would take its workforce to about 3,100.",
     [{"subject": "arcturon", "predicate": "headcount", "value": 3100, "unit": "employee", "period": "2026"}]),
    ("a bare number counts what the count before it counts", "en", "2026-01-06",
     "Arcturon said it delivered 96,400 electric vehicles in the fourth quarter, up 38% from a year earlier, "
     "bringing its total for 2025 to 331,000.",
     [{"subject": "arcturon", "predicate": "sales_volume", "value": 331000, "unit": "vehicle", "period": "2025"}]),
    ("a bare number before 'de plus' or 'de ses' and a count", "fr", "2026-01-06",
     "Kordium compte 312 magasins et va en ouvrir douze de plus cette année. Kordium va fermer 68 de ses 212 ateliers.",
     [{"subject": "kordium", "predicate": "count", "value": 12, "unit": "magasin", "period": "2026"},
      {"subject": "kordium", "predicate": "count", "value": 68, "unit": "atelier", "period": "2026"}]),
    ("'soit 4 % de plus' is a change, 'de moins' a fall", "fr", "2026-01-06",
     "Kordium a transporté 122 millions de voyageurs en 2023, soit 4 % de plus qu'en 2022. "
     "Talmira a collecté 412 millions de litres de lait en 2025, soit 2,8 % de moins qu'en 2024.",
     [{"subject": "kordium", "predicate": "growth", "value": 4, "period": "2023"},
      {"subject": "talmira", "predicate": "growth", "value": -2.8, "period": "2025"}]),
    ("members, patients and claims are counted, parcels are sales", "fr", "2026-01-06",
     "Banque Aubrelle revendique 418 000 sociétaires. Kordium a livré 512 millions de colis en 2025.",
     [{"subject": "banque-aubrelle", "predicate": "count", "value": 418000, "period": "2026"},
      {"subject": "kordium", "predicate": "sales_volume", "value": 5.12e8, "period": "2025"}]),
    ("a building society's members and its claims are counted, in English", "en", "2026-01-06",
     "Dunmore Building Society has about 5.6 million members and handled more than 48,000 claims last year.",
     [{"subject": "dunmore-building-society", "predicate": "count", "value": 5.6e6, "period": "2026"}]),
    ("'évalué à' is an estimate of what the noun names, not a valuation", "fr", "2026-01-06",
     "Kordium reportera la rénovation de son siège, dont le coût est évalué à 85 millions d'euros.",
     [{"subject": "kordium", "predicate": "cost", "value": 8.5e7, "period": "2026"}]),
    ("a margin that 'lost' points is still a margin; a loss is money", "fr", "2026-01-06",
     "Chez Kordium, la marge opérationnelle a perdu 0,7 point, à 2,1 %, son plus bas niveau depuis 2013.",
     [{"subject": "kordium", "predicate": "margin", "value": 2.1, "period": "2026"}]),
    ("a ministry's 'crédits' are its budget, not a loan", "fr", "2026-01-06",
     "Les crédits du ministère des Armées grimperont à 64 milliards d'euros en 2027.",
     [{"predicate": "budget", "value": 6.4e10, "period": "2027"}]),
    ("a comparison base without its own date is the year before", "en", "2026-05-19",
     "Revenue at Kordium should reach $180 million this year, up from $64 million.",
     [{"subject": "kordium", "predicate": "revenue", "value": 1.8e8, "period": "2026"},
      {"subject": "kordium", "predicate": "revenue", "value": 6.4e7, "period": "2025"}]),
    ("a key figure standing alone takes the noun of the next sentence", "fr", "2026-03-26",
     "Kordium publie ses comptes annuels.\n\n486,2 millions d'euros. C'est le chiffre d'affaires du groupe.\n\n"
     "1 020. L'effectif salarié à fin décembre, en légère hausse.",
     [{"subject": "kordium", "predicate": "revenue", "value": 4.862e8},
      {"subject": "kordium", "predicate": "headcount", "value": 1020, "unit": "salarié", "period": "2025-12"}]),
    ("'se séparer de' cuts jobs; a fine is not dated by the span of the offence", "fr", "2026-03-05",
     "Kordium va se séparer de 85 salariés. Le tribunal a condamné Talmira à une amende de 1,5 million d'euros "
     "pour des rejets répétés entre 2021 et 2024.",
     [{"subject": "kordium", "predicate": "job_cuts", "value": 85, "period": "2026"},
      {"subject": "talmira", "predicate": "fine", "value": 1.5e6, "period": "2026"}]),
    ("what a company orders is bought", "fr", "2025-09-17",
     "La compagnie Kordium a commandé trois ferries pour un montant de 465 millions d'euros.",
     [{"subject": "kordium", "predicate": "acquisition_price", "value": 4.65e8, "period": "2025"}]),
    ("a harvest and a collection are production", "fr", "2025-09-17",
     "Les Vignerons de Saint-Aurèle ont rentré 148 000 hectolitres cette année. "
     "La coopérative Céréalys anticipe une collecte d'environ 3,2 millions de tonnes.",
     [{"predicate": "production", "value": 1.48e7, "unit": "l", "period": "2025"},
      {"subject": "cerealys", "predicate": "production", "value": 3.2e6, "unit": "t", "period": "2025"}]),
    ("a name in the story of how a company came to be is no subject", "fr", "2025-03-18",
     "Kordium publie ses résultats. Fondée en 2019 par deux anciens ingénieurs de Talmira, la société a vendu "
     "11 500 vélos l'an dernier.",
     [{"subject": "kordium", "predicate": "sales_volume", "value": 11500, "period": "2024"}]),
    ("the parts of a total share its period", "fr", "2025-02-12",
     "Kordium a annoncé la suppression de 2 350 postes d'ici 2027, dont 1 100 en France et 1 250 en Allemagne.",
     [{"subject": "kordium", "predicate": "job_cuts", "value": 2350, "period": "2025-02-12/2027-12-31"},
      {"subject": "kordium", "predicate": "job_cuts", "value": 1250, "period": "2025-02-12/2027-12-31"}]),
    ("a signed percentage in parentheses after a figure is its change", "fr", "2025-10-20",
     "Le chiffre d'affaires de Kordium atteint 940 millions d'euros (-7 %) au troisième trimestre.",
     [{"subject": "kordium", "predicate": "growth", "value": -7, "period": "2025-Q3"}]),
    ("a cut of things that are no jobs is a count", "fr", "2025-10-20",
     "Talmira va supprimer 120 lits et 85 postes.",
     [{"subject": "talmira", "predicate": "count", "value": 120, "unit": "lit"},
      {"subject": "talmira", "predicate": "job_cuts", "value": 85, "unit": "poste"}]),
    ("the expectation a figure beat is the same measure for the same period", "en", "2025-11-13",
     "Arcturon's sales came to $3.9 billion in the third quarter, slightly ahead of the $3.85 billion that "
     "analysts had expected.",
     [{"subject": "arcturon", "predicate": "revenue", "value": 3.85e9, "period": "2025-Q3"}]),
    ("the year a site opened dates nothing; an average payout is a cost", "en", "2026-05-12",
     "Arcturon's output fell 11% to 2.7 million tonnes of crude steel this year, the lowest level since the works "
     "opened in 1958. The average payout per household at Dunmore Analytics is running at about £3,400.",
     [{"subject": "arcturon", "predicate": "production", "value": 2.7e6, "period": "2026"},
      {"subject": "dunmore-analytics", "predicate": "cost", "value": 3400}]),
    ("a word after a part that is no counted noun qualifies the total's", "fr", "2026-02-26",
     "Kordium a enregistré 1 840 véhicules commandés, dont 1 120 électriques.",
     [{"subject": "kordium", "value": 1120, "unit": "véhicule"}]),
    ("a part named by its own trade keeps it, in French and English", "fr", "2026-02-26",
     "Le laboratoire Kordium emploie 52 agents, dont 14 pharmaciens et 6 vétérinaires.",
     [{"subject": "kordium", "value": 14, "unit": "pharmacien"},
      {"subject": "kordium", "value": 6, "unit": "vétérinaire"}]),
    ("a part of a sum of money named by a noun that counts nothing is money of its currency", "fr", "2025-03-01",
     "Kordium a réalisé un chiffre d'affaires de 14,2 millions d'euros en 2024, dont 6,1 millions de sponsoring.",
     [{"subject": "kordium", "predicate": "revenue", "value": 6.1e6, "unit": "EUR", "period": "2024"}]),
    ("a part after a change told in passing belongs to the total before it", "fr", "2025-03-01",
     "Chez Kordium, le chiffre d'affaires a atteint 186 millions d'euros en 2024, en hausse de 2,4 %, dont 41 "
     "millions aux États-Unis.",
     [{"subject": "kordium", "predicate": "revenue", "value": 4.1e7, "unit": "EUR", "period": "2024"}]),
    ("a measure named before the breakdown word is not the part's own", "fr", "2025-11-26",
     "Kordium a annoncé la suppression de 540 postes, soit 9 % de ses effectifs, dont 310 sur son site de Dunkerque.",
     [{"subject": "kordium", "predicate": "job_cuts", "value": 310, "unit": "poste"}]),
    ("a part a public body brings is aid to the total's holder, past a length between them", "fr", "2025-04-09",
     "Kordium investira 2,8 milliards d'euros d'ici 2028 dans une ligne de plaquettes de 300 millimètres, dont 900 "
     "millions apportés par l'État.",
     [{"subject": "kordium", "predicate": "subsidy", "value": 9e8, "unit": "EUR", "period": "2025-04-09/2028-12-31"}]),
    ("a part a public body brings is aid (English); an investor's part of a round is still the round", "en",
     "2025-04-09",
     "Kordium Health will invest £40 million in the plant, including £12 million provided by the Department for "
     "Education.\n\nSemivel raised €30 million in a Series B round, including €10 million provided by the European "
     "Investment Bank.",
     [{"subject": "kordium-health", "predicate": "subsidy", "value": 1.2e7, "unit": "GBP"},
      {"subject": "semivel", "predicate": "funding_raised", "value": 1e7, "unit": "EUR"}]),
    ("a year's results told in its first months are last year's; a forecast in them is not", "en", "2025-03-12",
     "Kordium Health said on Wednesday that full-year revenue rose 9% to £412m.\n\nPre-tax profit was £38.6m. "
     "Kordium Health expects full-year revenue of £450m.",
     [{"subject": "kordium-health", "predicate": "revenue", "value": 4.12e8, "period": "2024"},
      {"subject": "kordium-health", "predicate": "profit", "value": 3.86e7, "period": "2024"},
      {"subject": "kordium-health", "predicate": "revenue", "value": 4.5e8, "period": "2025"}]),
    ("a date in a clause of cause after a figure does not date it", "en", "2025-07-30",
     "Kordium Health said on Wednesday that first-half revenue rose 4.6% to 218 million euros, as a heatwave in June "
     "lifted sales.",
     [{"subject": "kordium-health", "predicate": "revenue", "value": 2.18e8, "period": "2025-H1"}]),
    ("posts cut are job cuts", "en", "2025-03-12",
     "Kordium Health cut 48 posts in local radio in 2023.",
     [{"subject": "kordium-health", "predicate": "job_cuts", "value": 48, "unit": "post", "period": "2023"}]),
    ("a part named by its own trade keeps it (English)", "en", "2026-02-26",
     "Kordium Health employs about 8,100 people, including 1,900 pharmacists and 420 physiotherapists.",
     [{"subject": "kordium-health", "value": 1900, "unit": "pharmacist"},
      {"subject": "kordium-health", "value": 420, "unit": "physiotherapist"}]),
    ("a market's figure with no one else to hold it is the country's; a source is not carried as a subject", "fr", "2025-11-03",
     "Les immatriculations de voitures neuves ont reculé de 4,8 % en octobre en France, à 128 450 véhicules, selon "
     "Kordium. Depuis janvier, le marché affiche un repli de 6,1 %.",
     [{"subject": "france", "predicate": "sales_volume", "value": 128450},
      {"subject": "france", "predicate": "growth", "value": -6.1}]),
    ("a value after a share move is a market capitalisation", "en", "2025-11-03",
     "Arcturon shares rose 6.8% in London on Wednesday, valuing the company at about £18.3 billion.",
     [{"subject": "arcturon", "predicate": "market_cap", "value": 1.83e10}]),
    ("what a tax brings in is tax", "fr", "2025-11-03",
     "Kordium propose une taxe sur les grandes entreprises, qui rapporterait 6,8 milliards d'euros par an.",
     [{"subject": "kordium", "predicate": "tax", "value": 6.8e9}]),
    ("money spent on building or renewing an asset is an investment", "fr", "2025-11-03",
     "Kordium consacrera 1,2 milliard d'euros cette année à la modernisation du réseau.",
     [{"subject": "kordium", "predicate": "investment", "value": 1.2e9, "period": "2025"}]),
    ("a staff verb before a number of things that are no staff counts them", "fr", "2025-11-03",
     "Kordium, qui emploie 7 800 personnes dans neuf pays, fermera trois usines.",
     [{"subject": "kordium", "predicate": "headcount", "value": 7800},
      {"subject": "kordium", "predicate": "count", "value": 9, "unit": "pays"}]),
    ("a signed change in parentheses keeps its written sign, past a date", "fr", "2026-07-22",
     "La production de l'usine Kordium est tombée à 41 000 véhicules au premier semestre (−12 %).",
     [{"subject": "kordium", "predicate": "growth", "value": -12, "period": "2026-H1"}]),
    ("a source is not what the article is about", "fr", "2026-07-09",
     "Les orages ont coûté près de 900 millions d'euros aux assureurs, selon Talmira. Hélène Marchetti, "
     "directrice générale de Kordium, détaille la facture.\n\nNous avons enregistré 38 500 déclarations de sinistre.",
     [{"subject": "kordium", "value": 38500}]),
    ("a comparison base given for another company is that company's, same period", "fr", "2025-03-26",
     "Kordium a réalisé un chiffre d'affaires de 1,18 milliard d'euros en 2024, contre 1,42 milliard pour Talmira.",
     [{"subject": "talmira", "predicate": "revenue", "value": 1.42e9, "period": "2024"}]),
    ("a bank that 'apporte un prêt' lends it to the article's company", "fr", "2025-03-26",
     "Kordium construit un parc éolien en mer. Kordium a bouclé son financement. Banque Aubrelle apporte un prêt "
     "de 1,55 Md€ sur dix-huit ans.",
     [{"subject": "kordium", "predicate": "loan", "value": 1.55e9, "object": "banque-aubrelle"}]),
    ("a noun of change that heads its own figure keeps it", "fr", "2026-03-13",
     "Kordium prévoit une marge de 7 % et une croissance de 0,9 %. Le titre de Talmira a chuté de 23,6 % jeudi.",
     [{"subject": "kordium", "predicate": "growth", "value": 0.9},
      {"subject": "kordium", "predicate": "margin", "value": 7},
      {"subject": "talmira", "predicate": "stock_change", "value": -23.6}]),
    ("a past base the time opens with does not date the change, nor what follows", "en", "2025-10-15",
     "Kordium posted third-quarter sales of EUR 1.2 billion, up 5%, a slowdown from the first half. "
     "Sales in Spain fell 3% to EUR 300 million. Prices will rise 2% from April 2026.",
     [{"subject": "kordium", "predicate": "growth", "value": 5, "period": "2025-Q3"},
      {"subject": "kordium", "predicate": "revenue", "value": 3e8, "period": "2025-Q3"},
      {"subject": "kordium", "predicate": "growth", "value": 2, "period": "2026-04"}]),
    ("a level reached with no measure named is the measure of the level before", "fr", "2025-10-15",
     "Le chiffre d'affaires de Kordium a atteint 2,8 milliards d'euros. Les ventes en Espagne ont reculé de 6 % "
     "à 910 millions d'euros. Au Portugal, elles ont progressé de 11 % à 780 millions d'euros.",
     [{"subject": "kordium", "predicate": "revenue", "value": 7.8e8}]),
    ("a change from a date to come, then a further step with its verb left out", "en", "2026-04-09",
     "At Kordium, basic pay goes up 5.2% from May 1, and by a further 3.5% in April 2027.",
     [{"subject": "kordium", "predicate": "growth", "value": 5.2, "period": "2026-05-01"},
      {"subject": "kordium", "predicate": "growth", "value": 3.5, "period": "2027-04"}]),
    ("a further step of a fall keeps its sign", "fr", "2026-04-09",
     "Chez Kordium, les tarifs baissent de 2 % en mai, puis de 1 % en juin.",
     [{"subject": "kordium", "predicate": "growth", "value": -1}]),
    ("an audience share and its base are market shares", "fr", "2026-03-05",
     "La société Kordium a progressé. Sa part d’audience a atteint 2,4 % l'an dernier, contre 2,1 % en 2024.",
     [{"subject": "kordium", "predicate": "market_share", "value": 2.4, "period": "2025"},
      {"subject": "kordium", "predicate": "market_share", "value": 2.1, "period": "2024"}]),
    ("what a public body pays a company is a subsidy", "fr", "2026-03-05",
     "La société Kordium recrute. La Région Bretagne lui verse 1,1 million d'euros par an.",
     [{"subject": "kordium", "predicate": "subsidy", "value": 1.1e6, "object": "region-bretagne"}]),
    ("a small sum right after 'costs' is a price; a plan's cost stays a cost", "en", "2026-02-10",
     "At Kordium, a medium latte costs £3.95. The Kordium plan costs £40 million.",
     [{"subject": "kordium", "predicate": "price", "value": 3.95},
      {"subject": "kordium", "predicate": "cost", "value": 4e7}]),
    ("a name written with 's is the subject of the figure after it", "en", "2026-02-10",
     "Dunmore Coffee made a profit of £27 million; Kettleby's lost £8.5 million. Kettleby's, which is owned "
     "by a fund, is reviewing its menu.",
     [{"subject": "kettleby-s", "predicate": "loss", "value": 8.5e6}]),
    ("'du groupe' after a measure names the company, not the country", "fr", "2025-03-12",
     "Le groupe Kordium, troisième acteur du secteur en France, a publié ses comptes. L'endettement net du groupe "
     "atteignait 286 millions d'euros à fin décembre.",
     [{"subject": "kordium", "predicate": "debt", "value": 2.86e8}]),
    ("an executive's pay told by 'le dirigeant' is the person's named before", "fr", "2025-03-12",
     "« Nos prix ont progressé », a souligné le directeur général de Kordium, Benoît Lestrade. Le dirigeant a "
     "perçu une rémunération totale de 1,3 million d'euros en 2024.",
     [{"subject": "benoit-lestrade", "predicate": "compensation", "value": 1.3e6}]),
    ("a company bought ('s'offre X') is no product; its loan's rate is an interest rate", "fr", "2026-03-05",
     "Castelnau Capital s’offre Séniorys pour 1,15 milliard d’euros. Séniorys affiche une marge de 19,3 %. "
     "Séniorys empruntera 650 millions d’euros au taux de 6,25 %.",
     [{"subject": "seniorys", "predicate": "margin", "value": 19.3},
      {"subject": "seniorys", "predicate": "loan", "value": 6.5e8},
      {"subject": "seniorys", "predicate": "interest_rate", "value": 6.25}]),
    ("a school's pupils and a spa's patients are its users", "fr", "2026-03-05",
     "L'auto-école Kordium a formé 96 400 élèves en 2025. Les thermes de Kordium ont accueilli 11 480 curistes.",
     [{"subject": "kordium", "predicate": "users", "value": 96400},
      {"subject": "kordium", "predicate": "users", "value": 11480}]),
    ("a market that fell with a written minus is the country's, and keeps its sign", "fr", "2026-03-05",
     "Kordium a racheté Visiocar. Le marché a pourtant reculé l'an dernier en France (−1,8 %), selon la fédération.",
     [{"subject": "france", "predicate": "growth", "value": -1.8}]),
    ("pubs and gyms a company runs are counted", "en", "2026-01-14",
     "Kordium Taverns said its 1,140 pubs were busy. Kordium Fitness runs 248 gyms.",
     [{"subject": "kordium-taverns", "predicate": "count", "value": 1140},
      {"subject": "kordium-fitness", "predicate": "count", "value": 248}]),
]


# (name, lang, text, [(entity name, type, mentions)] that must be found,
# [names] that must not be entities).
ENTITY_CASES = [
    ("a name read as a place after 'à' is a company when a clause opens on it before a company's verb", "fr",
     "Parkings\n\nL'hôpital a confié ses parkings à Stationa Parcs en 2024. En échange, Stationa Parcs a construit "
     "un parking de 1 100 places. Notre usine de Vaubrennes-sur-Oise emploie 430 personnes.",
     [("Stationa Parcs", "ORG", 2), ("Vaubrennes-sur-Oise", "PLACE", 1)], []),
    ("a maker's own name that ends its trade's name names it alone at a sentence start too", "fr",
     "Orgues\n\nEn Alsace, la Manufacture d'orgues Armelin vit des églises. Armelin a investi 600.000 euros.",
     [("Manufacture d'orgues Armelin", "ORG", 2)], ["Armelin"]),
    ("a network's regional member named with 'du' or 'de' and its region is one body", "fr",
     "Prêts\n\nLa Banque Populaire du Sud prête 9 millions d'euros. Le Crédit Mutuel de Bretagne aussi.",
     [("Banque Populaire du Sud", "ORG", 1), ("Crédit Mutuel de Bretagne", "ORG", 1)], ["Bretagne"]),
    ("a body's name goes on past 'et' after its complement, not right after its head", "fr",
     "Pressings\n\nSelon la Fédération française des pressings et blanchisseries, les prix montent. "
     "Direction et syndicat se retrouveront lundi.",
     [("Fédération française des pressings et blanchisseries", "ORG", 1)], ["Direction et syndicat"]),
    ("a maker's own name past its trade in lower case ends the name, and names it alone later", "fr",
     "Cloches\n\nLa Fonderie de cloches Armelin a livré 40 cloches. Armelin emploie 24 salariés. "
     "Le groupe, propriétaire du verrier Maison Castel et du joaillier Ombrine, grandit.",
     [("Fonderie de cloches Armelin", "ORG", 2), ("Ombrine", "ORG", 1)], ["Armelin"]),
    ("a product's name that speaks or employs is a company's", "en",
     "Resale\n\nResale app Threadloop, the largest local platform, said its buyers rose. Threadloop employs 230 people.",
     [("Threadloop", "ORG", 2)], []),
    ("a trade's noun before a company's name is no part of it", "en",
     "Oil\n\nImporter Kelmora Foods will cut its prices. Haulier Brackwell Freight runs 90 lorries.",
     [("Kelmora Foods", "ORG", 1), ("Brackwell Freight", "ORG", 1)], ["Importer Kelmora Foods", "Haulier Brackwell Freight"]),
    ("a capitalized number word glued by a dash to a capitalized word is part of a name", "fr",
     "Tiers-lieux\n\nLa région compte 140 ateliers partagés, selon l'association France Tiers-Lieux.",
     [("France Tiers-Lieux", "ORG", 1)], ["France"]),
    ("a one-word name opening a sentence once, before an auxiliary and an actor's participle, is a name", "en",
     "Briefs\n\nStudent beds. Brindova has won planning permission for 640 student beds. Demand has risen.",
     [("Brindova", "ORG", 1)], ["Demand"]),
    ("in French an actor's verb alone after it is enough", "fr",
     "Brèves\n\nÉnergie. Velorine revendique 640 clients. Solarède a signé un contrat de 2 millions d'euros.",
     [("Velorine", "ORG", 1), ("Solarède", "ORG", 1)], []),
    ("a facility's head with 'de' and a name is one name; before a name without 'de', the name alone is the facility's", "fr",
     "Loisirs\n\nLes halles de Vernouillet accueillent 31 commerçants. L'aquarium Nérélis a reçu 300 000 visiteurs. "
     "Le zoo de Bréval a perdu 2 millions d'euros.",
     [("halles de Vernouillet", "PRODUCT", 1), ("Nérélis", "ORG", 1), ("zoo de Bréval", "PRODUCT", 1)], ["aquarium Nérélis"]),
    ("a cave with 'de' and a name is one facility", "fr",
     "Grottes\n\nLa grotte de Mirebaux a accueilli 90 000 visiteurs.",
     [("grotte de Mirebaux", "PRODUCT", 1)], ["Mirebaux"]),
    ("a name a survey's noun follows is the survey's, no organisation", "en",
     "Paddling\n\nAbout 2.9 million adults went paddling, according to Sport England's Active Lives survey.",
     [("Sport England", "GOV", 1)], ["Active Lives"]),
    ("a name ending in a trade's plural or a fund is an organisation, whatever given name opens it", "en",
     "Cycling\n\nTamsin Bikes opened a shop. Harriet Lane Fund gave £5,000.",
     [("Tamsin Bikes", "ORG", 1), ("Harriet Lane Fund", "ORG", 1)], []),
    ("a public body's name after 'à' stays a public body", "fr",
     "Câble\n\nLe constructeur Kordium devra verser des pénalités de retard à Brive Métropole.",
     [("Brive Métropole", "GOV", 1)], []),
    ("a name ending in Airport or Stadium is a facility, whoever it is named after", "en",
     "Flights\n\nPassenger numbers at Marian Keeble Airport rose. The club sold out Harwick Stadium.",
     [("Marian Keeble Airport", "PRODUCT", 1), ("Harwick Stadium", "PRODUCT", 1)], []),
    ("a one-word name opening two sentences, once before a verb only an actor does, is a name", "en",
     "Bikes\n\nPedalcore now runs 400 bikes in the town. Electricity is costly. Electricity will cost more. "
     "Pedalcore says it employs 12 people.",
     [("Pedalcore", "ORG", 2)], ["Electricity"]),
    ("the same in French", "fr",
     "Trottinettes\n\nTrottéo a déployé 900 trottinettes dans la ville. Trottéo revendique 38 salariés.",
     [("Trottéo", "ORG", 2)], []),
    ("a cemetery or a crematorium with its name is one facility", "fr",
     "Obsèques\n\nLe cimetière des Tilleuls est saturé. Le crématorium du Val rouvrira en mars.",
     [("cimetière des Tilleuls", "PRODUCT", 1), ("crématorium du Val", "PRODUCT", 1)], ["Tilleuls"]),
    ("an event's head word takes the town that ends its name", "fr",
     "Été\n\nLe Festival Jazz de Lyon attend 40 000 spectateurs. La Foire de Metz ouvre samedi.",
     [("Festival Jazz de Lyon", "ORG", 1), ("Foire de Metz", "ORG", 1)], ["Festival Jazz", "Foire"]),
    ("an enterprise agency is a public body", "en",
     "Grants\n\nKordium got a £350,000 grant from Tweedside Enterprise.",
     [("Tweedside Enterprise", "GOV", 1)], []),
    ("a nationality that opens a company's name ending in a company word is part of it", "en",
     "Ferries\n\nRival operator Manx Bay Lines said bookings fell. Irish Harbour Ferries cut two sailings.",
     [("Irish Harbour Ferries", "ORG", 1)], ["Harbour Ferries"]),
    ("a mountain refuge with its name is one facility", "fr",
     "Montagne\n\nLe refuge du Pas-Rouge rouvrira en juin après deux étés de travaux.",
     [("refuge du Pas-Rouge", "PRODUCT", 1)], ["Pas-Rouge"]),
    ("the farm ministry's statistics service is a public body", "fr",
     "Récolte\n\nSelon l'Agreste, la production a reculé de 4 %.",
     [("Agreste", "GOV", 1)], []),
    ("a town after 'base at' or 'sailings to' and a track's name are places", "en",
     "Paddling\n\nKordium is spending £380,000 on a fourth base at Upton Wold. Semivel cancelled its sailings to "
     "Carrickmore. Hut fees on the Hollin Ridge Track will rise.",
     [("Upton Wold", "PLACE", 1), ("Carrickmore", "PLACE", 1), ("Hollin Ridge Track", "PLACE", 1)], []),
    ("a capitalized word glued by an apostrophe to another is one brand", "fr",
     "Pensions canines\n\nLe réseau Truff'Hôtel ouvrira trois sites en 2026. Truff'Hôtel emploie 40 personnes.",
     [("Truff'Hôtel", "ORG", 2)], ["Truff", "Hôtel"]),
    ("a judge's title and a barrister's role make persons", "en",
     "Court\n\nKordium's barrister, Rhodri Pellow, told the court the firm had spent £90,000 on training. Judge "
     "Anwen Trefor said the company had cut corners.",
     [("Rhodri Pellow", "PERSON", 1), ("Anwen Trefor", "PERSON", 1)], ["Judge Anwen Trefor"]),
    ("a role that ends a headline makes no person of the name that opens the text", "en",
     "Touring at a loss: Marlow Lyric Opera's chief executive\n\nMarlow Lyric Opera has shortened its autumn tour.",
     [("Marlow Lyric Opera", "ORG", 2)], []),
    ("a one-word form of a known person after a given name, or of a product before a surname, is another "
     "person's name", "en",
     "Chief executive Harriet Vance said sales rose 5%. Chief executive Gemma Akinola said costs fell 2%.",
     [("Harriet Vance", "PERSON", 1), ("Gemma Akinola", "PERSON", 1)], ["JD Vance", "Gemma"]),
    ("an NHS board, a police force are public bodies", "en",
     "NHS Brackwater has awarded a £6.8 million contract to Kordium. Brackwater Police spent £2m on drones.",
     [("NHS Brackwater", "GOV", 1), ("Brackwater Police", "GOV", 1)], []),
    ("a name after 'amende à' is who is fined, no place; Brexit is no name", "fr",
     "Paris sportifs : l'ANJ inflige 1,2 million d'euros d'amende à Varnaflash\n\nDepuis le Brexit, les "
     "paris ont reculé de 3 %.",
     [("Varnaflash", "ORG", 1)], ["Brexit"]),
    ("a one-word name first met with no cue is a place when the article later puts it after 'in'", "en",
     "Dearer car parks will empty Brackwater's high street\n\nFootfall in Brackwater fell 9% last year.",
     [("Brackwater", "PLACE", 2)], []),
    ("a name after a plant 'at' or a firm 'from' is a place", "en",
     "Kordium is building a second plant at Wexcombe for £7 million. Semivel, a family firm from Strathlorn, "
     "bought it.",
     [("Wexcombe", "PLACE", 1), ("Strathlorn", "PLACE", 1)], []),
    ("a name opening a sentence is a company when its apposition calls it a bookmaker, a charity or a brewer", "en",
     "Who pays most?\n\nVarnlebet, the largest online bookmaker, had gross gambling yield of £1.42 billion last "
     "year. Toys. Brellshelf, the Leeds charity, lends toys to 7,800 families.",
     [("Varnlebet", "ORG", 1), ("Brellshelf", "ORG", 1)], []),
    ("a name an apposition calls an app is a company", "en",
     "Driving. Wexlane, an app that matches learners with instructors, raised £3m from investors.",
     [("Wexlane", "ORG", 1)], []),
    ("a village shop is named with its trade", "fr",
     "Il y a trois ans, la boulangerie Delmont, qui employait trois personnes, a baissé son rideau. La librairie "
     "Ferrand vend 40 livres par jour.",
     [("boulangerie Delmont", "ORG", 1), ("librairie Ferrand", "ORG", 1)], ["Delmont", "Ferrand"]),
    ("a byline names its author and the body the author works for", "fr",
     "Tribune\n\nPar Hélène Varlin-Diallo, directrice de l'Institut Kervalec Langues, école de langues à Angers\n\n"
     "Notre école a reçu 1 340 candidats en décembre.",
     [("Hélène Varlin-Diallo", "PERSON", 1), ("Institut Kervalec Langues", "ORG", 1)], []),
    ("'By' and a name opening a line is the author, a person", "en",
     "Column\n\nBy Rhona Pugsley, a dental surgeon in Great Yarmouth\n\nKordium hands back 11 practices.",
     [("Rhona Pugsley", "PERSON", 1)], []),
    ("a library, then an adjective and 'de' a place, is one name; a departmental one is a public body", "fr",
     "Le budget de la Médiathèque départementale de l'Aveyron atteint 2,4 millions d'euros.",
     [("Médiathèque départementale de l'Aveyron", "GOV", 1)], ["Médiathèque"]),
    ("a maker 'de' what it makes before a name makes it a company, even when a person bears the name", "fr",
     "Le fabricant vosgien de cercueils Brémontier va supprimer 38 postes, a annoncé son président, Luc Brémontier.",
     [("Brémontier", "ORG", 1), ("Luc Brémontier", "PERSON", 1)], []),
    ("a blocker word before 'à' still blocks past a date between them: a company born of a merger is no place", "fr",
     "La fusion des deux caves donnera naissance au 1er septembre à Vignes de Brauzac, a annoncé son président.",
     [("Vignes de Brauzac", "ORG", 1)], []),
    ("a town's name that is also a company's head noun, then 'de la' and a name, heads the company's name", "fr",
     "Les Moulins de la Brévenne ont racheté la Minoterie Kordium. Moulins reste une préfecture.",
     [("Moulins de la Brévenne", "ORG", 1)], ["Brévenne"]),
    ("a short title between French quotes is a work's name; a quoted sentence and a catalog name are not", "fr",
     "La troupe joue « Les Lanternes du quai ». Son roman « Les Soirs de Bastia » s'est vendu à 40.000 exemplaires. "
     "Selon « Le Monde », le marché recule. « La lecture résiste mieux que le reste du marché », dit-elle.",
     [("Les Lanternes du quai", "PRODUCT", 1), ("Les Soirs de Bastia", "PRODUCT", 1), ("Le Monde", "ORG", 1)],
     ["La lecture résiste mieux que le reste du marché", "Lanternes", "Soirs"]),
    ("a Christmas market and its town are one name", "fr",
     "Le marché de Noël de Colmar a attiré quelque 1,2 million de visiteurs.",
     [("marché de Noël de Colmar", "ORG", 1)], ["Noël"]),
    ("the préfecture de police, written in lower case, is a public body of the catalog", "fr",
     "Côté sécurité, la préfecture de police mobilise 220 agents chaque week-end.",
     [("préfecture de police", "GOV", 1)], []),
    ("a name after 'port de pêche de' or 'gare de' is a place", "fr",
     "Le mareyeur, installé sur le port de pêche de Kerhervé, expédie par la gare de Plouzévran.",
     [("Kerhervé", "PLACE", 1), ("Plouzévran", "PLACE", 1)], []),
    ("an organisation's head noun, 'de la', a noun and its adjective in '-ante' make one name", "fr",
     "Selon l'Observatoire national de la vie étudiante, les loyers ont atteint 300 euros.",
     [("Observatoire national de la vie étudiante", "GOV", 1)], ["Observatoire national de la vie"]),
    ("a role and its adjective before a name set off by a comma make it a person's", "fr",
     "La compagnie Kordium compte neuf permanents. Sa directrice artistique, Ysolde Karadec, répond à nos questions.",
     [("Ysolde Karadec", "PERSON", 1)], []),
    ("a capitalized article inside a name goes on with it; a prosecutor's role names the person in apposition; "
     "'République' and 'Noël' name no body", "fr",
     "Les Pêcheries Le Brénec ont réalisé 9,6 millions d'euros. Le procureur de la République, Maëlys Quéré, a "
     "estimé le gain à 1,1 million d'euros. Les sapins de Noël se vendent 14 euros.",
     [("Pêcheries Le Brénec", "ORG", 1), ("Maëlys Quéré", "PERSON", 1)], ["République", "Noël", "Pêcheries"]),
    ("a company's word after '&' stays in the name ('Leaven & Co')", "en",
     "Sales at Brannock & Co rose to £2m.", [("Brannock & Co", "ORG", 1)], ["Brannock &"]),
    ("a founder's possessive before a business's head noun is one name; a place's possessive is not", "en",
     "The family firm Pellowan's Bakery sold 90,000 loaves. Britain's Financial Conduct Authority agreed.",
     [("Pellowan's Bakery", "ORG", 1), ("Financial Conduct Authority", "GOV", 1)], ["Bakery"]),
    ("a facility's head makes one name with a name outside the catalog, with or without 'de', but only says where "
     "it is before a catalog place", "fr",
     "La clinique Vaudelle a réalisé 12 millions d'euros. Le camping des Oyats a accueilli 3 000 clients. "
     "L'imprimerie de Rennes a livré 40 000 livres.",
     [("clinique Vaudelle", "ORG", 1), ("camping des Oyats", "PRODUCT", 1), ("Rennes", "PLACE", 1)],
     ["Vaudelle", "Oyats", "imprimerie de Rennes"]),
    ("an English region by its short name is a place; a question's first words name no one", "en",
     "Kordium Buses runs 90 routes in the North West.\n\nCan I get a refund?\n\nYes, within 30 days.",
     [("North West", "PLACE", 1)], ["Can I"]),
    ("a nationality opens a body's name, sits inside one after 'of', and a public body's head takes 'of' and a "
     "place; 'and' joins the two places of a council's name", "en",
     "Sales rose, the Scottish Rowing Association said. The Association of Irish Growers agreed. A loan from the "
     "Development Bank of Wales reached £2m. Funding from Perth and Kinross Council rose to £3m.",
     [("Scottish Rowing Association", "ORG", 1), ("Association of Irish Growers", "ORG", 1),
      ("Development Bank of Wales", "GOV", 1), ("Perth and Kinross Council", "GOV", 1)],
     ["Rowing Association", "Development Bank", "Kinross Council"]),
    ("a scanner's acronym (IRM, MRI) names no body and holds no figure", "fr",
     "Imagerie\n\nL'IRM de Kordium a réalisé 21 400 examens en 2025. Une deuxième IRM coûtera 1,9 million d'euros.",
     [("Kordium", "ORG", 1)], ["IRM"]),
    ("a name of two words with an age in apposition is a person's, not the figure's holder", "en",
     "Boats\n\nKordium Boats has built dinghies since 1978. Keziah Polglase, 39, took over in 2022; the yard "
     "now employs 64 people.",
     [("Keziah Polglase", "PERSON", 1)], []),
    ("'le Département du Nord' capitalized is the council, a public body; 'le département du Nord' the place", "fr",
     "Aide à domicile\n\nLe Département du Nord versera 26,10 euros de l'heure. Elle vit dans le département des "
     "Landes.",
     [("Département du Nord", "GOV", 1), ("Landes", "PLACE", 1)], []),
    ("public bodies of the catalog keep their type and full name: the medicines agency by its acronym, Sport "
     "England, IDA Ireland", "fr",
     "Santé\n\nL'ANSM a infligé une amende à Kordium Pharma. Sport England et IDA Ireland ont salué la décision.",
     [("Agence nationale de sécurité du médicament et des produits de santé", "GOV", 1), ("Sport England", "GOV", 1),
      ("IDA Ireland", "GOV", 1)], []),
    ("a name after a verb of succession or sale and 'à' is a company, not a place", "fr",
     "Îles\n\nLa Région a retenu Navimor, qui succédera à Vedettes Kerlo en janvier. Vedettes Kerlo a transporté "
     "1,4 million de passagers.",
     [("Vedettes Kerlo", "ORG", 2)], []),
    ("a name the article writes inside a sentence with an elided article ('de l'') keeps it when it opens a "
     "sentence", "fr",
     "Serres\n\nLe patron de Fraises de l'Elorn a parlé. Fraises de l'Elorn exploite 12 hectares de serres.",
     [("Fraises de l'Elorn", "ORG", 2)], ["Elorn"]),
    ("a company's noun before a name, with an adjective between, outweighs a geographic first word", "fr",
     "Langues\n\nL'école lyonnaise Cap Verbalis a enregistré 6 100 inscriptions en 2025.",
     [("Cap Verbalis", "ORG", 1)], []),
    ("a town of the catalog after 'des' or 'du' ends a company's name, whatever its head word", "fr",
     "Conchyliculture\n\nInstallée depuis 2009, l'Écloserie des Pertuis emploie 38 salariés. L'Atelier du Pertuis "
     "vend des paniers.",
     [("Écloserie des Pertuis", "ORG", 1), ("Atelier du Pertuis", "ORG", 1)], ["Pertuis", "Écloserie"]),
    ("companies of the catalog whose names end in a possessive keep it", "en",
     "Auctions\n\nSotheby's sold 900 lots in Geneva. Underwriters at Lloyd's wrote more cyber cover.",
     [("Sotheby's", "ORG", 1), ("Lloyd's", "ORG", 1)], ["Sotheby", "Lloyd"]),
    ("weekdays in the plural are no names", "en",
     "Venues\n\nManaging director Kate Ellery said Saturdays for 2025 were already 96% booked at Kordium.",
     [("Kordium", "ORG", 1)], ["Saturdays"]),
    ("a mention with its département in parentheses after 'à' makes the name a place, over the label a headline "
     "gives it", "fr",
     "Tribune - Vaudrelac : cessons de payer pour une neige qui ne tombe plus\n\nIl est conseiller municipal à "
     "Vaudrelac (Lozère) depuis 2020.",
     [("Vaudrelac", "PLACE", 2)], []),
    ("an apposition calling a name opening a sentence 'a chain of ...' vouches for it", "en",
     "Briefs\n\nDental. Molvance, a chain of 64 dental practices, has been bought by the private-equity firm "
     "Harcourt Row for about £140m.",
     [("Molvance", "ORG", 1)], []),
    ("a name after 'au parc de la', 'quartier du', 'col de' is a place", "fr",
     "Salon\n\nLes portes du salon Kordium viennent d'ouvrir au parc de la Vaudrière, à Nantes. Le quartier du "
     "Moustoir accueille aussi des exposants.",
     [("Vaudrière", "PLACE", 1), ("Moustoir", "PLACE", 1)], []),
    ("a participle of founding after a comma vouches for a one-word name opening a sentence; a name after 'à' "
     "with its département in parentheses is a place, even with its own article", "fr",
     "Ruches\n\nInstallée à La Vasselière-Boudry (Eure) depuis 1921, la manufacture Kordium fabrique des cors.\n\n"
     "Mellizia, née à Mérignac (Gironde) en 2018, ne fabrique rien : elle revend en ligne du matériel.",
     [("La Vasselière-Boudry", "PLACE", 1), ("Mellizia", "ORG", 1), ("Kordium", "ORG", 1)], []),
    ("a trade whose last word is a role ('lottery manager', 'fund manager') before a name makes it an organisation",
     "en",
     "Fines\n\nThe regulator has fined lottery manager Brightvale £2.7m. Brightvale sold £61m of tickets. The "
     "watchdog also fined fund manager Osprel.",
     [("Brightvale", "ORG", 2), ("Osprel", "ORG", 1)], []),
    ("a name after 'à' right after an amount of money gets or pays it: no place", "fr",
     "Amende\n\nLa DGCCRF a infligé une amende de 240.000 euros à Osprel. L'usine de Semivel emploie 80 salariés à "
     "Tarvelle.",
     [("Osprel", "ORG", 1), ("Tarvelle", "PLACE", 1)], []),
    ("French welfare benefits and regulated mechanisms named by their acronyms are no organisations", "fr",
     "Énergie\n\nLe fournisseur Kordium a acheté de l'électricité via l'Arenh. Les bénéficiaires de l'APA et de "
     "l'AAH sont 2 millions.",
     [("Kordium", "ORG", 1)], ["Arenh", "APA", "AAH"]),
    ("départements named alone are places of the catalog ('le Nord', 'la Somme'), not companies", "fr",
     "Endives\n\nLes 150 producteurs, répartis entre le Nord et la Somme, livrent la coopérative Kordium.",
     [("Nord", "PLACE", 1), ("Somme", "PLACE", 1)], []),
    ("a verb opening a sentence is no part of the name after it ('Keeping X on standby', 'Take X')", "en",
     "Mine\n\nKeeping Orvane Flat on standby will cost $20 million. Take Sorbeline Hospice, which runs 30 shops.",
     [("Orvane Flat", "ORG", 1), ("Sorbeline Hospice", "ORG", 1)], ["Keeping Orvane Flat", "Take Sorbeline Hospice"]),
    ("'BD' (bande dessinée) is a common noun, no organisation", "fr",
     "Festival\n\nLa maison d'édition Kordium a vendu 300 000 albums de BD l'an dernier. La BD recule de 4 %.",
     [("Kordium", "ORG", 1)], ["BD"]),
    ("'le Département', 'la Région' alone name the public body of the article's place: one entity, a GOV", "fr",
     "Budget\n\nLe Département du Cantal a voté son budget mardi. Le Département emploie 1 400 agents.",
     [("Département du Cantal", "GOV", 2)], ["Département"]),
    ("'la Région' alone after a region of the catalog is that region's body", "fr",
     "Lycées\n\nEn Bretagne, la Région rénovera trente lycées. La Région y consacre 90 millions d'euros.",
     [("Bretagne", "GOV", 3)], ["Région"]),
    ("a public body of the catalog is named later by its last word when that names a body ('the Bureau')", "en",
     "Fees\n\nTarvelle Rentals will pay a C$2 million penalty, the Competition Bureau said. The Bureau found "
     "that the company hid fees.",
     [("Competition Bureau", "GOV", 2)], ["Bureau"]),
    ("a street's noun, a connector and a name make one place ('boulevard de la Liberté')", "fr",
     "Braderie\n\nLes stands du boulevard de la Liberté ont fait le plein. Au 14 rue de la République, "
     "Kordium ouvre une boutique.",
     [("boulevard de la Liberté", "PLACE", 1), ("rue de la République", "PLACE", 1)], ["Liberté", "République"]),
    ("a given name of the list opens a person's name (Irish, Breton, compound French names)", "en",
     "Tram\n\nThe tram carried 1.4 million passengers, Kieran Sorbeline told the council on Monday.",
     [("Kieran Sorbeline", "PERSON", 1)], []),
    ("a place after a company's name that ends with a suffix says where it is ('X Holdings of Ohio')", "en",
     "Deal\n\nThe board of Tarvelle Holdings of Ohio agreed on Tuesday to buy Sorbeline Insurance for $90 "
     "million. Tarvelle Holdings will pay cash.",
     [("Tarvelle Holdings", "ORG", 2), ("Ohio", "PLACE", 1)], ["Tarvelle Holdings of Ohio"]),
    ("an elided article between a connector and a capitalized word is inside the name", "fr",
     "Salon\n\nLe Festival de l'Orvane ouvre samedi. Les Jardins de l'Osprel accueilleront 8 000 visiteurs.",
     [("Festival de l'Orvane", "ORG", 1), ("Jardins de l'Osprel", "ORG", 1)], ["Festival", "Orvane", "Osprel"]),
    ("a portfolio's word heads a company's name before another capitalized word ('Transports Tarvelle'), not "
     "alone ('ministre des Transports')", "fr",
     "Rachat\n\nFrimolor rachète son concurrent Transports Tarvelle. Le ministre des Transports a salué "
     "l'opération. Tarvelle emploie 300 salariés.",
     [("Transports Tarvelle", "ORG", 2)], ["Transports"]),
    ("a trade's noun opening a sentence before a name is no part of it ('Retailer Denholm')", "en",
     "Fans\n\nRetailer Tarvelle sold 48,000 fans. Insurer Sorbeline paid $3m.",
     [("Tarvelle", "ORG", 1), ("Sorbeline", "ORG", 1)], ["Retailer Tarvelle", "Insurer Sorbeline"]),
    ("a name right after a measure made an adjective is a product's", "en",
     "Canoes\n\nHer flagship, the 17-foot Osprel, sells for C$7,400.",
     [("Osprel", "PRODUCT", 1)], []),
    ("towns, valleys and rivers of the gazetteer are places", "fr",
     "Industrie\n\nL'usine de Lillebonne ferme. Les éleveurs de l'Aubrac protestent. En Maurienne, la neige "
     "manque. Près de Carquefou, rien ne bouge.",
     [("Lillebonne", "PLACE", 1), ("Aubrac", "PLACE", 1), ("Maurienne", "PLACE", 1), ("Carquefou", "PLACE", 1)], []),
    ("a place of the gazetteer after a given name is a surname", "fr",
     "Portrait\n\nLa fondatrice, Clémence Aubrac, a racheté l'atelier en 2019.",
     [("Clémence Aubrac", "PERSON", 1)], ["Aubrac", "Clémence"]),
    ("a club's name may open with a town and a region; a company's with a river and a compass point", "fr",
     "Sport\n\nLe club Nîmes Camargue Tarvelle vise la montée. Le réseau Tarvelle Seine-Est recrute.",
     [("Nîmes Camargue Tarvelle", "ORG", 1), ("Tarvelle Seine-Est", "ORG", 1)], ["Camargue", "Seine"]),
    ("an acronym that spells the lower-case words before it names a thing, no organisation", "fr",
     "La TSOM grimpe\n\nLa taxe spéciale sur les ordures ménagères (TSOM) augmentera. La TSOM rapportera 52 "
     "millions.",
     [], ["TSOM"]),
    ("a word kept out of names in capitals ('LIVE') still opens a name written with a capital only", "en",
     "Venues\n\nLIVE - Britain lost 94 venues, the Live Tarvelle Association said.",
     [("Live Tarvelle Association", "ORG", 1)], ["LIVE", "Tarvelle Association"]),
    ("a prosecutor's office, a département's council and a museum open names in lower case", "fr",
     "Justice\n\nLe parquet de Sorbeville a requis une amende. Le conseil départemental de l'Orvane a voté. "
     "Le musée des Tisserands de Sorbeville a rouvert.",
     [("parquet de Sorbeville", "GOV", 1), ("conseil départemental de l'Orvane", "GOV", 1)], ["Tisserands"]),
    ("a trade's workplace opens a name that goes on with 'de l'' and a region ('la Féculerie de l'Artois')", "fr",
     "Usine\n\nLa Fonderie de l'Escaut supprime 40 postes. Selon la Fonderie de l'Escaut, l'activité a reculé.",
     [("Fonderie de l'Escaut", "ORG", 2)], ["Fonderie", "Escaut"]),
    ("an acronym defined in parentheses later in the text is the name in the headline too", "en",
     "Sales slip, OSTA says\n\nShops sold 4% less, the Tarvelle Statistics Office (OSTA) said.",
     [("Tarvelle Statistics Office", "ORG", 3)], ["OSTA"]),
    ("'Board' closes a name, though it is none alone", "en",
     "The council borrowed £48m from the Tarvelle Works Loan Board in 2021. Board members objected.",
     [("Tarvelle Works Loan Board", "ORG", 1)], ["Tarvelle Works Loan", "Board"]),
    ("a country's code right after a company's name closes that name", "en",
     "Deposits\n\nThe scheme is run by Tarvelle UK, a not-for-profit company. Tarvelle expects 17 billion containers.",
     [("Tarvelle UK", "ORG", 2)], []),
    ("a catalog name with a capital inside a lower-case word ('easyJet') is found", "fr",
     "15h00 - easyJet a annulé 96 vols au départ de la France.",
     [("easyJet", "ORG", 1)], []),
    ("'Communauté' ending a place's name makes a local government", "fr",
     "Tourisme\n\nTarvelle-sur-Orvane Communauté ajoutera 250 000 euros au budget.",
     [("Tarvelle-sur-Orvane Communauté", "GOV", 1)], []),
    ("a trade's plural or 'Société' heads a name that goes on in lower case or with 'de'", "fr",
     "La Société des alumines de Tarvelle emploie 640 salariés. Les Tuileries de l'Orvane ont été reprises. "
     "Le Stade Sorbéen et le RC Côte Orvane jouent.",
     [("Société des alumines de Tarvelle", "ORG", 1), ("Tuileries de l'Orvane", "ORG", 1), ("Stade Sorbéen", "ORG", 1)],
     ["Société", "Tuileries", "Orvane", "Stade Sorbéen et le RC"]),
    ("a question word opening an explainer's heading is no name", "fr",
     "Mine de tungstène : ce qu'il faut savoir\n\nLa société Tarvelle Mines veut rouvrir la mine.\n\nCombien "
     "coûtera le projet ?\n\nTarvelle Mines l'estime à 320 millions d'euros.\n\nCombien de métal sortira de la "
     "mine ?\n\nJusqu'à 1 200 tonnes.\n\nCombien d'emplois ?\n\nUne centaine.",
     [("Tarvelle Mines", "ORG", 2)], ["Combien"]),
    ("a given name the list gained makes a person", "en",
     "Rosalind Tarvelle built the company. Ulysse Sorbier runs its French arm.",
     [("Rosalind Tarvelle", "PERSON", 1), ("Ulysse Sorbier", "PERSON", 1)], []),
    ("a place that heads a hyphenated name followed by another word is part of that name", "fr",
     "Logement\n\nLe bailleur Maine-Orvane Habitat a mis en chantier 640 logements dans le Maine.",
     [("Maine-Orvane Habitat", "ORG", 1), ("Maine", "PLACE", 1)], ["Habitat"]),
    ("a name read as an organisation for want of a cue is a place when a cue says so elsewhere", "fr",
     "Barrages de l'Orvane : la rente\n\nDans la vallée de l'Orvane, les Forces motrices de l'Orvane turbinent.",
     [("Orvane", "PLACE", 2), ("Forces motrices de l'Orvane", "ORG", 1)], []),
    ("a head noun, an adjective, 'de l'' and a name are one name; a label before a colon is none", "fr",
     "Crédit immobilier : la reprise se confirme\n\nAnne Vidal dirige le Crédit municipal de l’Orvane. "
     "Les Forces motrices de l'Orvane ont investi 48 millions d'euros.",
     [("Crédit municipal de l’Orvane", "ORG", 1), ("Forces motrices de l'Orvane", "ORG", 1)],
     ["Crédit immobilier", "Crédit municipal", "Orvane"]),
    ("a currency's letters are no name, nor 'Le point' the weekly", "en",
     "Revenue of NT$24.6 billion was up 11%. Vantelis Cycles sold more bikes.",
     [("Vantelis Cycles", "ORG", 1)], ["Revenue of NT", "NT"]),
    ("an article's capital at a sentence start proves no catalog name", "fr",
     "Le point en quatre questions. Selon Le Point, Vantelis a fermé deux usines.",
     [("Le Point", "ORG", 1)], []),
    ("a sentence's first word and a connector before a name written without them elsewhere", "fr",
     "Reprise des Tanneries de la Vionne : ce qu'il faut retenir\n\nLe tribunal a validé la reprise des "
     "Tanneries de la Vionne mardi.",
     [("Tanneries de la Vionne", "ORG", 2)], ["Reprise des Tanneries de la Vionne"]),
    ("a company of two words is also named by its last; an unknown word before a city is one name", "en",
     "Chile's Valtierra ships more cherries\n\nAgrícola Valtierra shipped 41,500 tonnes. Valtierra's price fell. "
     "Montelo Cork raised its dividend.",
     [("Agrícola Valtierra", "ORG", 3), ("Montelo Cork", "ORG", 1)], ["Valtierra", "Montelo", "Cork"]),
    ("a name after 'son site de' or 'its plant in' is a place", "fr",
     "Le blanchisseur Vantelis Santé ferme son site de Quimbrelé, où travaillent 74 salariés.",
     [("Quimbrelé", "PLACE", 1)], []),
    ("'Santé' ends a company's name, though alone it names a ministry's portfolio", "fr",
     "Le blanchisseur industriel Vantelis Santé a confirmé la fermeture de son site. Le ministre de la Santé a réagi.",
     [("Vantelis Santé", "ORG", 1)], ["Vantelis", "Santé"]),
    ("a body's head goes on with 'mixte' before its complements", "fr",
     "Le projet, que porte le Syndicat mixte des eaux du Vercors à Villard-de-Lans, coûte cher.",
     [("Syndicat mixte des eaux du Vercors", "ORG", 1)], ["Vercors", "Syndicat mixte des eaux"]),
    ("a nationality before a common noun is no catalog name that opens with it", "en",
     "Kordium answers calls for American airlines and banks. American Airlines grew.",
     [("American Airlines", "ORG", 1)], []),
    ("a name of two words ending the sentence after a role and a comma is a person", "en",
     "Kordium sells shoes. We spoke to the company's chief executive, Maricel Vantor.",
     [("Maricel Vantor", "PERSON", 1)], []),
    ("unknown one-word names listed after a preposition of place with a known place are places", "en",
     "Kordium answers calls from offices in Manila, Tacloban and Dumaguete. Brazil's Vantorel and Florida's "
     "Sunmere Groves sell juice.",
     [("Tacloban", "PLACE", 1), ("Dumaguete", "PLACE", 1), ("Sunmere Groves", "ORG", 1)], []),
    ("a language or a nationality is no name; one before a body's name opens it", "en",
     "The firm trains good English speakers, said the Philippine Statistics Authority. Thai buyers came.",
     [("Philippine Statistics Authority", "GOV", 1)], ["English", "Thai", "Statistics Authority"]),
    ("'Co.' after a company's name is its legal form, left out of the name", "en",
     "Kordium Leaf Co., based in Kelowna, lifted revenue 9% to C$148 million. Kordium Leaf sold more.",
     [("Kordium Leaf", "ORG", 2)], ["Kordium Leaf Co"]),
    ("a product named in apposition after its noun", "en",
     "Kordium AI raised $500 million. Its flagship assistant, Vantor, now has more than 2 million paying users.",
     [("Vantor", "PRODUCT", 1)], []),
    ("a region of the catalog after 'de' ends a company's name; a medium a column was written for is no subject",
     "fr",
     "Le semencier Graines de Beauce a été racheté. Laurent Vasseur avait appelé dans une tribune au quotidien "
     "Le Monde à conditionner les aides.",
     [("Graines de Beauce", "ORG", 1)], ["Graines", "Beauce"]),
    ("the first two words of a company's three-word name, later, are the same company", "en",
     "Hanseong Cell Solutions reported a profit of 1 trillion won. Shares of Hanseong Cell fell 2%.",
     [("Hanseong Cell Solutions", "ORG", 2)], ["Hanseong Cell"]),
    ("a lower-case head of a place or a prefecture, then 'de' and a name; 'de la' inside a name", "fr",
     "Le canal du Midi accueille 142 bateaux. La préfecture de la Haute-Garonne a validé le projet. Le préfet de la "
     "Seine-Maritime a parlé. Le groupe Carrières de la Vézère a vendu 3 millions de tonnes.",
     [("canal du Midi", "PLACE", 1), ("préfecture de la Haute-Garonne", "GOV", 1), ("Seine-Maritime", "PLACE", 1),
      ("Carrières de la Vézère", "ORG", 1)], ["Midi", "Vézère"]),
    ("a public body named by its lower-case head, 'de la' and its place; its acronym later is the same body", "fr",
     "Le conseil d'administration du Service départemental d'incendie et de secours de la Vézère a voté un budget "
     "de 78 millions d'euros. Le SDIS emploie 520 sapeurs-pompiers. Le préfet de la Vézère a salué le vote.",
     [("Service départemental d'incendie et de secours de la Vézère", "GOV", 2)], ["SDIS", "préfet de la Vézère"]),
    ("a live blog's label is no name; a company noun after a comma vouches for a name opening a sentence; "
     "a valley's river is a place", "fr",
     "EN DIRECT - Vantorel : pertes et suppressions de postes\n\n7h30 - Vantorel, spécialiste des flacons installé "
     "dans la vallée de la Bresle, a publié ses comptes.",
     [("Vantorel", "ORG", 2), ("Bresle", "PLACE", 1)], ["DIRECT", "EN DIRECT"]),
    ("a network's regional member is named by the network and its region", "fr",
     "Kordium a emprunté 12 millions d'euros à la Banque Populaire Grand Ouest. Il doit 4 millions d'euros à "
     "l'Urssaf Provence-Alpes-Côte d'Azur. La banque Crédit Maritime Ouest a versé 1 million d'euros.",
     [("Banque Populaire Grand Ouest", "ORG", 1), ("Urssaf Provence-Alpes-Côte d'Azur", "GOV", 1),
      ("Crédit Maritime Ouest", "ORG", 1)], ["Banque Populaire", "Urssaf", "Grand Ouest"]),
    ("a capitalized role alone and a currency code are no names", "en",
     "\"A strong year,\" said Chief Executive Officer Lena Varholm. Sales of CHF 1,642 million rose 6%.",
     [("Lena Varholm", "PERSON", 1)], ["Executive Officer", "Sales of CHF", "CHF"]),
    ("a country is named as the article writes it when its canonical name is not written", "en",
     "Unemployment in Ireland rose to 5.1% in March, the statistics office said.",
     [("Ireland", "PLACE", 1)], ["Irlande"]),
    ("a demonym after an article before a name is a person's nationality, not part of the name", "fr",
     "Le vainqueur, le Kényan Elias Kiprono, a couru vite. La compagnie Norwegian Air Shuttle a transporté les "
     "coureurs.",
     [("Elias Kiprono", "PERSON", 1), ("Norwegian Air Shuttle", "ORG", 1)], ["Kényan Elias Kiprono"]),
    ("a nationality after an elided article is no name either", "fr",
     "Le vainqueur, l'Argentin Tomás Verdaguer, empoche 98 000 euros. L'Argentin a gagné deux fois.",
     [("Tomás Verdaguer", "PERSON", 1)], ["Argentin", "Argentin Tomás Verdaguer"]),
    ("a one-word name opening a sentence is vouched for by a relative clause or a possessive role", "en",
     "\"Power is our biggest cost\": Brindlewick's chief executive on growth\n\nBrindlewick, which grows herbs indoors under "
     "LED lights, raised £40m last month.",
     [("Brindlewick", "ORG", 2)], ["LED"]),
    ("a stock index is an organisation, as the gold set types it", "en",
     "The FTSE 100 rose 0.4% on Tuesday.",
     [("FTSE 100", "ORG", 1)], []),
    ("a capitalized article inside a sentence opens the name; the name without it is the same", "fr",
     "Le festival Les Vortelles a fermé dimanche. Les Vortelles ont attiré 90 000 spectateurs. Selon Le Vigilant, "
     "la société La Corderie Neuve recrute.",
     [("Les Vortelles", "ORG", 2), ("Le Vigilant", "ORG", 1), ("La Corderie Neuve", "ORG", 1)], ["Vortelles"]),
    ("an unknown word then a region of the catalog is one company", "fr",
     "Le groupe Kordium a annoncé mercredi le rachat de Visiocar Méditerranée et de ses centres de contrôle. Le "
     "rachat de Visiocar Bretagne est bouclé depuis janvier. Orange Bretagne recrute des techniciens entre Paris "
     "et Bretagne.",
     [("Visiocar Méditerranée", "ORG", 1), ("Visiocar Bretagne", "ORG", 1), ("Bretagne", "PLACE", 2)], []),
    ("a capitalized word after a live blog's time stamp and dash opens a sentence", "fr",
     "18h45 – Prochaine étape : le vote du budget. 19h10 – Kordium présente ses comptes.",
     [("Kordium", "ORG", 1)], ["Prochaine"]),
    ("a capitalized word after a live blog's time stamp opens a sentence", "en",
     "07:02 Good morning. Kordium has reported revenue of €1.4 billion.\n\n07:10 Streaming brought in €980 "
     "million of that.\n\n07:24 Adjusted profit came in at €312 million.",
     [("Kordium", "ORG", 1)], ["Good", "Streaming", "Adjusted"]),
    ("a spaced dash parts a headline's label from the name after it", "fr",
     "EN DIRECT - Calvéo : suivez l'assemblée générale\n\nLes actionnaires de Calvéo votent ce matin.",
     [("Calvéo", "ORG", 2)], ["DIRECT - Calvéo"]),
    ("British institutional capitals are no names", "en",
     "Kordium reported higher sales. The Board proposes a final dividend, and the Chancellor told MPs that "
     "the Edwardian theatre would reopen.",
     [("Kordium", "ORG", 1)], ["Board", "Chancellor", "MPs", "Edwardian"]),
    ("a capitalized word after a figure's full stop opens a sentence", "en",
     "Kordium in numbers\n\n3.2 million. Tickets sold across the group, up 5%.",
     [("Kordium", "ORG", 1)], ["Tickets"]),
    ("'America' alone is the country", "en",
     "Avian flu has hit America's egg industry unevenly, unlike in Latin America.",
     [("États-Unis", "PLACE", 1), ("Latin America", "PLACE", 1)], ["America"]),
    ("an accented word that is no name does not hide its unaccented twin", "fr",
     "Le RC Côte Vermeille reste fragile. Côté tribunes, le club revendique 9 800 abonnés.",
     [("RC Côte Vermeille", "ORG", 1)], ["Côté", "RC", "Vermeille"]),
    ("a name after 'à' is a company when an apposition relates it to a group", "fr",
     "Le conseil a attribué son réseau de bus à Lobrane, filiale du groupe Transalpe. Lobrane achètera 84 bus.",
     [("Lobrane", "ORG", 2)], []),
    ("English counties are places; 'Yet' opens a sentence", "en",
     "Kordium runs works in Kent and Sussex. Yet Kordium lost money, said NHS England.",
     [("Kent", "PLACE", 1), ("Sussex", "PLACE", 1), ("NHS England", "GOV", 1), ("Kordium", "ORG", 2)], ["Yet Kordium"]),
    ("a name opening a sentence, called a company in apposition, is one; an adverb is not", "fr",
     "Se garer coûtera plus cher. Parkéo, la société d'économie mixte qui exploite les parkings, relève ses tarifs. "
     "Surtout, la société investit.",
     [("Parkéo", "ORG", 1)], ["Surtout"]),
    ("a lower-case institution head, 'de' and a name are one name", "fr",
     "Le centre hospitalier de Vaubrennes va investir. Vaubrennes emploie 3 450 agents. Le tribunal de commerce "
     "de Paris a validé le plan. L'aéroport de Rodez-Aveyron a grandi. C'est le premier centre hospitalier "
     "universitaire de France.",
     [("centre hospitalier de Vaubrennes", "ORG", 2), ("tribunal de commerce de Paris", "GOV", 1),
      ("aéroport de Rodez-Aveyron", "PRODUCT", 1), ("France", "PLACE", 1)],
     ["Vaubrennes", "Rodez", "Aveyron", "centre hospitalier universitaire de France"]),
    ("a generic head's name, alone later, is the same entity", "fr",
     "Parc Lumivert : une saison record. Le parc de loisirs Lumivert a accueilli 600 000 visiteurs.",
     [("Parc Lumivert", "ORG", 2)], ["Lumivert"]),
    ("a name always written with 's, once owning nothing, ends in 's", "en",
     "Brackwater Coffee is ahead of Kettleby's in the latte war. Kettleby's sales slipped, and Kettleby's, which is "
     "owned by a fund, is reviewing its menu. Brackwater's shops are full.",
     [("Kettleby's", "ORG", 3), ("Brackwater Coffee", "ORG", 2)], ["Kettleby"]),
    ("a name set off by commas after a role is a person", "fr",
     "Sa directrice générale, Maëlys Cadiou, détaille ses projets.",
     [("Maëlys Cadiou", "PERSON", 1)], []),
    ("a storm's name is no entity", "fr",
     "La tempête Oriane a frappé la Bretagne. Oriane a coûté cher aux assureurs.",
     [("Bretagne", "PLACE", 1)], ["Oriane", "Tempête Oriane"]),
    ("a hurricane's name is no entity", "en",
     "Hurricane Delphine struck Florida. Delphine caused damage.",
     [("Florida", "PLACE", 1)], ["Delphine", "Hurricane Delphine"]),
    ("a title between quotes is a work", "fr",
     "Le jeu « Brumes d'Argent » s'est vendu à 4 millions d'exemplaires chez Nébulane Studios.",
     [("Brumes d'Argent", "PRODUCT", 1), ("Nébulane Studios", "ORG", 1)], []),
    ("a public body's name ends with a place", "fr",
     "L'Université de Strasbourg a voté son budget. La Région Normandie aussi, comme les Hospices civils de Lyon.",
     [("Université de Strasbourg", "GOV", 1), ("Région Normandie", "GOV", 1), ("Hospices civils de Lyon", "GOV", 1)],
     ["Strasbourg", "Normandie", "Lyon", "Université", "Hospices"]),
    ("a company before its country is no place", "en",
     "Brackley Resources, Australia's fourth-largest miner, closed its Tarvelle Point terminal.",
     [("Brackley Resources", "ORG", 1), ("Tarvelle Point", "PRODUCT", 1)], []),
    ("a family's company is not its head", "fr",
     "Hélène Castelmoure dirige la maison depuis 2016. Chez Castelmoure, les ventes ont progressé.",
     [("Hélène Castelmoure", "PERSON", 1), ("Castelmoure", "ORG", 1)], []),
    ("an acronym in parentheses is the name before it", "fr",
     "Les Hospices civils de Lyon (HCL) ont bouclé l'exercice. L'ARS a accordé aux HCL une aide.",
     [("Hospices civils de Lyon", "GOV", 3)], ["HCL"]),
    ("a possessive before a measure vouches for a name opening a sentence", "en",
     "Brackley's revenue rose 9% to 2 billion euros. Today's figures matter.",
     [("Brackley", "ORG", 1)], ["Today"]),
    ("a name goes on after a dash with 'operative'", "en",
     "Brackley Dairy Co-operative raised its forecast. Brackley Dairy Co-operative pays farmers.",
     [("Brackley Dairy Co-operative", "ORG", 2)], ["Brackley Dairy Co"]),
    ("a ministry or an authority outside the catalog is a public body", "en",
     "The Ministry of Commerce said exports rose. The Prudential Regulation Authority fined a bank.",
     [("Ministry of Commerce", "GOV", 1), ("Prudential Regulation Authority", "GOV", 1)], []),
    ("a longer head of a name joins it", "en",
     "Brackley & Stone Insurance expects losses. Brackley & Stone posted a profit.",
     [("Brackley & Stone Insurance", "ORG", 2)], ["Brackley & Stone"]),
    ("a nationality is no name, but may open one", "en",
     "Copenhagen, March 20 - Danish container carrier Brackley Lines has ordered 12 ships, the company said. "
     "Norwegian Air Shuttle carried more passengers.",
     [("Brackley Lines", "ORG", 1), ("Norwegian Air Shuttle", "ORG", 1)], ["Danish"]),
    ("a plural possessive inside a name, a plus sign at its end", "en",
     "Returns at the Brackley Nurses' Pension Plan reached 6% last year, the fund said. Its members use an app, "
     "Brackley+, which now has 40,000 users.",
     [("Brackley Nurses' Pension Plan", "ORG", 1), ("Brackley+", "PRODUCT", 1)], ["Brackley Nurses", "Pension Plan"]),
    ("English public bodies: 'for' joins, 'and' before a body's words joins, a given name opening a body's name", "en",
     "The ferry group expects slower sales over Christmas, the Marine Management Organisation said. The Department "
     "for Transport and the Driver and Vehicle Standards Agency ordered checks.",
     [("Marine Management Organisation", "ORG", 1), ("Department for Transport", "GOV", 1),
      ("Driver and Vehicle Standards Agency", "GOV", 1)],
     ["Christmas", "Driver", "Department", "Transport", "Vehicle Standards Agency"]),
    ("a name coordinated with a place of the catalog is a place", "fr",
     "Le négociant emploie 140 personnes entre Bordeaux et Pauillac. Il investit dans un chai à Pauillac.",
     [("Pauillac", "PLACE", 2), ("Bordeaux", "PLACE", 1)], []),
    ("international bodies' names go on in lower case", "fr",
     "Le chômage au sens du Bureau international du travail recule. L'Organisation mondiale du commerce s'inquiète.",
     [("Bureau international du travail", "GOV", 1), ("Organisation mondiale du commerce", "GOV", 1)], ["Bureau"]),
    ("a minister's portfolio names no body; 'Haut' takes its noun in lower case", "fr",
     "La ministre de la Cohésion des territoires a parlé. Selon le Haut conseil au financement de la protection "
     "sociale, le déficit se creuse. Les communistes ou Insoumis votent contre.",
     [("Haut conseil au financement de la protection sociale", "ORG", 1)], ["Cohésion", "Haut", "Insoumis"]),
    ("an acronym before a place of the catalog names a regional service", "fr",
     "Les trains régionaux n'ont jamais été aussi fréquentés. TER Grand Est a transporté 41 millions de voyageurs, "
     "a annoncé la Région Grand Est. Le PIB France progresse.",
     [("TER Grand Est", "ORG", 1), ("Région Grand Est", "GOV", 1)], ["Grand Est", "PIB France"]),
    ("a statistics office named after its country is one body; a unit is no name", "en",
     "Canada's economy grew 0.6% in the third quarter, Statistics Canada said. The 5G band runs at 3.5 GHz.",
     [("Statistics Canada", "GOV", 1)], ["Statistics", "GHz"]),
    ("a name ending with 'Haute' takes no verb after it; peak watts are no name", "fr",
     "Le futur parc de Lande-Haute produira environ 720 GWh par an, pour une puissance de 540 MWc.",
     [("Lande-Haute", "ORG", 1)], ["Lande-Haute produira", "MWc"]),
    ("an apposition relating a name to another organisation vouches for it at a sentence start", "fr",
     "Le marché reste tendu. Brumevent, filiale de La Poste, a acheminé 512 millions de colis. Pourtant, la demande faiblit.",
     [("Brumevent", "ORG", 1), ("La Poste", "ORG", 1)], ["Pourtant"]),
    ("a geographic word opens a place's name", "en",
     "Ships diverted around the Cape of Good Hope after the attacks, the port's chief said. Output at the Mount "
     "Cardew mine rose.",
     [("Cape of Good Hope", "PLACE", 1), ("Mount Cardew", "PLACE", 1)], []),
    ("the Région with a capital is the institution, a place before Métropole is part of the name", "fr",
     "La Région Grand Est a voté son budget. La Région consacre 500 millions d'euros au rail. "
     "Angers Loire Métropole relève le prix de l'eau. Toulouse Métropole aussi.",
     [("Région Grand Est", "GOV", 2), ("Angers Loire Métropole", "GOV", 1), ("Toulouse Métropole", "GOV", 1)],
     ["Grand Est", "Angers", "Loire Métropole", "Toulouse"]),
    ("a public body's name goes on with 'de la' and a place of the catalog", "fr",
     "Le Département de la Haute-Savoie apportera une aide. L'Agence régionale de santé des Pays de la Loire versera 6,5 M€.",
     [("Département de la Haute-Savoie", "GOV", 1), ("Agence régionale de santé des Pays de la Loire", "GOV", 1)],
     ["Haute-Savoie", "Pays de la Loire", "Département"]),
    ("a place-name link between dashes; places after 'autour de' and 'usine de'; a striker is a person", "fr",
     "Les patients de Sablé-sur-Sarthe iront ailleurs. La grêle a ravagé 600 hectares autour de Puéchabon, "
     "près de son usine de Moirans. Le club a recruté l'attaquant Caio Menezes.",
     [("Sablé-sur-Sarthe", "PLACE", 1), ("Puéchabon", "PLACE", 1), ("Moirans", "PLACE", 1), ("Caio Menezes", "PERSON", 1)],
     []),
    ("a product named after the company named before stays apart from it", "fr",
     "La fintech lilloise Brivane a levé 35 millions d'euros. Son offre Brivane Plus compte 90 000 abonnés.",
     [("Brivane", "ORG", 1), ("Brivane Plus", "PRODUCT", 1)], []),
    ("an organisation's head noun, its adjective, then 'de' and a name", "fr",
     "Le Centre hospitalier du Val-de-Loir vote un budget de 248 millions d'euros. Les Ateliers navals de Kerhoët "
     "emploient 1 150 salariés.",
     [("Centre hospitalier du Val-de-Loir", "ORG", 1), ("Ateliers navals de Kerhoët", "ORG", 1)], ["Val-de-Loir", "Kerhoët"]),
    ("central banks and statistics offices of the catalog; 'Ses' opening a sentence is no company", "en",
     "The Reserve Bank of New Zealand cut its rate to 2.5%, after figures from Stats NZ showed output shrank. "
     "Ses ventes reculent.",
     [("Reserve Bank of New Zealand", "GOV", 1), ("Stats NZ", "GOV", 1)], ["SES", "Reserve Bank"]),
    ("a one-word name of the catalog opening a sentence is confirmed by a verb after it", "fr",
     "Le marché recule. Tesla n'a écoulé que 1 200 voitures. Total des ventes : 5 M€.",
     [("Tesla", "ORG", 1)], ["Total", "TotalEnergies"]),
    ("the digits of an amount are no catalog name", "fr",
     "Le coût de l'intérim a bondi à 7,3 M€ l'an dernier chez Kordium. Le groupe 3M a annoncé 3 000 suppressions.",
     [("3M", "ORG", 1)], []),
    ("a name of two words or more before 'and' is whole", "en",
     "The round was led by Balderton Capital and Octopus Ventures. Marks and Spencer agreed.",
     [("Balderton Capital", "ORG", 1), ("Octopus Ventures", "ORG", 1)], ["Balderton Capital and Octopus Ventures"]),
]


def extract(lang, date, text):
    p = subprocess.run([FACTMINE, "extract", "--catalog", CATALOG, "--lang", lang, "--date", date],
                       input=text, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(p.stderr)
    return json.loads(p.stdout)


def facts_of(lang, date, text):
    return extract(lang, date, text)["facts"]


def amount(f):
    q = f["quantity"]
    return q["value"] if q["value"] is not None else q["low"]


def summary(f, facts):
    q = f["quantity"]
    value = amount(f)
    return {
        "subject": f["subject"]["id"] if f["subject"] else None,
        "predicate": f["predicate"],
        "value": value,
        "qualifier": q["qualifier"],
        "unit": q["unit"],
        "period": f["period"]["value"] if f["period"] else None,
        "scope": f["scope"]["id"] if f.get("scope") else None,
        "attributed_to": f["attributed_to"]["name"] if f["attributed_to"] else None,
        "object": f["object"]["id"] if f["object"] else None,
        # the value of the total the fact is a part of
        "part_of": amount(facts[f["part_of"]]) if f.get("part_of") is not None else None,
    }


def matches(want, got):
    for k, v in want.items():
        g = got.get(k)
        if isinstance(v, float) or isinstance(v, int):
            if g is None or abs(float(g) - v) > 1e-9 * max(1.0, abs(v)):
                return False
        elif g != v:
            return False
    return True


failures = 0
for name, lang, date, text, expected in CASES:
    facts = facts_of(lang, date, text)
    got = [summary(f, facts) for f in facts]
    ok = True
    for want in expected:
        if want.get("absent"):
            # a fact that must not come out
            unwanted = {k: v for k, v in want.items() if k != "absent"}
            if any(matches(unwanted, g) for g in got):
                ok = False
                print(f"FAIL {name}: unwanted fact {unwanted}\n     got {got}")
        elif not any(matches(want, g) for g in got):
            ok = False
            print(f"FAIL {name}: no fact {want}\n     got {got}")
    if not expected and any(g["value"] == 8 for g in got):
        ok = False
        print(f"FAIL {name}: a multiplier became a fact: {got}")
    if ok:
        print(f"ok   {name}")
    failures += 0 if ok else 1

for name, lang, text, wanted, unwanted in ENTITY_CASES:
    got = {e["name"]: e for e in extract(lang, "2025-10-16", text)["entities"]}
    ok = True
    for ename, etype, mentions in wanted:
        e = got.get(ename)
        if e is None or e["type"] != etype or len(e["mentions"]) != mentions:
            ok = False
            print(f"FAIL {name}: no {etype} {ename!r} with {mentions} mention(s); got "
                  f"{[(k, v['type'], len(v['mentions'])) for k, v in got.items()]}")
    for ename in unwanted:
        if ename in got:
            ok = False
            print(f"FAIL {name}: {ename!r} should not be an entity")
    if ok:
        print(f"ok   {name}")
    failures += 0 if ok else 1

print(f"\n{failures} failure(s)")
sys.exit(1 if failures else 0)
