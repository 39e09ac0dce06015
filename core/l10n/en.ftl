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
    [yaml] the text is not valid YAML
   *[other] the text is not valid JSON
}
error-invalid_structure = { $problem ->
    [missing_field] the field `{ $field }` is missing
    [unknown_field] the field `{ $field }` is not allowed here; allowed fields: { $expected }
    [duplicate_field] the field `{ $field }` appears more than once
    [invalid_type] expected { $expected ->
            [string] a text
            [document] JSON text or an object
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
            [document] JSON text or an object
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
            [document] JSON text or an object
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
            [document] JSON text or an object
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
            [document] JSON text or an object
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
            [document] JSON text or an object
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
    [not_json] { $reason ->
        [too_deep] this value is nested more than 128 levels deep
        [integer_too_large] this whole number does not fit in 64 bits
        [not_finite] this number is not finite (JSON has no NaN or infinity)
        [not_unicode] this text is not valid Unicode
        [key_not_string] object keys must be texts
        [unsupported_type] this value cannot be written as JSON; expected a dict, list, str, int, float, bool or None
       *[other] this value cannot be written as JSON
    }
    [not_oscal_catalog] expected an OSCAL catalog: a JSON object with `catalog`
    [not_oscal_profile] expected an OSCAL profile: a JSON object with `profile`
    [not_xlsx] expected an Excel workbook (`.xlsx`)
    [not_kalkan_workbook] this workbook was not written by Kalkan: its `Kalkan` sheet is missing or damaged
    [not_ciso_library] expected a CISO Assistant library: a YAML mapping with `urn` and `objects`
    [not_ciso_framework] this CISO Assistant library holds no framework (`objects.framework`); a mapping library is read with the mapping import
    [not_ciso_mapping] this CISO Assistant library holds no mapping set (`objects.requirement_mapping_set` or `requirement_mapping_sets`)
    [unknown_document] cannot tell what this document is: a framework has `groups` and `scales`, an assessment has `framework`, `subject` and `responses`, a mapping has `source`, `target` and `maps`
    [score_report] this is a score report, not a framework or an assessment: score the assessment it came from instead
    [not_an_object] expected a JSON object (a framework, an assessment or a mapping)
   *[other] the document does not have the expected shape
}
error-invalid_id = { $what ->
    [framework] the framework id `{ $id }` must be a slug: lowercase letters, digits and single `-` between words
    [group] the group id `{ $id }` must be 1 to 64 letters, digits or `.` `-` `_` `:` `(` `)`, in Unicode NFC, without spaces, control or markup characters
    [control] the control id `{ $id }` must be 1 to 64 letters, digits or `.` `-` `_` `:` `(` `)`, in Unicode NFC, without spaces, control or markup characters
    [scale] the scale id `{ $id }` must be 1 to 64 letters, digits or `.` `-` `_` `:` `(` `)`, in Unicode NFC, without spaces, control or markup characters
    [option] the option id `{ $id }` must be 1 to 64 letters, digits or `.` `-` `_` `:` `(` `)`, in Unicode NFC, without spaces, control or markup characters
    [profile] the profile id `{ $id }` must be 1 to 64 letters, digits or `.` `-` `_` `:` `(` `)`, in Unicode NFC, without spaces, control or markup characters
   *[other] the id `{ $id }` must be 1 to 64 letters, digits or `.` `-` `_` `:` `(` `)`, in Unicode NFC, without spaces, control or markup characters
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
    [map] the pair `{ $id }` is mapped more than once (first at `{ $first }`)
   *[other] the id `{ $id }` is used more than once
}
error-unknown_scale = the scale `{ $scale }` is not declared; declared scales: { $known }
error-invalid_encoding = { $encoding ->
    [utf-8] the text is not valid UTF-8 (first invalid byte at offset { $offset }); save the file as UTF-8
   *[other] the text is encoded as { $encoding }, not UTF-8; save the file as UTF-8
}
error-input_too_large = the document is { $size } bytes, more than the limit of { $limit } bytes
error-too_deep = the document is nested more than { $limit } levels deep
error-too_many = { $what ->
    [groups] the framework has { $count } groups, more than the limit of { $limit }
    [controls] the framework has { $count } controls, more than the limit of { $limit }
    [options] the scale has { $count } options, more than the limit of { $limit }
    [responses] the assessment has { $count } responses, more than the limit of { $limit }
   *[other] there are { $count } items, more than the limit of { $limit }
}
error-text_too_long = the text is { $length } characters long, more than the limit of { $limit }
error-unsafe_text = { $reason ->
    [bidi] the text has a direction control `{ $char }` (at character { $position }) that is not closed, or closes nothing: it could reverse the text that follows it
   *[control] the text has a control character `{ $char }` (at character { $position }); only tab and line breaks are allowed
}
error-too_many_problems = { $dropped } more problems are not listed (only the first { $limit } are)
error-no_applicable_option = the scale `{ $scale }` needs at least one option that is not "not applicable"
error-dates_out_of_order = the assessment was completed ({ $completed }) before it started ({ $started })
error-empty_scale = the scale `{ $scale }` must have at least one option
error-undeclared_level = the level { $level } is not declared; { $known_count ->
    [0] the framework declares no levels
   *[other] declared levels: { $known }
}
error-invalid_level = levels are numbered from 1; level 0 means no level reached and is implicit
error-invalid_weight = a weight must be a finite number greater than 0 and at most { $max }, found `{ $weight }`
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
    [mapping_source] the source control `{ $control }` does not exist in { $framework } { $version }
    [mapping_target] the target control `{ $control }` does not exist in { $framework } { $version }
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
error-unreadable = cannot read `{ $path }`: { $reason }
error-invalid_argument = the argument `{ $argument }` must be { $expected }, found `{ $found }`{ $reason ->
    [none] {""}
   *[other] {" "}({ $reason })
}
error-mapping_mismatch = { $side ->
    [source] the mapping is from the framework `{ $found }`, expected `{ $expected }`
   *[target] the mapping is to the framework `{ $found }`, expected `{ $expected }`
}
error-no_mapping = there is no mapping from { $source } to { $target }: give one (a mapping document), or migrate between versions of one framework
error-different_frameworks = `{ $old }` and `{ $new }` are different frameworks: a diff compares two versions of one framework
error-internal = internal error in Kalkan (please report it): { $reason }

## Whole errors (a document's problems are summarized, other errors are their one problem)

error-parse = { $problem_code ->
    [malformed_json] { $document ->
            [framework] the framework
            [assessment] the assessment
            [mapping] the mapping
            [adjudication] the adjudication
           *[report] the report
        } is not well-formed JSON: { $first }
   *[other] { $pointer_is_root ->
        [yes] { $document ->
            [framework] the framework
            [assessment] the assessment
            [mapping] the mapping
            [adjudication] the adjudication
           *[report] the report
        } does not have the expected shape: { $first }
       *[no] { $document ->
            [framework] the framework
            [assessment] the assessment
            [mapping] the mapping
            [adjudication] the adjudication
           *[report] the report
        } does not have the expected shape at `{ $pointer }`: { $first }
    }
}
error-invalid = { $document ->
            [framework] the framework
            [assessment] the assessment
            [mapping] the mapping
            [adjudication] the adjudication
           *[report] the report
        } is invalid: { PLURAL($count) ->
    [one] 1 problem
   *[other] { $count } problems
    }, first: { $first }

## Report warnings

warning-incomplete = unanswered controls: { $unanswered } of { $controls }; they count as not met
warning-nothing_applicable = every control is answered as not applicable: there is no index, compliance or level

## Words around the results: reports (HTML, Markdown, text), the command line, the page

labelled = { $label }: { $value }
label-colon = { $label }:
report-title = Cybersecurity self-assessment report
executive-summary = Executive summary
charts = Results at a glance
results-by-group = Results by group
controls-by-group = Controls by group
prioritized-gaps = Prioritized gaps
top-gaps = Top gaps
top-gaps-for = Top gaps ({ $profile })
warnings = Warnings
about-framework = Framework used
framework = Framework
framework-id = Identifier
version = Version
digest = Content digest
publisher = Publisher
license = Licence
source = Source
released = Released
subject = Assessed
subject-kind = Kind
country = Country
sector = Sector
assessor = Assessor
period = Assessment period
target-profile = Target profile
no-target-profile = No target profile was named, so there is no gap analysis (name one with --target).
group = Group
control = Control
title = Title
level = Level
index = Index
compliance = Compliance
completeness = Completeness
target = Target
answer = Answer
status = Status
notes = Notes and evidence
status-met = Met
status-not-met = Not met
status-not-applicable = Not applicable
status-unanswered = Unanswered
maturity-level = Maturity level
index-headline = Index (0-100)
level-of = { $n } of { $total }
no-level-reached = No level reached
no-level = No level: no applicable control carries a level
no-value = Not available: nothing applicable
targets-reached = Group targets reached
gap-count = Required controls not met
strongest = Strongest group
weakest = Weakest group
no-gaps = No gaps: every control the target requires is met.
reached = Reached
not-reached = Not reached
radar-title = Index by group (0-100)
bars-title = Maturity level by group, against the target
current-level = Current level
target-level = Target level
levels-legend = Maturity levels
no-levels-chart = This framework does not use maturity levels.
why-required = Required by
by-target-level = target level { $level }
by-profile = named in the profile
more-gaps = { PLURAL($count) ->
    [one] … and 1 more
   *[other] … and { $count } more
}
generated-by = Generated by Kalkan { $version }
priority = Priority
file = File
result = Result
questions-count = { PLURAL($count) ->
    [one] 1 question
   *[other] { $count } questions
}

## Kinds of subject, and which result a framework presents first

kind-ministry = Ministry
kind-agency = Agency
kind-organisation = Other organisation
kind-country = Country (national assessment)
kind-operator = Operator of essential services
headline-level = Maturity level
headline-index = Index
headline-compliance = Compliance

## The questionnaire in the terminal

questionnaire = Questionnaire
question-count = Question { $n } of { $total }
resuming = Resuming: { $answered } of { PLURAL($total) ->
    [one] 1 question
   *[other] { $total } questions
    } already answered.
answer-prompt = Answer [1-{ $max }, s skip, n note, ? guidance, q quit]:
invalid-choice = Please type a number from 1 to { $max }, or s, n, ? or q.
note-prompt = Note:
note-kept = Note kept; it is saved with the answer.
note-dropped = The note was not saved: notes are saved with an answer.
statement = What is expected
guidance = Guidance
no-guidance = This control has no guidance.
saved = Saved (answered: { $answered } of { $total }).
skipped = Skipped.
stopped = Stopped (answered: { $answered } of { $total }), saved in { $file }. Run the same command again to continue.
finished = Questionnaire finished (answered: { $answered } of { $total }), saved in { $file }.
nothing-to-ask = Every question is already answered.
subject-prompt = Name of the organisation assessed:
subject-required = A name is required.
nothing-saved = Stopped before the assessment was started: nothing saved.

## Validation output

validate-valid = { $document ->
    [framework] valid framework
    [assessment] valid assessment
   *[other] valid document
}
validate-invalid = { $document ->
    [framework] invalid framework
    [assessment] invalid assessment
   *[other] invalid document
}
validate-against = against { $framework }
error-count = { PLURAL($count) ->
    [one] 1 error
   *[other] { $count } errors
}
warning-count = { PLURAL($count) ->
    [one] 1 warning
   *[other] { $count } warnings
}
problem-error = error
problem-warning = warning
validate-summary = { PLURAL($files) ->
    [one] 1 file
   *[other] { $files } files
    }: { $valid } valid, { $invalid } invalid
cannot-read-file = cannot read `{ $path }`: { $reason }
not-a-document = not a framework or an assessment
score-batch-summary = scored { $scored } of { PLURAL($total) ->
    [one] 1 file
   *[other] { $total } files
    }; { $failed } failed

## Frameworks

no-builtin-frameworks = No built-in frameworks.
column-id = ID
column-version = Version
column-groups = Groups
column-controls = Controls
column-levels = Levels
column-profiles = Profiles
column-title = Title
levels = Levels
scales = Scales
profiles = Profiles
groups-and-controls = Groups and controls
credit = credit { $credit }
meets = meets
weight = weight { $weight }
target-group = { $group } ≥ { $level }
target-control = { $control } met
controls-count = { PLURAL($count) ->
    [one] 1 control
   *[other] { $count } controls
}

## The command line's own refusals

output-other-framework = { $file } answers another framework than { $framework } { $version }; choose another output file with -o
output-invalid-assessment = { $file } is not a valid assessment of { $framework } { $version } ({ PLURAL($count) ->
    [one] 1 problem
   *[other] { $count } problems
    }); fix it or choose another output file with -o
new-assessment-invalid = the new assessment would be invalid
document-invalid = { $document ->
    [framework] the framework
    [assessment] the assessment
   *[other] the document
    } is invalid ({ PLURAL($count) ->
    [one] 1 problem
   *[other] { $count } problems
    })
document-unreadable = { $document ->
    [framework] the framework
    [assessment] the assessment
   *[other] the document
    } is not JSON of the expected shape
headline = Headline result
## Framework diff (`kalkan diff`) and the changelog

diff-heading = { $id }: { $old } → { $new }
diff-counts = changes by class: breaking { $breaking }, additive { $additive }, editorial { $editorial }
diff-none = no changes
diff-class-heading = { $class ->
    [breaking] Breaking changes (need a major release)
    [additive] Additions (need a minor release)
   *[editorial] Editorial changes (need a patch release)
}
bump-name = { $bump ->
    [major] a major release
    [minor] a minor release
    [patch] a patch release
   *[none] no release
}
diff-check-ok = version check passed: the changes need { $required ->
    [major] a major release
    [minor] a minor release
    [patch] a patch release
   *[none] no release
    }, and { $old } → { $new } is { $actual ->
    [major] a major release
    [minor] a minor release
    [patch] a patch release
   *[none] no release
    }
diff-check-failed = version check failed: the changes need { $required ->
    [major] a major release
    [minor] a minor release
    [patch] a patch release
   *[none] no release
    }, but { $old } → { $new } is { $actual ->
    [major] a major release
    [minor] a minor release
    [patch] a patch release
   *[none] no release
    }
diff-violation = { $change } (needs { $required ->
    [major] a major release
    [minor] a minor release
   *[patch] a patch release
    })
changelog-heading = { $title } { $version }
changelog-since = Changes since version { $old }. { $breaking } breaking, { $additive } additive, { $editorial } editorial.
text-field = { $field ->
    [title] title
    [statement] statement
    [question] question
    [guidance] guidance
    [description] description
    [name] name
    [label] label
   *[other] { $field }
}
change-framework_text_changed = the framework's { $field ->
    [title] title
   *[description] description
    } changed ({ $languages })
