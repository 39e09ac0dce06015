# Les mots de Kalkan, en français. Mêmes identifiants et mêmes variables que `en.ftl`.
# La typographie française (espaces insécables avant : ; ? ! % et à l'intérieur des « ») est
# appliquée par le cœur au formatage : écrire ici des espaces ordinaires.

## Documents et mots communs

list-separator = ,{" "}
at-line-column = ligne { $line }, colonne { $column }
whole-document = (document)

## Erreurs : un message par code d'erreur, avec les détails du problème comme variables

error-malformed_json = { $reason ->
    [eof] le texte s'arrête avant la fin du document
    [trailing] des caractères suivent la fin du document
    [expected-value] une valeur était attendue
    [expected-colon] un « : » était attendu après une clé
    [expected-comma] une virgule ou un crochet fermant était attendu
    [key-not-string] une clé d'objet doit être une chaîne entre guillemets droits
    [invalid-string] une chaîne contient un échappement ou un caractère de contrôle invalide
    [invalid-number] un nombre est invalide ou trop grand
    [too-deep] le document est trop profondément imbriqué
    [encoding] le texte n'est pas en UTF-8
   *[other] le texte n'est pas du JSON valide
}
error-invalid_structure = { $problem ->
    [missing_field] le champ `{ $field }` est absent
    [unknown_field] le champ `{ $field }` n'est pas admis ici ; champs admis : { $expected }
    [duplicate_field] le champ `{ $field }` apparaît plusieurs fois
    [invalid_type] { $expected ->
            [string] un texte
            [integer] un nombre entier
            [unsigned] un nombre entier positif ou nul
            [number] un nombre
            [boolean] vrai ou faux
            [null] rien (null)
            [array] une liste
            [object] un objet
            [date] une date
           *[other] { $expected }
        } était attendu, trouvé : { $found ->
            [string] un texte
            [integer] un nombre entier
            [unsigned] un nombre entier positif ou nul
            [number] un nombre
            [boolean] vrai ou faux
            [null] rien (null)
            [array] une liste
            [object] un objet
            [date] une date
           *[other] { $found }
        }
    [invalid_value] { $expected ->
            [string] un texte
            [integer] un nombre entier
            [unsigned] un nombre entier positif ou nul
            [number] un nombre
            [boolean] vrai ou faux
            [null] rien (null)
            [array] une liste
            [object] un objet
            [date] une date
           *[other] { $expected }
        } était attendu, trouvé : { $found ->
            [string] un texte
            [integer] un nombre entier
            [unsigned] un nombre entier positif ou nul
            [number] un nombre
            [boolean] vrai ou faux
            [null] rien (null)
            [array] une liste
            [object] un objet
            [date] une date
           *[other] { $found }
        }
    [invalid_length] { $expected ->
            [string] un texte
            [integer] un nombre entier
            [unsigned] un nombre entier positif ou nul
            [number] un nombre
            [boolean] vrai ou faux
            [null] rien (null)
            [array] une liste
            [object] un objet
            [date] une date
           *[other] { $expected }
        } était attendu, trouvé : { $found ->
            [string] un texte
            [integer] un nombre entier
            [unsigned] un nombre entier positif ou nul
            [number] un nombre
            [boolean] vrai ou faux
            [null] rien (null)
            [array] une liste
            [object] un objet
            [date] une date
           *[other] { $found }
        }
    [unknown_variant] `{ $found }` n'est pas admis ici ; valeurs attendues : { $expected }
    [not_json] cette valeur ne peut pas s'écrire en JSON
    [unknown_document] impossible de savoir de quel document il s'agit : un référentiel a `groups` et `scales`, une évaluation a `framework`, `subject` et `responses`
    [score_report] ceci est un rapport de score, pas un référentiel ni une évaluation : scorez l'évaluation dont il provient
    [not_an_object] un objet JSON (un référentiel ou une évaluation) était attendu
   *[other] le document n'a pas la forme attendue
}
error-invalid_id = { $what ->
    [framework] l'identifiant de référentiel `{ $id }` doit être un « slug » : lettres minuscules, chiffres et un seul `-` entre les mots
    [group] l'identifiant de groupe `{ $id }` doit compter de 1 à 64 caractères, sans espace
    [control] l'identifiant de mesure `{ $id }` doit compter de 1 à 64 caractères, sans espace
    [scale] l'identifiant d'échelle `{ $id }` doit compter de 1 à 64 caractères, sans espace
    [option] l'identifiant d'option `{ $id }` doit compter de 1 à 64 caractères, sans espace
    [profile] l'identifiant de profil `{ $id }` doit compter de 1 à 64 caractères, sans espace
   *[other] l'identifiant `{ $id }` doit compter de 1 à 64 caractères, sans espace
}
error-invalid_version = `{ $version }` n'est pas une version sémantique telle que `1.0.0`
error-invalid_date = { $allowed ->
    [date_or_timestamp] `{ $value }` n'est ni une date au format AAAA-MM-JJ ni un horodatage RFC 3339
   *[date] `{ $value }` n'est pas une date au format AAAA-MM-JJ
}
error-duplicate_id = { $what ->
    [scale] l'identifiant d'échelle `{ $id }` est déclaré plusieurs fois
    [option] l'identifiant d'option `{ $id }` apparaît plusieurs fois dans l'échelle `{ $scale }`
    [level] le niveau { $id } est déclaré plusieurs fois
    [group] l'identifiant `{ $id }` est déjà utilisé en `{ $first }`
    [control] l'identifiant `{ $id }` est déjà utilisé en `{ $first }`
    [profile] l'identifiant de profil `{ $id }` est déclaré plusieurs fois
    [group_target] le groupe `{ $id }` est ciblé plusieurs fois dans le profil `{ $profile }`
    [control_target] la mesure `{ $id }` est ciblée plusieurs fois dans le profil `{ $profile }`
    [response] la mesure `{ $id }` a reçu plusieurs réponses
   *[other] l'identifiant `{ $id }` est utilisé plusieurs fois
}
error-unknown_scale = l'échelle `{ $scale }` n'est pas déclarée ; échelles déclarées : { $known }
error-empty_scale = l'échelle `{ $scale }` doit comporter au moins une option
error-undeclared_level = le niveau { $level } n'est pas déclaré ; { $known_count ->
    [0] le référentiel ne déclare aucun niveau
   *[other] niveaux déclarés : { $known }
}
error-invalid_level = les niveaux sont numérotés à partir de 1 ; le niveau 0 signifie qu'aucun niveau n'est atteint et reste implicite
error-invalid_weight = un poids doit être un nombre fini supérieur à 0, trouvé : `{ $weight }`
error-credit_out_of_range = un crédit doit être compris entre 0 et 1, trouvé : `{ $credit }`
error-empty_group = { $what ->
    [framework] un référentiel doit comporter au moins un groupe
   *[group] le groupe `{ $group }` doit contenir au moins une mesure ou un sous-groupe
}
error-missing_english = un texte en anglais (`en`) est obligatoire
error-missing_translation = il manque à ce texte : { $missing }
error-unknown_group = le groupe `{ $group }` n'existe pas dans ce référentiel
error-unknown_control = { $what ->
    [response] la mesure `{ $control }` n'existe pas dans { $framework } { $version }
   *[control_target] la mesure `{ $control }` n'existe pas dans ce référentiel
}
error-framework_mismatch = l'évaluation répond au référentiel `{ $found }`, `{ $expected }` était attendu
error-invalid_version_requirement = `{ $requirement }` n'est pas une exigence de version telle que `^1.0` ou `1.2`
error-version_not_satisfied = la version { $version } du référentiel ne satisfait pas l'exigence `{ $requirement }`
error-unknown_option = l'option `{ $option }` ne fait pas partie de l'échelle de la mesure ; options attendues : { $known }
error-unknown_profile = le profil `{ $profile }` n'existe pas ; { $known_count ->
    [0] le référentiel ne déclare aucun profil
   *[other] profils déclarés : { $known }
}
error-no_profile = aucun profil cible n'a été indiqué : indiquez-en un, ou renseignez `profile` dans l'évaluation ; { $known_count ->
    [0] le référentiel ne déclare aucun profil
   *[other] profils déclarés : { $known }
}
error-invalid_country = `{ $country }` n'est pas un code pays ISO 3166-1 alpha-2 tel que `TR` ou `MA`
error-missing_subject = l'entité évaluée doit avoir un nom
error-framework_not_found = aucun référentiel `{ $id }` ne satisfait l'exigence de version `{ $requirement }`{ $available_count ->
    [0] {""}
   *[other] {" "}(disponibles : { $available })
}
error-conflicting_framework = le référentiel `{ $id }` en version `{ $version }` est déjà enregistré avec un autre contenu
error-subject_mismatch = les documents portent sur des entités différentes : `{ $found }`, attendu `{ $expected }`
error-version_mismatch = les rapports relèvent de versions majeures différentes du référentiel : { $found }, attendu { $expected }
error-missing_respondent = l'évaluation ne nomme aucun évaluateur, son répondant est donc inconnu : ajoutez `assessor` avec un nom (et un `id` ou un `email` pour distinguer les homonymes)
error-duplicate_respondent = le répondant `{ $respondent }` a déjà répondu (évaluation { $first }) ; chaque répondant fournit une seule évaluation
error-nothing_given = aucun{ $what ->
    [assessments] e évaluation n'a été fournie
    [reports] rapport n'a été fourni
   *[other] document n'a été fourni
    }
