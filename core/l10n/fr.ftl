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
    [yaml] le texte n’est pas du YAML valide
   *[other] le texte n'est pas du JSON valide
}
error-invalid_structure = { $problem ->
    [missing_field] le champ `{ $field }` est absent
    [unknown_field] le champ `{ $field }` n'est pas admis ici ; champs admis : { $expected }
    [duplicate_field] le champ `{ $field }` apparaît plusieurs fois
    [invalid_type] { $expected ->
            [string] un texte
            [document] un texte JSON ou un objet
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
            [document] un texte JSON ou un objet
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
            [document] un texte JSON ou un objet
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
            [document] un texte JSON ou un objet
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
            [document] un texte JSON ou un objet
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
            [document] un texte JSON ou un objet
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
    [not_json] { $reason ->
        [too_deep] cette valeur est imbriquée sur plus de 128 niveaux
        [integer_too_large] ce nombre entier ne tient pas sur 64 bits
        [not_finite] ce nombre n'est pas fini (JSON n'a ni NaN ni infini)
        [not_unicode] ce texte n'est pas de l'Unicode valide
        [key_not_string] les clés d'un objet doivent être des textes
        [unsupported_type] cette valeur ne peut pas s'écrire en JSON ; attendu : un dict, une liste, un str, un int, un float, un bool ou None
       *[other] cette valeur ne peut pas s'écrire en JSON
    }
    [not_oscal_catalog] un catalogue OSCAL était attendu : un objet JSON avec `catalog`
    [not_oscal_profile] un profil OSCAL était attendu : un objet JSON avec `profile`
    [not_xlsx] un classeur Excel (`.xlsx`) était attendu
    [not_kalkan_workbook] ce classeur n’a pas été écrit par Kalkan : sa feuille `Kalkan` manque ou est abîmée
    [not_ciso_library] une bibliothèque CISO Assistant était attendue : un dictionnaire YAML avec `urn` et `objects`
    [not_ciso_framework] cette bibliothèque CISO Assistant ne contient pas de référentiel (`objects.framework`) ; une bibliothèque de correspondances se lit avec l’import de correspondances
    [not_ciso_mapping] cette bibliothèque CISO Assistant ne contient pas d’ensemble de correspondances (`objects.requirement_mapping_set` ou `requirement_mapping_sets`)
    [unknown_document] impossible de savoir de quel document il s'agit : un référentiel a `groups` et `scales`, une évaluation a `framework`, `subject` et `responses`, une correspondance a `source`, `target` et `maps`
    [score_report] ceci est un rapport de score, pas un référentiel ni une évaluation : scorez l'évaluation dont il provient
    [not_an_object] un objet JSON (un référentiel, une évaluation ou une correspondance) était attendu
   *[other] le document n'a pas la forme attendue
}
error-invalid_id = { $what ->
    [framework] l'identifiant de référentiel `{ $id }` doit être un « slug » : lettres minuscules, chiffres et un seul `-` entre les mots
    [group] l'identifiant de groupe `{ $id }` doit compter de 1 à 64 lettres, chiffres ou `.` `-` `_` `:` `(` `)`, en Unicode NFC, sans espace ni caractère de contrôle ou de balisage
    [control] l'identifiant de mesure `{ $id }` doit compter de 1 à 64 lettres, chiffres ou `.` `-` `_` `:` `(` `)`, en Unicode NFC, sans espace ni caractère de contrôle ou de balisage
    [scale] l'identifiant d'échelle `{ $id }` doit compter de 1 à 64 lettres, chiffres ou `.` `-` `_` `:` `(` `)`, en Unicode NFC, sans espace ni caractère de contrôle ou de balisage
    [option] l'identifiant d'option `{ $id }` doit compter de 1 à 64 lettres, chiffres ou `.` `-` `_` `:` `(` `)`, en Unicode NFC, sans espace ni caractère de contrôle ou de balisage
    [profile] l'identifiant de profil `{ $id }` doit compter de 1 à 64 lettres, chiffres ou `.` `-` `_` `:` `(` `)`, en Unicode NFC, sans espace ni caractère de contrôle ou de balisage
   *[other] l'identifiant `{ $id }` doit compter de 1 à 64 lettres, chiffres ou `.` `-` `_` `:` `(` `)`, en Unicode NFC, sans espace ni caractère de contrôle ou de balisage
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
    [map] la paire `{ $id }` figure plusieurs fois (la première en `{ $first }`)
   *[other] l'identifiant `{ $id }` est utilisé plusieurs fois
}
error-unknown_scale = l'échelle `{ $scale }` n'est pas déclarée ; échelles déclarées : { $known }
error-invalid_encoding = { $encoding ->
    [utf-8] le texte n'est pas en UTF-8 valide (premier octet invalide à la position { $offset }) ; enregistrez le fichier en UTF-8
   *[other] le texte est encodé en { $encoding }, pas en UTF-8 ; enregistrez le fichier en UTF-8
}
error-input_too_large = le document fait { $size } octets, au-delà de la limite de { $limit } octets
error-too_deep = le document est imbriqué sur plus de { $limit } niveaux
error-too_many = { $what ->
    [groups] le référentiel compte { $count } groupes, au-delà de la limite de { $limit }
    [controls] le référentiel compte { $count } mesures, au-delà de la limite de { $limit }
    [options] l'échelle compte { $count } options, au-delà de la limite de { $limit }
    [responses] l'évaluation compte { $count } réponses, au-delà de la limite de { $limit }
   *[other] il y a { $count } éléments, au-delà de la limite de { $limit }
}
error-text_too_long = le texte compte { $length } caractères, au-delà de la limite de { $limit }
error-unsafe_text = { $reason ->
    [bidi] le texte contient un contrôle de direction `{ $char }` (au caractère { $position }) qui n'est pas refermé, ou ne referme rien : il pourrait inverser le texte qui le suit
   *[control] le texte contient un caractère de contrôle `{ $char }` (au caractère { $position }) ; seuls la tabulation et les sauts de ligne sont admis
}
error-too_many_problems = { $dropped } autres problèmes ne sont pas listés (seuls les { $limit } premiers le sont)
error-no_applicable_option = l'échelle `{ $scale }` doit comporter au moins une option autre que « non applicable »
error-dates_out_of_order = l'évaluation a été achevée ({ $completed }) avant d'avoir commencé ({ $started })
error-empty_scale = l'échelle `{ $scale }` doit comporter au moins une option
error-undeclared_level = le niveau { $level } n'est pas déclaré ; { $known_count ->
    [0] le référentiel ne déclare aucun niveau
   *[other] niveaux déclarés : { $known }
}
error-invalid_level = les niveaux sont numérotés à partir de 1 ; le niveau 0 signifie qu'aucun niveau n'est atteint et reste implicite
error-invalid_weight = un poids doit être un nombre fini supérieur à 0 et au plus égal à { $max }, trouvé : `{ $weight }`
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
    [mapping_source] la mesure source `{ $control }` n'existe pas dans { $framework } { $version }
    [mapping_target] la mesure cible `{ $control }` n'existe pas dans { $framework } { $version }
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
error-unreadable = impossible de lire `{ $path }` : { $reason }
error-invalid_argument = l'argument `{ $argument }` doit être { $expected }, trouvé : `{ $found }`{ $reason ->
    [none] {""}
   *[other] {" "}({ $reason })
}
error-mapping_mismatch = { $side ->
    [source] la correspondance part du référentiel `{ $found }`, `{ $expected }` était attendu
   *[target] la correspondance mène au référentiel `{ $found }`, `{ $expected }` était attendu
}
error-no_mapping = il n'existe aucune correspondance de { $source } vers { $target } : fournissez-en une (un document de correspondance), ou migrez entre deux versions d'un même référentiel
error-different_frameworks = `{ $old }` et `{ $new }` sont deux référentiels différents : une comparaison porte sur deux versions d'un même référentiel
error-internal = erreur interne de Kalkan (merci de la signaler) : { $reason }

