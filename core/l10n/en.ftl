# Kalkan's words, in English. One catalog for every front end (CLI, reports, browser page,
# Python): `ar.ftl` and `fr.ftl` have exactly the same message ids, with the same variables.
# French typography (no-break spaces before : ; ? ! and inside « ») is applied by the core when
# French messages are formatted; write ordinary spaces in fr.ftl.

## Documents and shared words

list-separator = ,{" "}
at-line-column = line { $line }, column { $column }
whole-document = (document)

## Errors: one message per error code, with the problem's details as variables

error-malformed_json = { $reason ->
    [eof] the text ends before the document does
    [trailing] there are characters after the document
    [expected-value] a value was expected
    [expected-colon] a `:` was expected after a key
    [expected-comma] a `,` or a closing bracket was expected
    [key-not-string] an object key must be a string in double quotes
    [invalid-string] a string has an invalid escape or control character
    [invalid-number] a number is not valid or is too large
    [too-deep] the document is nested too deeply
    [encoding] the text is not UTF-8
   *[other] the text is not valid JSON
}
error-invalid_structure = { $problem ->
    [missing_field] the field `{ $field }` is missing
    [unknown_field] the field `{ $field }` is not allowed here; allowed fields: { $expected }
    [duplicate_field] the field `{ $field }` appears more than once
    [invalid_type] expected { $expected ->
            [string] a text
            [integer] a whole number
            [unsigned] a whole number of 0 or more
            [number] a number
            [boolean] true or false
            [null] nothing (null)
            [array] a list
            [object] an object
            [date] a date
           *[other] { $expected }
        }, found { $found ->
            [string] a text
            [integer] a whole number
            [unsigned] a whole number of 0 or more
            [number] a number
            [boolean] true or false
            [null] nothing (null)
            [array] a list
            [object] an object
            [date] a date
           *[other] { $found }
        }
    [invalid_value] expected { $expected ->
            [string] a text
            [integer] a whole number
            [unsigned] a whole number of 0 or more
            [number] a number
            [boolean] true or false
            [null] nothing (null)
            [array] a list
            [object] an object
            [date] a date
           *[other] { $expected }
        }, found { $found ->
            [string] a text
            [integer] a whole number
            [unsigned] a whole number of 0 or more
            [number] a number
            [boolean] true or false
            [null] nothing (null)
            [array] a list
            [object] an object
            [date] a date
           *[other] { $found }
        }
    [invalid_length] expected { $expected ->
            [string] a text
            [integer] a whole number
            [unsigned] a whole number of 0 or more
            [number] a number
            [boolean] true or false
            [null] nothing (null)
            [array] a list
            [object] an object
            [date] a date
           *[other] { $expected }
        }, found { $found ->
            [string] a text
            [integer] a whole number
            [unsigned] a whole number of 0 or more
            [number] a number
            [boolean] true or false
            [null] nothing (null)
            [array] a list
            [object] an object
            [date] a date
           *[other] { $found }
        }
    [unknown_variant] `{ $found }` is not allowed here; expected one of: { $expected }
    [not_json] this value cannot be written as JSON
    [unknown_document] cannot tell what this document is: a framework has `groups` and `scales`, an assessment has `framework`, `subject` and `responses`
    [score_report] this is a score report, not a framework or an assessment: score the assessment it came from instead
    [not_an_object] expected a JSON object (a framework or an assessment)
   *[other] the document does not have the expected shape
}
error-invalid_id = { $what ->
    [framework] the framework id `{ $id }` must be a slug: lowercase letters, digits and single `-` between words
    [group] the group id `{ $id }` must be 1 to 64 characters without spaces
    [control] the control id `{ $id }` must be 1 to 64 characters without spaces
    [scale] the scale id `{ $id }` must be 1 to 64 characters without spaces
    [option] the option id `{ $id }` must be 1 to 64 characters without spaces
    [profile] the profile id `{ $id }` must be 1 to 64 characters without spaces
   *[other] the id `{ $id }` must be 1 to 64 characters without spaces
}
error-invalid_version = `{ $version }` is not a semantic version such as `1.0.0`
error-invalid_date = { $allowed ->
    [date_or_timestamp] `{ $value }` is not a date written YYYY-MM-DD or an RFC 3339 timestamp
   *[date] `{ $value }` is not a date written YYYY-MM-DD
}
error-duplicate_id = { $what ->
    [scale] the scale id `{ $id }` is declared more than once
    [option] the option id `{ $id }` appears more than once in the scale `{ $scale }`
    [level] the level { $id } is declared more than once
    [group] the id `{ $id }` is already used at `{ $first }`
    [control] the id `{ $id }` is already used at `{ $first }`
    [profile] the profile id `{ $id }` is declared more than once
    [group_target] the group `{ $id }` is targeted more than once in the profile `{ $profile }`
    [control_target] the control `{ $id }` is targeted more than once in the profile `{ $profile }`
    [response] the control `{ $id }` is answered more than once
   *[other] the id `{ $id }` is used more than once
}
error-unknown_scale = the scale `{ $scale }` is not declared; declared scales: { $known }
error-empty_scale = the scale `{ $scale }` must have at least one option
error-undeclared_level = the level { $level } is not declared; { $known_count ->
    [0] the framework declares no levels
   *[other] declared levels: { $known }
}
error-invalid_level = levels are numbered from 1; level 0 means no level reached and is implicit
error-invalid_weight = a weight must be a finite number greater than 0, found `{ $weight }`
error-credit_out_of_range = a credit must be between 0 and 1, found `{ $credit }`
error-empty_group = { $what ->
    [framework] a framework must have at least one group
   *[group] the group `{ $group }` must contain at least one control or sub-group
}
error-missing_english = an English (`en`) text is required
error-missing_translation = the text lacks: { $missing }
error-unknown_group = the group `{ $group }` does not exist in this framework
error-unknown_control = { $what ->
    [response] the control `{ $control }` does not exist in { $framework } { $version }
   *[control_target] the control `{ $control }` does not exist in this framework
}
error-framework_mismatch = the assessment answers the framework `{ $found }`, expected `{ $expected }`
error-invalid_version_requirement = `{ $requirement }` is not a version requirement such as `^1.0` or `1.2`
error-version_not_satisfied = the framework's version { $version } does not satisfy the requirement `{ $requirement }`
error-unknown_option = the option `{ $option }` is not in the control's scale; expected one of: { $known }
error-unknown_profile = the profile `{ $profile }` does not exist; { $known_count ->
    [0] the framework declares no profiles
   *[other] declared profiles: { $known }
}
error-no_profile = no target profile was named: name one, or set `profile` in the assessment; { $known_count ->
    [0] the framework declares no profiles
   *[other] declared profiles: { $known }
}
error-invalid_country = `{ $country }` is not an ISO 3166-1 alpha-2 country code such as `TR` or `MA`
error-missing_subject = the subject needs a name
error-framework_not_found = no framework `{ $id }` matches the version requirement `{ $requirement }`{ $available_count ->
    [0] {""}
   *[other] {" "}(available: { $available })
}
error-conflicting_framework = the framework `{ $id }` version `{ $version }` is already registered with different content
error-subject_mismatch = the documents are about different subjects: `{ $found }`, expected `{ $expected }`
error-version_mismatch = the reports are of different major versions of the framework: { $found }, expected { $expected }
error-missing_respondent = the assessment names no assessor, so its respondent is unknown: add `assessor` with a name (and an `id` or `email` to tell namesakes apart)
error-duplicate_respondent = the respondent `{ $respondent }` has already answered (assessment { $first }); give each respondent one assessment
error-nothing_given = no { $what ->
    [assessments] assessment was
    [reports] report was
   *[other] document was
    } given