change-metadata_changed = the framework's { $field ->
    [publisher] publisher
    [license] licence
   *[source_url] source address
    } changed from `{ $from }` to `{ $to }`
change-headline_changed = the headline result changed from `{ $from }` to `{ $to }`
change-scale_added = scale `{ $scale }` added
change-scale_removed = scale `{ $scale }` removed
change-scale_text_changed = title of scale `{ $scale }` reworded ({ $languages })
change-option_added = option `{ $option }` added to scale `{ $scale }`
change-option_removed = option `{ $option }` removed from scale `{ $scale }`
change-option_credit_changed = credit of option `{ $option }` in scale `{ $scale }` changed from { $from } to { $to }
change-option_meets_changed = option `{ $option }` in scale `{ $scale }` { $to ->
    [yes] now meets the control
   *[no] no longer meets the control
    }
change-option_not_applicable_changed = option `{ $option }` in scale `{ $scale }` { $to ->
    [yes] now means not applicable
   *[no] no longer means not applicable
    }
change-option_text_changed = label of option `{ $option }` in scale `{ $scale }` reworded ({ $languages })
change-options_reordered = options of scale `{ $scale }` reordered
change-level_added = level { $level } added
change-level_removed = level { $level } removed
change-level_text_changed = { $field ->
    [name] name
   *[description] description
    } of level { $level } reworded ({ $languages })