error-invalid_argument = `{ $value }` n'est pas admis pour { $argument } ; attendu : { $expected }
error-unreadable = impossible de lire `{ $path }` : { $reason }
error-internal = erreur interne de Kalkan (merci de la signaler) : { $reason }

## Erreurs entières

error-parse = { $problem_code ->
    [malformed_json] { $document ->
            [framework] le référentiel
            [assessment] l'évaluation
            [adjudication] l'arbitrage
           *[report] le rapport
        } n'est pas du JSON bien formé : { $first }
   *[other] { $pointer_is_root ->
        [yes] { $document ->
            [framework] le référentiel
            [assessment] l'évaluation
            [adjudication] l'arbitrage
           *[report] le rapport
        } n'a pas la forme attendue : { $first }
       *[no] { $document ->
            [framework] le référentiel
            [assessment] l'évaluation
            [adjudication] l'arbitrage
           *[report] le rapport
        } n'a pas la forme attendue en `{ $pointer }` : { $first }
    }
}
error-invalid = { $document ->
            [framework] le référentiel
            [assessment] l'évaluation
            [adjudication] l'arbitrage
           *[report] le rapport
        } n'est pas valide : { $count ->
    [one] 1 problème
   *[other] { $count } problèmes
    }, premier : { $first }

## Avertissements des rapports