## Erreurs entières

error-parse = { $problem_code ->
    [malformed_json] { $document ->
            [framework] le référentiel
            [assessment] l'évaluation
            [mapping] la correspondance
            [adjudication] l'arbitrage
           *[report] le rapport
        } n'est pas du JSON bien formé : { $first }
   *[other] { $pointer_is_root ->
        [yes] { $document ->
            [framework] le référentiel
            [assessment] l'évaluation
            [mapping] la correspondance
            [adjudication] l'arbitrage
           *[report] le rapport
        } n'a pas la forme attendue : { $first }
       *[no] { $document ->
            [framework] le référentiel
            [assessment] l'évaluation
            [mapping] la correspondance
            [adjudication] l'arbitrage
           *[report] le rapport
        } n'a pas la forme attendue en `{ $pointer }` : { $first }
    }
}
error-invalid = { $document ->
            [framework] le référentiel
            [assessment] l'évaluation
            [mapping] la correspondance
            [adjudication] l'arbitrage
           *[report] le rapport
        } n'est pas valide : { PLURAL($count) ->
    [one] 1 problème
   *[other] { $count } problèmes
    }, premier : { $first }

## Avertissements des rapports

warning-incomplete = mesures sans réponse : { $unanswered } sur { $controls } ; elles comptent comme non satisfaites
warning-nothing_applicable = toutes les mesures sont déclarées sans objet : il n'y a ni indice, ni conformité, ni niveau