change-group_added = group `{ $group }` added under `{ $parent }`
change-group_removed = group `{ $group }` removed from `{ $parent }`
change-group_moved = group `{ $group }` moved from `{ $from }` to `{ $to }`
change-group_weight_changed = weight of group `{ $group }` changed from { $from } to { $to }
change-group_text_changed = { $field ->
    [title] title
   *[description] description
    } of group `{ $group }` reworded ({ $languages })
change-groups_reordered = groups under `{ $group }` reordered
change-control_added = control `{ $control }` added to group `{ $group }`
change-control_removed = control `{ $control }` removed from group `{ $group }`
change-control_renamed = control `{ $from }` renamed `{ $to }`
change-control_moved = control `{ $control }` moved from group `{ $from }` to group `{ $to }`
change-control_level_changed = level of control `{ $control }` changed from { $from } to { $to }
change-control_weight_changed = weight of control `{ $control }` changed from { $from } to { $to }
change-control_scale_changed = control `{ $control }` now uses scale `{ $to }` instead of `{ $from }`
change-control_text_changed = { $field ->
    [title] title
    [statement] statement
    [question] question
   *[guidance] guidance
    } of control `{ $control }` reworded ({ $languages })
change-control_references_added = crosswalk references added to control `{ $control }`: { $references }
change-control_references_removed = crosswalk references removed from control `{ $control }`: { $references }
change-control_tags_changed = tags of control `{ $control }` changed (added: { $added_count ->
    [0] none
   *[other] { $added }
    }; removed: { $removed_count ->
    [0] none
   *[other] { $removed }
    })