warning-incomplete = mesures sans réponse : { $unanswered } sur { $controls } ; elles comptent comme non satisfaites
warning-nothing_applicable = toutes les mesures sont déclarées sans objet : il n'y a ni indice, ni conformité, ni niveau

## La revue nationale (fusion, comparaison, tendance, agrégation, anonymisation)

review-benchmark-title = Étalonnage : { $framework }
review-comparison-title = Ce qui a changé : { $subject }
review-trend-title = Tendance : { $subject }
review-merge-title = Évaluation fusionnée : { $subject }
review-framework = Référentiel
review-versions = Versions évaluées
review-k = Plus petite cohorte publiée
review-subjects = Entités
review-cohort = Cohorte
review-everyone = Toutes les entités
review-not-stated = non indiqué
review-suppressed = masqué
review-suppressed-note = Masqué : moins de { $k } entités, ou masqué pour qu'une cohorte masquée ne puisse être recalculée à partir des totaux.
review-withheld = masqué
review-group = Groupe
review-measure = Mesure
review-index = Indice
review-compliance = Conformité
review-level = Niveau
review-no-level = aucun niveau
review-min = Minimum
review-q1 = Premier quartile
review-median = Médiane
review-q3 = Troisième quartile
review-max = Maximum
review-mean = Moyenne
review-n-values = Valeurs
review-box-cohorts = Indice par cohorte (référentiel entier)
review-box-groups = Indice par groupe, toutes les entités
review-heat-levels = Niveau de maturité atteint, part de chaque cohorte
review-medians = Indice médian par cohorte et par groupe
review-quantile-note = Quartiles par la méthode linéaire (comme les calculent numpy et pandas) ; la moyenne est la somme exactement arrondie divisée par le nombre de valeurs.
review-placement-title = Position de { $subject }
review-peers-everyone = toutes les entités
review-peers-cohort = la cohorte { $cohort }
review-placement-summary = Par rapport à { $peers } : au-dessus de la médiane dans { $above } groupes sur { $compared }, à la médiane dans { $at }, en dessous dans { $below }.
review-placement-suppressed = Par rapport à { $peers } : pas de position, la cohorte est masquée.
review-percentile-rank = Rang centile
review-position-above = au-dessus de la médiane
review-position-at = à la médiane
review-position-below = en dessous de la médiane
review-subject-index = Indice de { $subject }
review-before = Avant
review-after = Après
review-change = Évolution
review-control = Mesure de sécurité
review-date = Date
review-changes-summary = Mesures qui ont évolué
review-change-improved = en progrès
review-change-regressed = en recul
review-change-unchanged = inchangée
review-change-mixed = contrastée
review-change-newly_answered = nouvellement renseignée
review-change-no_longer_answered = plus renseignée
review-change-applicability = applicabilité modifiée
review-change-added = ajoutée
review-change-removed = retirée
review-trend-chart = { $group } : indice dans le temps
review-trend-table = Indice dans le temps
review-rule = Règle
review-rule-consensus = consensus
review-rule-minimum = minimum
review-rule-median = médiane
review-rule-majority = majorité
review-respondents = Répondants
review-respondent = Répondant
review-answer = Réponse
review-notes = Remarques
review-adjudicator = Arbitre
review-conflicts = Désaccords
review-settled = tranché : { $option }
review-unsettled = laissé sans réponse
review-no-conflicts = Aucun désaccord : la règle a tranché chaque mesure renseignée par les répondants.
review-merge-summary = Fusion par la règle { $rule } : { $carried } mesures renseignées, { $conflicts } désaccords ({ $settled } tranchés par arbitrage).
review-anonymized = Évaluations anonymisées écrites : { $count }.
review-failed = Évaluations impossibles à noter : { $failed } sur { $total }.
review-written = Écrit : { $path }
review-generated-by = Produit par Kalkan { $version }