## Les mots autour des résultats : rapports (HTML, Markdown, texte), ligne de commande, page

labelled = { $label } : { $value }
label-colon = { $label } :
report-title = Rapport d'auto-évaluation de la cybersécurité
executive-summary = Synthèse
charts = Résultats en un coup d'œil
results-by-group = Résultats par groupe
controls-by-group = Mesures par groupe
prioritized-gaps = Écarts par ordre de priorité
top-gaps = Principaux écarts
top-gaps-for = Principaux écarts ({ $profile })
warnings = Avertissements
about-framework = Référentiel utilisé
framework = Référentiel
framework-id = Identifiant
version = Version
digest = Empreinte du contenu
publisher = Éditeur
license = Licence
source = Source
released = Publication
subject = Entité évaluée
subject-kind = Type
country = Pays
sector = Secteur
assessor = Évaluateur
period = Période d'évaluation
target-profile = Profil cible
no-target-profile = Aucun profil cible n'a été indiqué : pas d'analyse des écarts (indiquez-en un avec --target).
group = Groupe
control = Mesure
title = Intitulé
level = Niveau
index = Indice
compliance = Conformité
completeness = Complétude
target = Cible
answer = Réponse
status = État
notes = Notes et preuves
status-met = Satisfaite
status-not-met = Non satisfaite
status-not-applicable = Sans objet
status-unanswered = Sans réponse
maturity-level = Niveau de maturité
index-headline = Indice (0-100)
level-of = { $n } sur { $total }
no-level-reached = Aucun niveau atteint
no-level = Aucun niveau : aucune mesure applicable ne porte de niveau
no-value = Non disponible : rien d'applicable
targets-reached = Cibles de groupe atteintes
gap-count = Mesures exigées non satisfaites
strongest = Groupe le plus solide
weakest = Groupe le plus faible
no-gaps = Aucun écart : toutes les mesures exigées par la cible sont satisfaites.
reached = Atteinte
not-reached = Non atteinte
radar-title = Indice par groupe (0-100)
bars-title = Niveau de maturité par groupe, par rapport à la cible
current-level = Niveau actuel
target-level = Niveau cible
levels-legend = Niveaux de maturité
no-levels-chart = Ce référentiel n'utilise pas de niveaux de maturité.
why-required = Exigée par
by-target-level = niveau cible { $level }
by-profile = citée dans le profil
more-gaps = { PLURAL($count) ->
    [one] … et { $count } autre
   *[other] … et { $count } autres
}
generated-by = Généré par Kalkan { $version }
priority = Priorité
file = Fichier
result = Résultat
questions-count = { PLURAL($count) ->
    [one] { $count } question
   *[other] { $count } questions
}

## Types d'entités, et résultat présenté en premier

kind-ministry = Ministère
kind-agency = Agence
kind-organisation = Autre organisme
kind-country = Pays (évaluation nationale)
kind-operator = Opérateur de services essentiels
headline-level = Niveau de maturité
headline-index = Indice
headline-compliance = Conformité

## Le questionnaire dans le terminal

questionnaire = Questionnaire
question-count = Question { $n } sur { $total }
resuming = Reprise : { PLURAL($answered) ->
    [one] { $answered } question sur { $total } a déjà une réponse.
   *[other] { $answered } questions sur { $total } ont déjà une réponse.
    }
answer-prompt = Réponse [1-{ $max }, s passer, n note, ? conseils, q quitter] :
invalid-choice = Tapez un nombre de 1 à { $max }, ou s, n, ? ou q.
note-prompt = Note :
note-kept = Note conservée ; elle sera enregistrée avec la réponse.
note-dropped = La note n'a pas été enregistrée : les notes sont enregistrées avec une réponse.
statement = Ce qui est attendu
guidance = Conseils
no-guidance = Cette mesure n'a pas de conseils.
saved = Enregistré (réponses : { $answered } sur { $total }).
skipped = Question passée.
stopped = Arrêt (réponses : { $answered } sur { $total }), enregistré dans { $file }. Relancez la même commande pour continuer.
finished = Questionnaire terminé (réponses : { $answered } sur { $total }), enregistré dans { $file }.
nothing-to-ask = Toutes les questions ont déjà une réponse.
subject-prompt = Nom de l'entité évaluée :
subject-required = Un nom est requis.
nothing-saved = Arrêt avant le début de l'évaluation : rien n'a été enregistré.