change-controls_reordered = controls of group `{ $group }` reordered
change-profile_added = profile `{ $profile }` added
change-profile_removed = profile `{ $profile }` removed
change-profile_targets_changed = targets of profile `{ $profile }` changed (added: { $added_count ->
    [0] none
   *[other] { $added }
    }; removed: { $removed_count ->
    [0] none
   *[other] { $removed }
    })
change-profile_text_changed = { $field ->
    [title] title
   *[description] description
    } of profile `{ $profile }` reworded ({ $languages })
sentence-separator = ;{" "}
mapping-generated-title = Generated mapping from { $old } to { $new }
mapping-unchanged = unchanged

## Migration (`kalkan migrate`)

relationship = { $relationship ->
    [equal-to] equal to
    [equivalent-to] equivalent to
    [subset-of] subset of
    [superset-of] superset of
    [intersects-with] intersects with
   *[no-relationship] no relationship with
}
migration-heading = migration of “{ $subject }” from { $source } to { $target }
migration-basis = { $basis ->
    [identity] same framework: every answer stays as it is
    [given] mapping: the one given
    [builtin] mapping: built into Kalkan ({ $title })
    [generated] mapping: generated from the diff of the two versions
   *[references] mapping: the crosswalk references of the source controls
}
migration-counts = target controls: { $controls }; carried { $carried }, to review { $review }, new { $new }, unanswered in the source { $unanswered }
migration-outcome = { $outcome ->
    [carried] carried
    [review] to review
    [new] new
   *[unanswered] unanswered in the source
}
migration-carried = `{ $control }`: carried `{ $option }` from `{ $source }` ({ $relationship })
migration-review = `{ $control }`: to review ({ $reason ->
    [not_exact] not an exact match
    [no_translation] the answer has no equal option in this control's scale
   *[disagreement] the exact sources were answered differently
    }); suggestions: { $suggestions }