error-invalid_argument = `{ $value }` is not allowed for { $argument }; expected { $expected }
error-unreadable = cannot read `{ $path }`: { $reason }
error-internal = internal error in Kalkan (please report it): { $reason }

## Whole errors (a document's problems are summarized, other errors are their one problem)

error-parse = { $problem_code ->
    [malformed_json] { $document ->
            [framework] the framework
            [assessment] the assessment
            [adjudication] the adjudication
           *[report] the report
        } is not well-formed JSON: { $first }
   *[other] { $pointer_is_root ->
        [yes] { $document ->
            [framework] the framework
            [assessment] the assessment
            [adjudication] the adjudication
           *[report] the report
        } does not have the expected shape: { $first }
       *[no] { $document ->
            [framework] the framework
            [assessment] the assessment
            [adjudication] the adjudication
           *[report] the report
        } does not have the expected shape at `{ $pointer }`: { $first }
    }
}
error-invalid = { $document ->
            [framework] the framework
            [assessment] the assessment
            [adjudication] the adjudication
           *[report] the report
        } is invalid: { $count ->
    [one] 1 problem
   *[other] { $count } problems
    }, first: { $first }

## Report warnings

warning-incomplete = unanswered controls: { $unanswered } of { $controls }; they count as not met
warning-nothing_applicable = every control is answered as not applicable: there is no index, compliance or level