## Sortie de la validation

validate-valid = { $document ->
    [framework] référentiel valide
    [assessment] évaluation valide
   *[other] document valide
}
validate-invalid = { $document ->
    [framework] référentiel non valide
    [assessment] évaluation non valide
   *[other] document non valide
}
validate-against = par rapport à { $framework }
error-count = { PLURAL($count) ->
    [one] { $count } erreur
   *[other] { $count } erreurs
}
warning-count = { PLURAL($count) ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
}
problem-error = erreur
problem-warning = avertissement
validate-summary = { PLURAL($files) ->
    [one] { $files } fichier
   *[other] { $files } fichiers
    } : { PLURAL($valid) ->
    [one] { $valid } valide
   *[other] { $valid } valides
    }, { PLURAL($invalid) ->
    [one] { $invalid } non valide
   *[other] { $invalid } non valides
    }
cannot-read-file = impossible de lire `{ $path }` : { $reason }
not-a-document = ni un référentiel ni une évaluation
score-batch-summary = { $scored } { PLURAL($total) ->
    [one] fichier évalué sur { $total }
   *[other] fichiers évalués sur { $total }
    } ; échecs : { $failed }

## Référentiels

no-builtin-frameworks = Aucun référentiel intégré.
column-id = Identifiant
column-version = Version
column-groups = Groupes
column-controls = Mesures
column-levels = Niveaux
column-profiles = Profils
column-title = Intitulé
levels = Niveaux
scales = Échelles
profiles = Profils
groups-and-controls = Groupes et mesures
credit = crédit { $credit }
meets = satisfait la mesure
weight = poids { $weight }
target-group = { $group } ≥ { $level }
target-control = { $control } satisfaite
controls-count = { PLURAL($count) ->
    [one] { $count } mesure
   *[other] { $count } mesures
}

## Refus propres à la ligne de commande

output-other-framework = { $file } répond à un autre référentiel que { $framework } { $version } ; choisissez un autre fichier de sortie avec -o
output-invalid-assessment = { $file } n'est pas une évaluation valide de { $framework } { $version } ({ PLURAL($count) ->
    [one] { $count } problème
   *[other] { $count } problèmes
    }) ; corrigez-la ou choisissez un autre fichier de sortie avec -o
new-assessment-invalid = la nouvelle évaluation ne serait pas valide
document-invalid = { $document ->
    [framework] le référentiel
    [assessment] l'évaluation
   *[other] le document
    } n'est pas valide ({ PLURAL($count) ->
    [one] { $count } problème
   *[other] { $count } problèmes
    })
document-unreadable = { $document ->
    [framework] le référentiel
    [assessment] l'évaluation
   *[other] le document
    } n'est pas du JSON de la forme attendue
headline = Résultat principal
## Comparaison de versions (`kalkan diff`) et journal des modifications

diff-heading = { $id } : { $old } → { $new }
diff-counts = modifications par catégorie : incompatibles { $breaking }, ajouts { $additive }, rédactionnelles { $editorial }
diff-none = aucune modification
diff-class-heading = { $class ->
    [breaking] Modifications incompatibles (version majeure requise)
    [additive] Ajouts (version mineure requise)
   *[editorial] Modifications rédactionnelles (version corrective requise)
}
bump-name = { $bump ->
    [major] une version majeure
    [minor] une version mineure
    [patch] une version corrective
   *[none] aucune nouvelle version
}
diff-check-ok = contrôle de version réussi : les modifications exigent { $required ->
    [major] une version majeure
    [minor] une version mineure
    [patch] une version corrective
   *[none] aucune nouvelle version
    }, et { $old } → { $new } est { $actual ->
    [major] une version majeure
    [minor] une version mineure
    [patch] une version corrective
   *[none] aucune nouvelle version
    }
diff-check-failed = contrôle de version échoué : les modifications exigent { $required ->
    [major] une version majeure
    [minor] une version mineure
    [patch] une version corrective
   *[none] aucune nouvelle version
    }, mais { $old } → { $new } est { $actual ->
    [major] une version majeure
    [minor] une version mineure
    [patch] une version corrective
   *[none] aucune nouvelle version
    }
diff-violation = { $change } (exige { $required ->
    [major] une version majeure
    [minor] une version mineure
   *[patch] une version corrective
    })