migration-suggestion = `{ $source }` ({ $relationship }): { $option }
migration-suggestion-unanswered = `{ $source }` ({ $relationship }): unanswered
migration-new = `{ $control }`: new, nothing maps to it
migration-unanswered = `{ $control }`: maps exactly to `{ $source }`, which was not answered
migration-left-behind = answers no target control uses: { $controls }
migration-profile-dropped = the target profile `{ $profile }` does not exist in { $target }; it was left out
migration-written = migrated assessment written to { $path }

## Projection (`kalkan score --project-onto`)

projection-heading = { $source } seen through { $target }
projection-basis = { $basis ->
    [given] mapping: the one given
    [builtin] mapping: built into Kalkan
    [references] mapping: the crosswalk references of { $source } (each read as “subset of”)
   *[other] mapping: { $basis }
}
projection-coverage = coverage: { $covered } of { $controls } target controls decided by mapped controls ({ $percent }); { $partial } only partly covered (intersecting controls, never counted as met); { $uncovered } not covered
projection-rule = rule: a target control is met only when every source control that is equal, equivalent, a subset or a superset meets it; an intersecting source is shown, never counted
projection-control = `{ $control }`: { $status ->
    [met] met
    [not_met] not met
    [not_applicable] not applicable
   *[unanswered] undecided
    } from { $sources }