## The national review (merge, compare, trend, aggregate, anonymize)

review-benchmark-title = Benchmark of { $framework }
review-comparison-title = What changed: { $subject }
review-trend-title = Trend: { $subject }
review-merge-title = Merged assessment: { $subject }
review-framework = Framework
review-versions = Versions scored
review-k = Smallest cohort published
review-subjects = Subjects
review-cohort = Cohort
review-everyone = All subjects
review-not-stated = not stated
review-suppressed = suppressed
review-suppressed-note = Suppressed: fewer than { $k } subjects, or withheld so that a suppressed cohort cannot be recomputed from the totals.
review-withheld = withheld
review-group = Group
review-measure = Measure
review-index = Index
review-compliance = Compliance
review-level = Level
review-no-level = no level
review-min = Minimum
review-q1 = First quartile
review-median = Median
review-q3 = Third quartile
review-max = Maximum
review-mean = Mean
review-n-values = Values
review-box-cohorts = Index by cohort (whole framework)
review-box-groups = Index by group, all subjects
review-heat-levels = Maturity level reached, share of each cohort
review-medians = Median index by cohort and group
review-quantile-note = Quartiles by the linear method (as numpy and pandas compute them); the mean is the exactly rounded sum divided by the number of values.
review-placement-title = Where { $subject } stands
review-peers-everyone = all subjects
review-peers-cohort = the cohort { $cohort }
review-placement-summary = Against { $peers }: above the median in { $above } of { $compared } groups, at the median in { $at }, below it in { $below }.
review-placement-suppressed = Against { $peers }: no placement, the cohort is suppressed.
review-percentile-rank = Percentile rank
review-position-above = above the median
review-position-at = at the median
review-position-below = below the median
review-subject-index = Index of { $subject }
review-before = Before
review-after = After
review-change = Change
review-control = Control
review-date = Date
review-changes-summary = Controls that changed
review-change-improved = improved
review-change-regressed = regressed
review-change-unchanged = unchanged
review-change-mixed = mixed
review-change-newly_answered = newly answered
review-change-no_longer_answered = no longer answered
review-change-applicability = applicability changed
review-change-added = added
review-change-removed = removed
review-trend-chart = { $group }: index over time
review-trend-table = Index over time
review-rule = Rule
review-rule-consensus = consensus
review-rule-minimum = minimum
review-rule-median = median
review-rule-majority = majority
review-respondents = Respondents
review-respondent = Respondent
review-answer = Answer
review-notes = Notes
review-adjudicator = Adjudicator
review-conflicts = Conflicts
review-settled = settled as { $option }
review-unsettled = left unanswered
review-no-conflicts = No conflicts: every control the respondents answered was settled by the rule.
review-merge-summary = Merged by the rule { $rule }: { $carried } controls answered, { $conflicts } conflicts ({ $settled } settled by adjudication).
review-anonymized = Anonymized assessments written: { $count }.
review-failed = Assessments that could not be scored: { $failed } of { $total }.
review-written = Written: { $path }
review-generated-by = Generated by Kalkan { $version }