changelog-heading = { $title } { $version }
changelog-since = Modifications depuis la version { $old } : { $breaking } incompatibles, { $additive } ajouts, { $editorial } rédactionnelles.
text-field = { $field ->
    [title] titre
    [statement] exigence
    [question] question
    [guidance] conseils
    [description] description
    [name] nom
    [label] libellé
   *[other] { $field }
}
change-framework_text_changed = { $field ->
    [title] titre
   *[description] description
    } du référentiel : nouvelle rédaction ({ $languages })
change-metadata_changed = { $field ->
    [publisher] éditeur
    [license] licence
   *[source_url] adresse de la source
    } du référentiel modifié : `{ $from }` devient `{ $to }`
change-headline_changed = résultat principal modifié : `{ $from }` devient `{ $to }`
change-scale_added = échelle `{ $scale }` ajoutée
change-scale_removed = échelle `{ $scale }` supprimée
change-scale_text_changed = titre de l'échelle `{ $scale }` : nouvelle rédaction ({ $languages })
change-option_added = option `{ $option }` ajoutée à l'échelle `{ $scale }`
change-option_removed = option `{ $option }` retirée de l'échelle `{ $scale }`
change-option_credit_changed = crédit de l'option `{ $option }` de l'échelle `{ $scale }` modifié : { $from } devient { $to }
change-option_meets_changed = l'option `{ $option }` de l'échelle `{ $scale }` { $to ->
    [yes] satisfait désormais la mesure
   *[no] ne satisfait plus la mesure
    }
change-option_not_applicable_changed = l'option `{ $option }` de l'échelle `{ $scale }` { $to ->
    [yes] signifie désormais « sans objet »
   *[no] ne signifie plus « sans objet »
    }
change-option_text_changed = libellé de l'option `{ $option }` de l'échelle `{ $scale }` : nouvelle rédaction ({ $languages })
change-options_reordered = options de l'échelle `{ $scale }` réordonnées
change-level_added = niveau { $level } ajouté
change-level_removed = niveau { $level } supprimé
change-level_text_changed = { $field ->
    [name] nom
   *[description] description
    } du niveau { $level } : nouvelle rédaction ({ $languages })
change-group_added = groupe `{ $group }` ajouté sous `{ $parent }`
change-group_removed = groupe `{ $group }` retiré de `{ $parent }`
change-group_moved = groupe `{ $group }` déplacé de `{ $from }` vers `{ $to }`
change-group_weight_changed = poids du groupe `{ $group }` modifié : { $from } devient { $to }
change-group_text_changed = { $field ->
    [title] titre
   *[description] description
    } du groupe `{ $group }` : nouvelle rédaction ({ $languages })
change-groups_reordered = groupes sous `{ $group }` réordonnés
change-control_added = mesure `{ $control }` ajoutée au groupe `{ $group }`
change-control_removed = mesure `{ $control }` retirée du groupe `{ $group }`
change-control_renamed = mesure `{ $from }` renommée `{ $to }`
change-control_moved = mesure `{ $control }` déplacée du groupe `{ $from }` vers le groupe `{ $to }`
change-control_level_changed = niveau de la mesure `{ $control }` modifié : { $from } devient { $to }
change-control_weight_changed = poids de la mesure `{ $control }` modifié : { $from } devient { $to }
change-control_scale_changed = la mesure `{ $control }` utilise désormais l'échelle `{ $to }` au lieu de `{ $from }`
change-control_text_changed = { $field ->
    [title] titre
    [statement] exigence
    [question] question
   *[guidance] conseils
    } de la mesure `{ $control }` : nouvelle rédaction ({ $languages })
change-control_references_added = correspondances ajoutées à la mesure `{ $control }` : { $references }
change-control_references_removed = correspondances retirées de la mesure `{ $control }` : { $references }
change-control_tags_changed = étiquettes de la mesure `{ $control }` modifiées (ajoutées : { $added_count ->
    [0] aucune
   *[other] { $added }
    } ; retirées : { $removed_count ->
    [0] aucune
   *[other] { $removed }
    })
change-controls_reordered = mesures du groupe `{ $group }` réordonnées
change-profile_added = profil `{ $profile }` ajouté
change-profile_removed = profil `{ $profile }` supprimé
change-profile_targets_changed = cibles du profil `{ $profile }` modifiées (ajoutées : { $added_count ->
    [0] aucune
   *[other] { $added }
    } ; retirées : { $removed_count ->
    [0] aucune
   *[other] { $removed }
    })
change-profile_text_changed = { $field ->
    [title] titre
   *[description] description
    } du profil `{ $profile }` : nouvelle rédaction ({ $languages })