projection-source = `{ $source }` ({ $relationship }) { $status ->
    [met] met
    [not_met] not met
    [not_applicable] not applicable
   *[unanswered] unanswered
    }
projection-uncovered = not covered: { $controls }
projection-derivations = How each covered target control was derived
migration-section = { $outcome ->
    [carried] Carried answers
    [review] To review
    [new] New controls
   *[unanswered] Unanswered in the source
}
## The national review (merge, compare, trend, aggregate, anonymize)

review-benchmark-title = Benchmark of { $framework }
review-comparison-title = What changed: { $subject }
review-trend-title = Trend: { $subject }
review-merge-title = Merged assessment: { $subject }
review-versions = Versions scored
review-k = Smallest cohort published
review-subjects = Subjects
review-everyone = All subjects
review-not-stated = not stated
review-suppressed = suppressed
review-suppressed-note = Suppressed: fewer than { $k } subjects, or withheld so that a suppressed cohort cannot be recomputed from the totals.
review-withheld = withheld
review-group = Group
review-index = Index
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
review-grid-note = Where the index or the compliance of a cohort takes more than { $limit } distinct values, its quartiles and median are computed on a grid of { $width } (each within half of it of the exact value); the count, minimum, maximum and mean stay exact.
review-placement-title = Where { $subject } stands
review-peers-everyone = all subjects
review-peers-cohort = the cohort { $cohort }
review-placement-summary = Against { $peers }: above the median in { $above } of { PLURAL($compared) ->
    [one] 1 group
   *[other] { $compared } groups
    }, at the median in { $at }, below it in { $below }.
review-placement-suppressed = Against { $peers }: no placement, the cohort is suppressed.
review-percentile-rank = Percentile rank
review-position = Position
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
review-rule-consensus = consensus
review-rule-minimum = minimum
review-rule-median = median
review-rule-majority = majority
review-respondents = Respondents
review-adjudicator = Adjudicator
review-conflicts = Conflicts
review-settled = settled as { $option }
review-unsettled = left unanswered
review-no-conflicts = No conflicts: every control the respondents answered was settled by the rule.
review-merge-summary = Merged by the rule { $rule }: { PLURAL($carried) ->
    [one] 1 control answered
   *[other] { $carried } controls answered
    }, { PLURAL($conflicts) ->
    [one] 1 conflict
   *[other] { $conflicts } conflicts
    } ({ $settled } settled by adjudication).
review-anonymized = Anonymized assessments written: { $count }.
review-failed = Assessments that could not be scored: { $failed } of { $total }.
review-cohort-heading = { $cohort } ({ PLURAL($count) ->
    [one] 1 subject
   *[other] { $count } subjects
    })
review-generated-by = Generated by Kalkan { $version }

## The browser questionnaire