sentence-separator = {"\u202F"};{" "}
mapping-generated-title = Correspondance générée de { $old } vers { $new }
mapping-unchanged = inchangée

## Migration (`kalkan migrate`)

relationship = { $relationship ->
    [equal-to] identique à
    [equivalent-to] équivalente à
    [subset-of] partie de
    [superset-of] englobe
    [intersects-with] recoupe
   *[no-relationship] sans rapport avec
}
migration-heading = migration de « { $subject } » de { $source } vers { $target }
migration-basis = { $basis ->
    [identity] même référentiel : chaque réponse reste telle quelle
    [given] correspondance : celle fournie
    [builtin] correspondance : intégrée à Kalkan ({ $title })
    [generated] correspondance : générée à partir de la comparaison des deux versions
   *[references] correspondance : les renvois des mesures sources
}
migration-counts = mesures cibles : { $controls } ; reprises { $carried }, à revoir { $review }, nouvelles { $new }, sans réponse dans la source { $unanswered }
migration-outcome = { $outcome ->
    [carried] reprise
    [review] à revoir
    [new] nouvelle
   *[unanswered] sans réponse dans la source
}
migration-carried = `{ $control }` : réponse `{ $option }` reprise de `{ $source }` ({ $relationship })
migration-review = `{ $control }` : à revoir ({ $reason ->
    [not_exact] correspondance non exacte
    [no_translation] aucune option équivalente dans l'échelle de cette mesure
   *[disagreement] les sources exactes ont reçu des réponses différentes
    }) ; suggestions : { $suggestions }
migration-suggestion = `{ $source }` ({ $relationship }) : { $option }
migration-suggestion-unanswered = `{ $source }` ({ $relationship }) : sans réponse
migration-new = `{ $control }` : nouvelle, aucune mesure ne lui correspond
migration-unanswered = `{ $control }` : correspond exactement à `{ $source }`, restée sans réponse
migration-left-behind = réponses qu'aucune mesure cible n'utilise : { $controls }
migration-profile-dropped = le profil cible `{ $profile }` n'existe pas dans { $target } ; il n'a pas été repris
migration-written = évaluation migrée écrite dans { $path }

## Projection (`kalkan score --project-onto`)

projection-heading = { $source } vu à travers { $target }
projection-basis = { $basis ->
    [given] correspondance : celle fournie
    [builtin] correspondance : intégrée à Kalkan
    [references] correspondance : les renvois de { $source } (chacun lu comme « partie de »)
   *[other] correspondance : { $basis }
}
projection-coverage = couverture : { $covered } mesures cibles sur { $controls } tranchées par des mesures en correspondance ({ $percent }) ; { $partial } seulement en partie couvertes (mesures qui se recoupent, jamais comptées comme satisfaites) ; { $uncovered } non couvertes
projection-rule = règle : une mesure cible n'est satisfaite que si chaque mesure source identique, équivalente, qui en fait partie ou qui l'englobe est satisfaite ; une mesure qui la recoupe est montrée, jamais comptée
projection-control = `{ $control }` : { $status ->
    [met] satisfaite
    [not_met] non satisfaite
    [not_applicable] sans objet
   *[unanswered] non tranchée
    } d'après { $sources }
projection-source = `{ $source }` ({ $relationship }) { $status ->
    [met] satisfaite
    [not_met] non satisfaite
    [not_applicable] sans objet
   *[unanswered] sans réponse
    }
projection-uncovered = non couvertes : { $controls }
projection-derivations = Comment chaque mesure cible couverte a été déduite
migration-section = { $outcome ->
    [carried] Réponses reprises
    [review] À revoir
    [new] Nouvelles mesures
   *[unanswered] Sans réponse dans la source
}
## La revue nationale (fusion, comparaison, tendance, agrégation, anonymisation)

review-benchmark-title = Étalonnage : { $framework }
review-comparison-title = Ce qui a changé : { $subject }
review-trend-title = Tendance : { $subject }
review-merge-title = Évaluation fusionnée : { $subject }
review-versions = Versions évaluées
review-k = Plus petite cohorte publiée
review-subjects = Entités
review-everyone = Toutes les entités
review-not-stated = non indiqué
review-suppressed = masqué
review-suppressed-note = Masqué : moins de { $k } entités, ou masqué pour qu'une cohorte masquée ne puisse être recalculée à partir des totaux.
review-withheld = masqué
review-group = Groupe
review-index = Indice
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
review-grid-note = Lorsque, dans une cohorte, l’indice ou la conformité prend plus de { $limit } valeurs distinctes, ses quartiles et sa médiane sont calculés sur une grille au pas de { $width } (chacun à moins d’un demi-pas de la valeur exacte) ; l’effectif, le minimum, le maximum et la moyenne restent exacts.
review-placement-title = Position de { $subject }
review-peers-everyone = toutes les entités
review-peers-cohort = la cohorte { $cohort }
review-placement-summary = Par rapport à { $peers } : au-dessus de la médiane dans { $above } { PLURAL($above) ->
    [one] groupe
   *[other] groupes
    } sur { $compared }, à la médiane dans { $at }, en dessous dans { $below }.