page-app-title = Cybersecurity self-assessment
page-skip-to-questions = Skip to the questions
page-language = Language
page-builtin-frameworks = Built-in frameworks
page-custom-frameworks = Opened from a file
page-builtin-unavailable = The built-in frameworks could not be loaded ({ $reason }). Open a framework file, or reload the page once the connection is back.
page-offline-unavailable = This page cannot be kept for offline use: { $reason }
page-language-unavailable = The texts in { $language } could not be loaded ({ $reason }); reload the page once the connection is back.
page-open-framework = Open framework file…
page-export-assessment = Export assessment
page-export-oscal = Export OSCAL results
page-export-poam = Export OSCAL plan of action
page-oscal-failed = The OSCAL results could not be made from this assessment.
page-poam-failed = The OSCAL plan of action could not be made from this assessment.
page-import-assessment = Import assessment…
page-no-framework = No framework is available yet. Open a framework file to begin.
page-subject-heading = About the organisation
page-subject-name = Name of the organisation
page-subject-kind = Type of organisation
page-subject-country = Country code (ISO 3166, for example TR)
page-kind-none = — not specified —
page-progress-overall = Answered: { $answered } of { $total }
page-progress-section = answered: { $answered } of { $total }
page-progress-heading = Progress
page-sections-nav = Sections
page-next-unanswered = Go to the next unanswered question
page-all-answered = Every question has an answer.
page-notes = Notes
page-clear-answer = Clear answer
page-level = Level { $level }
page-results = Results
page-section = Section
page-whole-framework = Whole framework
page-level-not-reached = no level reached yet
page-not-available = n/a
page-radar-title = Index by section (0 to 100)
page-radar-description = A radar chart; the table below gives the same figures.
page-scores-by-section = Scores by section
page-need-subject = Enter the name of the organisation above to see the results.
page-cannot-score = The answers cannot be scored yet:
page-gaps = Gaps
page-profile-none = — none —
page-no-profiles = This framework defines no target profiles.
page-choose-profile = Choose a target profile to see what is missing to reach it.
page-not-reached = Not reached (missing: { $missing })
page-gap-controls = Questions to improve ({ $count })
page-no-gaps = No gaps: the target profile is reached.
page-current-answer = Current answer: { $answer }
page-saved = Saved in this browser.
page-save-failed = Your changes could not be saved in this browser ({ $reason }). Export the assessment to keep a copy.
page-storage-unavailable = This browser does not allow saving ({ $reason }); answers are lost on reload. Export the assessment to keep a copy.
page-exported = Assessment exported as { $file }.
page-oscal-exported = OSCAL assessment results exported as { $file }.
page-poam-exported = OSCAL plan of action exported as { $file }.
page-imported = Assessment imported from { $file }.
page-import-failed = { $file } was not imported, and your answers are unchanged.
page-framework-failed = { $file } cannot be used as a framework.
page-framework-loaded = Framework “{ $title }” opened from { $file }.
page-framework-imported = Framework “{ $title }” imported from { $file }: { PLURAL($controls) ->
    [one] 1 control
   *[other] { $controls } controls
    }.
page-framework-not-found = This assessment answers framework { $framework }, which is not available here. Open that framework file first.
page-problems-intro = Problems found:
page-dismiss = Dismiss
page-start-failed = The questionnaire could not start: { $reason }
page-privacy = Your answers stay in this browser. Nothing is sent anywhere.
page-sidebar-label = Progress and results
page-exported-invalid = { $file } was saved, but other tools will reject it until these problems are fixed.
## The review commands' own words on standard error

import-summary = imported — controls: { $controls }, groups: { $groups }, withdrawn and left out: { $withdrawn }, warnings: { $warnings }
import-profile-summary = target profile `{ $profile }` — targeted controls: { $targets }
output-wrote = wrote { $path }
review-positions = { $files } (positions in the order given)
review-formats = `{ $command }` writes one of: { $formats }
review-needs-assessments = give at least { PLURAL($count) ->
    [one] one assessment
   *[other] { $count } assessments
    }
review-k-zero = `--k` must be 1 or more
review-cannot-write = cannot write the output: { $reason }
parquet-needs-file = Parquet is written to a file: add `-o FILE.parquet`

# OSCAL export
export-ar-summary = OSCAL assessment results — findings: { $findings }, observations: { $observations }
export-poam-summary = OSCAL plan of action — items: { $items } (gaps against the profile `{ $profile }`)
# xlsx: questionnaire workbooks (kalkan export xlsx, kalkan import xlsx)
xlsx-column-id = Id
xlsx-column-control = Control
xlsx-column-question = Question
xlsx-column-answer = Answer
xlsx-column-notes = Notes
xlsx-column-evidence = Evidence (one per line)
xlsx-kalkan-note = Kalkan: what is needed to read this workbook back. Fill in the subject and the assessor; change nothing else.
xlsx-import-summary = imported — answered: { $answered } of { $controls } controls, warnings: { $warnings }
# CISO Assistant import
import-ciso-summary = imported — controls: { $controls }, groups: { $groups }, notes folded into descriptions: { $notes }, renamed ids: { $renamed }, warnings: { $warnings }
import-ciso-no-english = the library has no English: its { $locale } text is also given as the English text
import-ciso-mapping-set = { $source } → { $target } — mappings made: { $maps } of { $read } (left out: { $left }), sources not resolved: { $sources }, targets not resolved: { $targets }
import-ciso-mapping-unresolved = no requirement of { $urn } was resolved: give its framework library with `--framework`
import-ciso-mapping-summary = imported — mapping sets: { $sets }, warnings: { $warnings }