review-placement-suppressed = Par rapport à { $peers } : pas de position, la cohorte est masquée.
review-percentile-rank = Rang centile
review-position = Position
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
review-rule-consensus = consensus
review-rule-minimum = minimum
review-rule-median = médiane
review-rule-majority = majorité
review-respondents = Répondants
review-adjudicator = Arbitre
review-conflicts = Désaccords
review-settled = tranché : { $option }
review-unsettled = laissé sans réponse
review-no-conflicts = Aucun désaccord : la règle a tranché chaque mesure renseignée par les répondants.
review-merge-summary = Fusion par la règle { $rule } : { PLURAL($carried) ->
    [one] { $carried } mesure renseignée
   *[other] { $carried } mesures renseignées
    }, { PLURAL($conflicts) ->
    [one] { $conflicts } désaccord
   *[other] { $conflicts } désaccords
    } ({ $settled } { PLURAL($settled) ->
    [one] tranché
   *[other] tranchés
    } par arbitrage).
review-anonymized = Évaluations anonymisées écrites : { $count }.
review-failed = Évaluations impossibles à noter : { $failed } sur { $total }.
review-cohort-heading = { $cohort } ({ $count } { PLURAL($count) ->
    [one] entité
   *[other] entités
    })
review-generated-by = Produit par Kalkan { $version }

## Le questionnaire dans le navigateur

page-app-title = Auto-évaluation de la cybersécurité
page-skip-to-questions = Aller aux questions
page-language = Langue
page-builtin-frameworks = Référentiels intégrés
page-custom-frameworks = Ouverts depuis un fichier
page-builtin-unavailable = Les référentiels intégrés n’ont pas pu être chargés ({ $reason }). Ouvrez un fichier de référentiel, ou rechargez la page une fois la connexion rétablie.
page-offline-unavailable = Cette page ne peut pas être gardée pour un usage hors ligne : { $reason }
page-language-unavailable = Les textes en { $language } n’ont pas pu être chargés ({ $reason }) ; rechargez la page une fois la connexion rétablie.
page-open-framework = Ouvrir un fichier de référentiel…
page-export-assessment = Exporter l’évaluation
page-export-oscal = Exporter les résultats OSCAL
page-export-poam = Exporter le plan d’action OSCAL
page-oscal-failed = Les résultats OSCAL n’ont pas pu être établis à partir de cette évaluation.
page-poam-failed = Le plan d’action OSCAL n’a pas pu être établi à partir de cette évaluation.
page-import-assessment = Importer une évaluation…
page-no-framework = Aucun référentiel n’est encore disponible. Ouvrez un fichier de référentiel pour commencer.
page-subject-heading = À propos de l’organisation
page-subject-name = Nom de l’organisation
page-subject-kind = Type d’organisation
page-subject-country = Code pays (ISO 3166, par exemple TR)
page-kind-none = — non précisé —
page-progress-overall = Réponses : { $answered } sur { $total }
page-progress-section = réponses : { $answered } sur { $total }
page-progress-heading = Avancement
page-sections-nav = Sections
page-next-unanswered = Aller à la prochaine question sans réponse
page-all-answered = Toutes les questions ont une réponse.
page-notes = Notes
page-clear-answer = Effacer la réponse
page-level = Niveau { $level }
page-results = Résultats
page-section = Section
page-whole-framework = Référentiel entier
page-level-not-reached = aucun niveau atteint
page-not-available = n.d.
page-radar-title = Indice par section (de 0 à 100)
page-radar-description = Un graphique en radar ; le tableau ci-dessous donne les mêmes chiffres.
page-scores-by-section = Scores par section
page-need-subject = Saisissez le nom de l’organisation ci-dessus pour voir les résultats.
page-cannot-score = Les réponses ne peuvent pas encore être évaluées :
page-gaps = Écarts
page-profile-none = — aucun —
page-no-profiles = Ce référentiel ne définit aucun profil cible.
page-choose-profile = Choisissez un profil cible pour voir ce qui manque pour l’atteindre.
page-not-reached = Non atteint (manquantes : { $missing })
page-gap-controls = Questions à améliorer ({ $count })
page-no-gaps = Aucun écart : le profil cible est atteint.
page-current-answer = Réponse actuelle : { $answer }
page-saved = Enregistré dans ce navigateur.
page-save-failed = Vos modifications n’ont pas pu être enregistrées dans ce navigateur ({ $reason }). Exportez l’évaluation pour en garder une copie.
page-storage-unavailable = Ce navigateur n’autorise pas l’enregistrement ({ $reason }) ; les réponses seront perdues au rechargement. Exportez l’évaluation pour en garder une copie.
page-exported = Évaluation exportée dans { $file }.
page-oscal-exported = Résultats d’évaluation OSCAL exportés dans { $file }.
page-poam-exported = Plan d’action OSCAL exporté dans { $file }.
page-imported = Évaluation importée depuis { $file }.
page-import-failed = { $file } n’a pas été importé, et vos réponses sont inchangées.
page-framework-failed = { $file } ne peut pas être utilisé comme référentiel.
page-framework-loaded = Référentiel « { $title } » ouvert depuis { $file }.
page-framework-imported = Référentiel « { $title } » importé depuis { $file } : { PLURAL($controls) ->
    [one] 1 mesure
   *[other] { $controls } mesures
    }.
page-framework-not-found = Cette évaluation répond au référentiel { $framework }, qui n’est pas disponible ici. Ouvrez d’abord le fichier de ce référentiel.
page-problems-intro = Problèmes détectés :
page-dismiss = Fermer
page-start-failed = Le questionnaire n’a pas pu démarrer : { $reason }
page-privacy = Vos réponses restent dans ce navigateur. Rien n’est envoyé nulle part.
page-sidebar-label = Avancement et résultats
page-exported-invalid = { $file } a été enregistré, mais les autres outils le refuseront tant que ces problèmes ne seront pas corrigés.
## Les mots des commandes de revue sur la sortie d’erreur

import-summary = importé — mesures : { $controls }, groupes : { $groups }, retirées et écartées : { $withdrawn }, avertissements : { $warnings }
import-profile-summary = profil cible `{ $profile }` — mesures ciblées : { $targets }
output-wrote = fichier écrit : { $path }
review-positions = { $files } (positions dans l’ordre donné)
review-formats = `{ $command }` écrit l’un de ces formats : { $formats }
review-needs-assessments = indiquez au moins { PLURAL($count) ->
    [one] une évaluation
   *[other] { $count } évaluations
    }
review-k-zero = `--k` doit valoir 1 ou plus
review-cannot-write = impossible d’écrire la sortie : { $reason }
parquet-needs-file = le format Parquet s’écrit dans un fichier : ajoutez `-o FICHIER.parquet`

# OSCAL export
export-ar-summary = résultats d’évaluation OSCAL — constats : { $findings }, observations : { $observations }
export-poam-summary = plan d’action OSCAL — éléments : { $items } (écarts par rapport au profil `{ $profile }`)
# xlsx: questionnaire workbooks (kalkan export xlsx, kalkan import xlsx)
xlsx-column-id = Identifiant
xlsx-column-control = Mesure
xlsx-column-question = Question
xlsx-column-answer = Réponse
xlsx-column-notes = Remarques
xlsx-column-evidence = Preuves (une par ligne)
xlsx-kalkan-note = Kalkan : ce qu’il faut pour relire ce classeur. Remplissez le sujet et l’évaluateur ; ne changez rien d’autre.
xlsx-import-summary = importé — réponses : { $answered } sur { $controls } mesures, avertissements : { $warnings }
# CISO Assistant import
import-ciso-summary = importé — mesures : { $controls }, groupes : { $groups }, notes versées dans les descriptions : { $notes }, identifiants renommés : { $renamed }, avertissements : { $warnings }
import-ciso-no-english = la bibliothèque n’a pas d’anglais : son texte en { $locale } sert aussi de texte anglais
import-ciso-mapping-set = { $source } → { $target } — correspondances faites : { $maps } sur { $read } (écartées : { $left }), sources non résolues : { $sources }, cibles non résolues : { $targets }
import-ciso-mapping-unresolved = aucune exigence de { $urn } n’a été résolue : donnez sa bibliothèque de référentiel avec `--framework`
import-ciso-mapping-summary = importé — jeux de correspondances : { $sets }, avertissements : { $warnings }
