# كلمات كالكان بالعربية. المعرّفات والمتغيرات نفسها الموجودة في `en.ftl`.

## المستندات والكلمات المشتركة

list-separator = ،{" "}
at-line-column = السطر { $line }، العمود { $column }
whole-document = (المستند كاملًا)

## الأخطاء: رسالة لكل رمز خطأ، وتفاصيل المشكلة متغيرات فيها

error-malformed_json = { $reason ->
    [eof] ينتهي النص قبل أن ينتهي المستند
    [trailing] توجد أحرف بعد نهاية المستند
    [expected-value] كان متوقعًا وجود قيمة
    [expected-colon] كان متوقعًا وجود «:» بعد المفتاح
    [expected-comma] كان متوقعًا وجود فاصلة أو قوس إغلاق
    [key-not-string] يجب أن يكون مفتاح الكائن نصًّا بين علامتي تنصيص مزدوجتين
    [invalid-string] يحتوي نصٌّ على تهريب غير صالح أو على حرف تحكم
    [invalid-number] يوجد عدد غير صالح أو كبير جدًا
    [too-deep] المستند متداخل بعمق مفرط
    [encoding] النص ليس بترميز UTF-8
    [yaml] النص ليس بصيغة `YAML` صالحة
   *[other] النص ليس بصيغة JSON صالحة
}
error-invalid_structure = { $problem ->
    [missing_field] الحقل `{ $field }` غير موجود
    [unknown_field] الحقل `{ $field }` غير مسموح به هنا؛ الحقول المسموح بها: { $expected }
    [duplicate_field] الحقل `{ $field }` مكرر
    [invalid_type] كان المتوقع { $expected ->
            [string] نصًّا
            [document] نصًّا بصيغة JSON أو كائنًا
            [integer] عددًا صحيحًا
            [unsigned] عددًا صحيحًا غير سالب
            [number] عددًا
            [boolean] قيمة منطقية (true أو false)
            [null] قيمة فارغة (null)
            [array] قائمة
            [object] كائنًا
            [date] تاريخًا
           *[other] { $expected }
        }، والموجود { $found ->
            [string] نصًّا
            [document] نصًّا بصيغة JSON أو كائنًا
            [integer] عددًا صحيحًا
            [unsigned] عددًا صحيحًا غير سالب
            [number] عددًا
            [boolean] قيمة منطقية (true أو false)
            [null] قيمة فارغة (null)
            [array] قائمة
            [object] كائنًا
            [date] تاريخًا
           *[other] { $found }
        }
    [invalid_value] كان المتوقع { $expected ->
            [string] نصًّا
            [document] نصًّا بصيغة JSON أو كائنًا
            [integer] عددًا صحيحًا
            [unsigned] عددًا صحيحًا غير سالب
            [number] عددًا
            [boolean] قيمة منطقية (true أو false)
            [null] قيمة فارغة (null)
            [array] قائمة
            [object] كائنًا
            [date] تاريخًا
           *[other] { $expected }
        }، والموجود { $found ->
            [string] نصًّا
            [document] نصًّا بصيغة JSON أو كائنًا
            [integer] عددًا صحيحًا
            [unsigned] عددًا صحيحًا غير سالب
            [number] عددًا
            [boolean] قيمة منطقية (true أو false)
            [null] قيمة فارغة (null)
            [array] قائمة
            [object] كائنًا
            [date] تاريخًا
           *[other] { $found }
        }
    [invalid_length] كان المتوقع { $expected ->
            [string] نصًّا
            [document] نصًّا بصيغة JSON أو كائنًا
            [integer] عددًا صحيحًا
            [unsigned] عددًا صحيحًا غير سالب
            [number] عددًا
            [boolean] قيمة منطقية (true أو false)
            [null] قيمة فارغة (null)
            [array] قائمة
            [object] كائنًا
            [date] تاريخًا
           *[other] { $expected }
        }، والموجود { $found ->
            [string] نصًّا
            [document] نصًّا بصيغة JSON أو كائنًا
            [integer] عددًا صحيحًا
            [unsigned] عددًا صحيحًا غير سالب
            [number] عددًا
            [boolean] قيمة منطقية (true أو false)
            [null] قيمة فارغة (null)
            [array] قائمة
            [object] كائنًا
            [date] تاريخًا
           *[other] { $found }
        }
    [unknown_variant] القيمة `{ $found }` غير مسموح بها هنا؛ القيم المتوقعة: { $expected }
    [not_json] { $reason ->
        [too_deep] هذه القيمة متداخلة بأكثر من 128 مستوى
        [integer_too_large] هذا العدد الصحيح لا يتسع له 64 بت
        [not_finite] هذا العدد غير منتهٍ (لا تعرف صيغة JSON القيمتين NaN واللانهاية)
        [not_unicode] هذا النص ليس ترميز Unicode صالحًا
        [key_not_string] يجب أن تكون مفاتيح الكائن نصوصًا
        [unsupported_type] لا يمكن كتابة هذه القيمة بصيغة JSON؛ المتوقع قاموس أو قائمة أو نص أو عدد أو قيمة منطقية أو None
       *[other] لا يمكن كتابة هذه القيمة بصيغة JSON
    }
    [not_oscal_catalog] كان المتوقع فهرس `OSCAL`: كائن `JSON` يتضمن `catalog`
    [not_oscal_profile] كان المتوقع ملف تعريف `OSCAL`: كائن `JSON` يتضمن `profile`
    [not_xlsx] كان المتوقع مصنف `Excel` بصيغة `.xlsx`
    [not_kalkan_workbook] لم يُنشئ `Kalkan` هذا المصنف: ورقة `Kalkan` مفقودة أو تالفة
    [not_ciso_library] كان المتوقع مكتبة `CISO Assistant`: قاموس `YAML` يتضمن `urn` و`objects`
    [not_ciso_framework] لا تحتوي مكتبة `CISO Assistant` هذه على إطار (`objects.framework`)؛ تُقرأ مكتبة المطابقات باستيراد المطابقات
    [not_ciso_mapping] لا تحتوي مكتبة `CISO Assistant` هذه على مجموعة مطابقات (`objects.requirement_mapping_set` أو `requirement_mapping_sets`)
    [unknown_document] تعذّر تحديد نوع هذا المستند: للإطار الحقلان `groups` و`scales`، وللتقييم الحقول `framework` و`subject` و`responses`، وللمطابقة الحقول `source` و`target` و`maps`
    [score_report] هذا تقرير نتائج، وليس إطارًا ولا تقييمًا: احسب نتائج التقييم الذي صدر عنه بدلًا منه
    [not_an_object] كان المتوقع كائن JSON (إطارًا أو تقييمًا أو مطابقة)
   *[other] المستند ليس بالبنية المتوقعة
}
error-invalid_id = { $what ->
    [framework] يجب أن يتكون معرّف الإطار `{ $id }` من أحرف لاتينية صغيرة وأرقام، بين كل كلمتين `-` واحدة
    [group] يجب أن يتكون معرّف المجموعة `{ $id }` من 1 إلى 64 حرفًا أو رقمًا أو من الرموز `.` `-` `_` `:` `(` `)`، بصيغة يونيكود `NFC`، دون مسافات أو محارف تحكّم أو وسوم
    [control] يجب أن يتكون معرّف الضابط `{ $id }` من 1 إلى 64 حرفًا أو رقمًا أو من الرموز `.` `-` `_` `:` `(` `)`، بصيغة يونيكود `NFC`، دون مسافات أو محارف تحكّم أو وسوم
    [scale] يجب أن يتكون معرّف المقياس `{ $id }` من 1 إلى 64 حرفًا أو رقمًا أو من الرموز `.` `-` `_` `:` `(` `)`، بصيغة يونيكود `NFC`، دون مسافات أو محارف تحكّم أو وسوم
    [option] يجب أن يتكون معرّف الخيار `{ $id }` من 1 إلى 64 حرفًا أو رقمًا أو من الرموز `.` `-` `_` `:` `(` `)`، بصيغة يونيكود `NFC`، دون مسافات أو محارف تحكّم أو وسوم
    [profile] يجب أن يتكون معرّف الملف المستهدف `{ $id }` من 1 إلى 64 حرفًا أو رقمًا أو من الرموز `.` `-` `_` `:` `(` `)`، بصيغة يونيكود `NFC`، دون مسافات أو محارف تحكّم أو وسوم
   *[other] يجب أن يتكون المعرّف `{ $id }` من 1 إلى 64 حرفًا أو رقمًا أو من الرموز `.` `-` `_` `:` `(` `)`، بصيغة يونيكود `NFC`، دون مسافات أو محارف تحكّم أو وسوم
}
error-invalid_version = `{ $version }` ليس رقم إصدار دلاليًا مثل `1.0.0`
error-invalid_date = { $allowed ->
    [date_or_timestamp] `{ $value }` ليس تاريخًا بصيغة YYYY-MM-DD ولا طابعًا زمنيًا وفق RFC 3339
   *[date] `{ $value }` ليس تاريخًا بصيغة YYYY-MM-DD
}
error-duplicate_id = { $what ->
    [scale] معرّف المقياس `{ $id }` مُعلَن أكثر من مرة
    [option] معرّف الخيار `{ $id }` مكرر في المقياس `{ $scale }`
    [level] المستوى { $id } مُعلَن أكثر من مرة
    [group] المعرّف `{ $id }` مستخدم من قبل في `{ $first }`
    [control] المعرّف `{ $id }` مستخدم من قبل في `{ $first }`
    [profile] معرّف الملف المستهدف `{ $id }` مُعلَن أكثر من مرة
    [group_target] المجموعة `{ $id }` مستهدفة أكثر من مرة في الملف المستهدف `{ $profile }`
    [control_target] الضابط `{ $id }` مستهدف أكثر من مرة في الملف المستهدف `{ $profile }`
    [response] أُجيب عن الضابط `{ $id }` أكثر من مرة
    [map] الزوج `{ $id }` مطابَق أكثر من مرة (أول مرة في `{ $first }`)
   *[other] المعرّف `{ $id }` مستخدم أكثر من مرة
}
error-unknown_scale = المقياس `{ $scale }` غير مُعلَن؛ المقاييس المُعلَنة: { $known }
error-invalid_encoding = { $encoding ->
    [utf-8] النص ليس بترميز `UTF-8` صالح (أول بايت غير صالح في الموضع { $offset })؛ احفظ الملف بترميز `UTF-8`
   *[other] النص مرمَّز بـ `{ $encoding }` وليس بـ `UTF-8`؛ احفظ الملف بترميز `UTF-8`
}
error-input_too_large = حجم المستند { $size } بايت، وهو يتجاوز الحد المسموح به البالغ { $limit } بايت
error-too_deep = تداخل المستند يتجاوز { $limit } مستوى
error-too_many = { $what ->
    [groups] يضم الإطار { $count } مجموعة، وهو ما يتجاوز الحد البالغ { $limit }
    [controls] يضم الإطار { $count } ضابطًا، وهو ما يتجاوز الحد البالغ { $limit }
    [options] يضم المقياس { $count } خيارًا، وهو ما يتجاوز الحد البالغ { $limit }
    [responses] يضم التقييم { $count } إجابة، وهو ما يتجاوز الحد البالغ { $limit }
   *[other] عدد العناصر { $count }، وهو ما يتجاوز الحد البالغ { $limit }
}
error-text_too_long = طول النص { $length } محرفًا، وهو ما يتجاوز الحد البالغ { $limit }
error-unsafe_text = { $reason ->
    [bidi] يحتوي النص على محرف تحكّم في الاتجاه `{ $char }` (عند المحرف { $position }) غير مُغلَق أو لا يُغلق شيئًا، وقد يقلب اتجاه النص الذي يليه
   *[control] يحتوي النص على محرف تحكّم `{ $char }` (عند المحرف { $position })؛ لا يُسمح إلا بمحرف الجدولة وفواصل الأسطر
}
error-too_many_problems = لم تُدرج { $dropped } مشكلة أخرى (أُدرجت أول { $limit } مشكلة فقط)
error-no_applicable_option = يجب أن يتضمن المقياس `{ $scale }` خيارًا واحدًا على الأقل غير «لا ينطبق»
error-dates_out_of_order = اكتمل التقييم ({ $completed }) قبل تاريخ بدئه ({ $started })
error-empty_scale = يجب أن يتضمن المقياس `{ $scale }` خيارًا واحدًا على الأقل
error-undeclared_level = المستوى { $level } غير مُعلَن؛ { $known_count ->
    [0] لا يُعلن الإطار أي مستويات
   *[other] المستويات المُعلَنة: { $known }
}
error-invalid_level = تُرقَّم المستويات ابتداءً من 1؛ المستوى 0 يعني عدم بلوغ أي مستوى وهو ضمني
error-invalid_weight = يجب أن يكون الوزن عددًا منتهيًا أكبر من 0 ولا يتجاوز { $max }، والموجود `{ $weight }`
error-credit_out_of_range = يجب أن تكون الدرجة بين 0 و1، والموجود `{ $credit }`
error-empty_group = { $what ->
    [framework] يجب أن يتضمن الإطار مجموعة واحدة على الأقل
   *[group] يجب أن تتضمن المجموعة `{ $group }` ضابطًا أو مجموعة فرعية واحدة على الأقل
}
error-missing_english = النص الإنجليزي (`en`) مطلوب
error-missing_translation = ينقص هذا النص: { $missing }
error-unknown_group = المجموعة `{ $group }` غير موجودة في هذا الإطار
error-unknown_control = { $what ->
    [response] الضابط `{ $control }` غير موجود في { $framework } { $version }
    [mapping_source] الضابط المصدر `{ $control }` غير موجود في { $framework } { $version }
    [mapping_target] الضابط الهدف `{ $control }` غير موجود في { $framework } { $version }
   *[control_target] الضابط `{ $control }` غير موجود في هذا الإطار
}
error-framework_mismatch = يجيب التقييم عن الإطار `{ $found }`، والمتوقع `{ $expected }`
error-invalid_version_requirement = `{ $requirement }` ليس شرط إصدار مثل `^1.0` أو `1.2`
error-version_not_satisfied = إصدار الإطار { $version } لا يستوفي الشرط `{ $requirement }`
error-unknown_option = الخيار `{ $option }` ليس من خيارات مقياس الضابط؛ الخيارات المتوقعة: { $known }
error-unknown_profile = الملف المستهدف `{ $profile }` غير موجود؛ { $known_count ->
    [0] لا يُعلن الإطار أي ملفات مستهدفة
   *[other] الملفات المستهدفة المُعلَنة: { $known }
}
error-no_profile = لم يُحدَّد ملف مستهدف: حدِّد واحدًا، أو اذكره في الحقل `profile` من التقييم؛ { $known_count ->
    [0] لا يُعلن الإطار أي ملفات مستهدفة
   *[other] الملفات المستهدفة المُعلَنة: { $known }
}
error-invalid_country = `{ $country }` ليس رمز بلد من حرفين وفق ISO 3166-1، مثل `TR` أو `MA`
error-missing_subject = يجب أن يكون للجهة المُقيَّمة اسم
error-framework_not_found = لا يوجد إطار `{ $id }` يستوفي شرط الإصدار `{ $requirement }`{ $available_count ->
    [0] {""}
   *[other] {" "}(المتاح: { $available })
}
error-conflicting_framework = الإطار `{ $id }` بالإصدار `{ $version }` مسجَّل من قبل بمحتوى مختلف
error-subject_mismatch = المستندات عن جهات مختلفة: `{ $found }`، والمتوقع `{ $expected }`
error-version_mismatch = التقارير من إصدارات رئيسية مختلفة للإطار: { $found }، والمتوقع { $expected }
error-missing_respondent = لا يذكر التقييم أي مُقيِّم، فالمجيب غير معروف: أضف `assessor` مع الاسم (و`id` أو `email` للتمييز بين المتشابهين في الاسم)
error-duplicate_respondent = سبق أن أجاب المجيب `{ $respondent }` (التقييم { $first })؛ لكل مجيب تقييم واحد
error-nothing_given = لم { $what ->
    [assessments] يُقدَّم أي تقييم
    [reports] يُقدَّم أي تقرير
   *[other] يُقدَّم أي مستند
    }
error-unreadable = تعذّرت قراءة `{ $path }`: { $reason }
error-invalid_argument = يجب أن يكون الوسيط `{ $argument }` { $expected }، والموجود `{ $found }`{ $reason ->
    [none] {""}
   *[other] {" "}({ $reason })
}
error-mapping_mismatch = { $side ->
    [source] المطابقة صادرة من الإطار `{ $found }`، والمتوقع `{ $expected }`
   *[target] المطابقة موجّهة إلى الإطار `{ $found }`، والمتوقع `{ $expected }`
}
error-no_mapping = لا توجد مطابقة من { $source } إلى { $target }: قدّم مستند مطابقة، أو انقل التقييم بين إصدارين من الإطار نفسه
error-different_frameworks = `{ $old }` و`{ $new }` إطاران مختلفان: المقارنة تكون بين إصدارين من الإطار نفسه
error-internal = خطأ داخلي في كالكان (يُرجى الإبلاغ عنه): { $reason }

## الأخطاء كاملة

error-parse = { $problem_code ->
    [malformed_json] { $document ->
            [framework] الإطار
            [assessment] التقييم
            [mapping] المطابقة
            [adjudication] قرار الفصل
           *[report] التقرير
        } ليس بصيغة JSON سليمة: { $first }
   *[other] { $pointer_is_root ->
        [yes] { $document ->
            [framework] الإطار
            [assessment] التقييم
            [mapping] المطابقة
            [adjudication] قرار الفصل
           *[report] التقرير
        } ليس بالبنية المتوقعة: { $first }
       *[no] { $document ->
            [framework] الإطار
            [assessment] التقييم
            [mapping] المطابقة
            [adjudication] قرار الفصل
           *[report] التقرير
        } ليس بالبنية المتوقعة في `{ $pointer }`: { $first }
    }
}
error-invalid = { $document ->
            [framework] الإطار
            [assessment] التقييم
            [mapping] المطابقة
            [adjudication] قرار الفصل
           *[report] التقرير
        } غير صالح: { PLURAL($count) ->
    [zero] لا مشكلات
    [one] مشكلة واحدة
    [two] مشكلتان
    [few] { $count } مشكلات
    [many] { $count } مشكلة
   *[other] { $count } مشكلة
    }، أولاها: { $first }

## تنبيهات التقارير

warning-incomplete = الضوابط التي لم يُجَب عنها: { $unanswered } من أصل { $controls }، وتُحتسب غير مستوفاة
warning-nothing_applicable = أُجيب عن جميع الضوابط بأنها لا تنطبق: لا يوجد مؤشر مركّب ولا امتثال ولا مستوى

## الكلمات المحيطة بالنتائج: التقارير (HTML وMarkdown والنص)، وسطر الأوامر، والصفحة

labelled = { $label }: { $value }
label-colon = { $label }:
report-title = تقرير التقييم الذاتي للأمن السيبراني
executive-summary = الملخص التنفيذي
charts = النتائج في لمحة
results-by-group = النتائج حسب المجموعة
controls-by-group = الضوابط حسب المجموعة
prioritized-gaps = الفجوات حسب الأولوية
top-gaps = أهم الفجوات
top-gaps-for = أهم الفجوات ({ $profile })
warnings = تنبيهات
about-framework = الإطار المستخدم
framework = الإطار
framework-id = المعرّف
version = الإصدار
digest = بصمة المحتوى
publisher = الناشر
license = الترخيص
source = المصدر
released = تاريخ الإصدار
subject = الجهة المُقيَّمة
subject-kind = النوع
country = البلد
sector = القطاع
assessor = المُقيِّم
period = فترة التقييم
target-profile = الملف المستهدف
no-target-profile = لم يُحدَّد ملف مستهدف، لذا لا يوجد تحليل للفجوات (حدِّده باستخدام ‎--target‎).
group = المجموعة
control = الضابط
title = العنوان
level = المستوى
index = المؤشر المركّب
compliance = نسبة الامتثال
completeness = نسبة الاكتمال
target = المستهدف
answer = الإجابة
status = الحالة
notes = الملاحظات والأدلة
status-met = مستوفى
status-not-met = غير مستوفى
status-not-applicable = لا ينطبق
status-unanswered = دون إجابة
maturity-level = مستوى النضج
index-headline = المؤشر المركّب (0-100)
level-of = { $n } من { $total }
no-level-reached = لم يُبلَغ أي مستوى
no-level = لا مستوى: لا يحمل أي ضابط منطبق مستوى
no-value = غير متاح: لا شيء منطبق
targets-reached = أهداف المجموعات المتحققة
gap-count = الضوابط المطلوبة غير المستوفاة
strongest = أقوى مجموعة
weakest = أضعف مجموعة
no-gaps = لا فجوات: جميع الضوابط التي يتطلبها الهدف مستوفاة.
reached = متحقق
not-reached = غير متحقق
radar-title = المؤشر المركّب حسب المجموعة (0-100)
bars-title = مستوى النضج حسب المجموعة مقارنةً بالمستهدف
current-level = المستوى الحالي
target-level = المستوى المستهدف
levels-legend = مستويات النضج
no-levels-chart = لا يستخدم هذا الإطار مستويات نضج.
why-required = سبب الاشتراط
by-target-level = المستوى المستهدف { $level }
by-profile = مذكور في الملف المستهدف
more-gaps = { PLURAL($count) ->
    [one] … وفجوة أخرى
    [two] … وفجوتان أخريان
    [few] … و{ $count } فجوات أخرى
    [many] … و{ $count } فجوةً أخرى
   *[other] … و{ $count } فجوة أخرى
}
generated-by = أُعدّ بواسطة كالكان { $version }
priority = الأولوية
file = الملف
result = النتيجة
questions-count = { PLURAL($count) ->
    [zero] لا أسئلة
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
    [many] { $count } سؤالًا
   *[other] { $count } سؤال
}

## أنواع الجهات، والنتيجة التي يعرضها الإطار أولًا

kind-ministry = وزارة
kind-agency = هيئة
kind-organisation = جهة أخرى
kind-country = دولة (تقييم وطني)
kind-operator = مشغّل خدمات أساسية
headline-level = مستوى النضج
headline-index = المؤشر المركّب
headline-compliance = نسبة الامتثال

## الاستبيان في الطرفية

questionnaire = الاستبيان
question-count = السؤال { $n } من { $total }
resuming = استئناف: الأسئلة المُجاب عنها { $answered } من { $total }.
answer-prompt = الإجابة [1-{ $max }، s تخطٍّ، n ملاحظة، ? إرشادات، q خروج]:
invalid-choice = يُرجى كتابة رقم من 1 إلى { $max }، أو s أو n أو ? أو q.
note-prompt = ملاحظة:
note-kept = حُفظت الملاحظة مؤقتًا وستُحفظ مع الإجابة.
note-dropped = لم تُحفظ الملاحظة: تُحفظ الملاحظات مع الإجابة.
statement = الممارسة المطلوبة
guidance = إرشادات
no-guidance = لا توجد إرشادات لهذا الضابط.
saved = حُفظ (الأسئلة المُجاب عنها: { $answered } من { $total }).
skipped = تم التخطي.
stopped = توقف (الأسئلة المُجاب عنها: { $answered } من { $total })، والحفظ في { $file }. أعد تشغيل الأمر نفسه للمتابعة.
finished = انتهى الاستبيان (الأسئلة المُجاب عنها: { $answered } من { $total })، والحفظ في { $file }.
nothing-to-ask = تمت الإجابة عن جميع الأسئلة.
subject-prompt = اسم الجهة المُقيَّمة:
subject-required = الاسم مطلوب.
nothing-saved = توقف قبل بدء التقييم: لم يُحفظ شيء.

## مخرجات التحقق

validate-valid = { $document ->
    [framework] إطار صالح
    [assessment] تقييم صالح
   *[other] مستند صالح
}
validate-invalid = { $document ->
    [framework] إطار غير صالح
    [assessment] تقييم غير صالح
   *[other] مستند غير صالح
}
validate-against = مقارنةً بـ { $framework }
error-count = { PLURAL($count) ->
    [zero] لا أخطاء
    [one] خطأ واحد
    [two] خطآن
    [few] { $count } أخطاء
    [many] { $count } خطأً
   *[other] { $count } خطأ
}
warning-count = { PLURAL($count) ->
    [zero] لا تنبيهات
    [one] تنبيه واحد
    [two] تنبيهان
    [few] { $count } تنبيهات
    [many] { $count } تنبيهًا
   *[other] { $count } تنبيه
}
problem-error = خطأ
problem-warning = تنبيه
validate-summary = الملفات: { $files }، الصالحة: { $valid }، غير الصالحة: { $invalid }
cannot-read-file = تعذّرت قراءة `{ $path }`: { $reason }
not-a-document = ليس إطارًا ولا تقييمًا
score-batch-summary = الملفات المحتسبة: { $scored } من { $total }، والمتعذرة: { $failed }

## الأطر

no-builtin-frameworks = لا توجد أطر مدمجة.
column-id = المعرّف
column-version = الإصدار
column-groups = المجموعات
column-controls = الضوابط
column-levels = المستويات
column-profiles = الملفات المستهدفة
column-title = العنوان
levels = المستويات
scales = المقاييس
profiles = الملفات المستهدفة
groups-and-controls = المجموعات والضوابط
credit = الدرجة { $credit }
meets = يستوفي الضابط
weight = الوزن { $weight }
target-group = { $group } ≥ { $level }
target-control = { $control } مستوفى
controls-count = { PLURAL($count) ->
    [zero] لا ضوابط
    [one] ضابط واحد
    [two] ضابطان
    [few] { $count } ضوابط
    [many] { $count } ضابطًا
   *[other] { $count } ضابط
}

## حالات الرفض الخاصة بسطر الأوامر

output-other-framework = يجيب { $file } عن إطار آخر غير { $framework } { $version }؛ اختر ملف إخراج آخر باستخدام ‎-o‎
output-invalid-assessment = { $file } ليس تقييمًا صالحًا للإطار { $framework } { $version } (عدد المشكلات: { $count })؛ صحّحه أو اختر ملف إخراج آخر باستخدام ‎-o‎
new-assessment-invalid = لن يكون التقييم الجديد صالحًا
document-invalid = { $document ->
    [framework] الإطار
    [assessment] التقييم
   *[other] المستند
    } غير صالح (عدد المشكلات: { $count })
document-unreadable = { $document ->
    [framework] الإطار
    [assessment] التقييم
   *[other] المستند
    } ليس بصيغة JSON وبالبنية المتوقعة
headline = النتيجة الرئيسية
## مقارنة إصدارات الإطار (`kalkan diff`) وسجل التغييرات

diff-heading = { $id }: { $old } ← { $new }
diff-counts = التغييرات حسب الفئة: تكسر التوافق { $breaking }، إضافات { $additive }، تحريرية { $editorial }
diff-none = لا توجد تغييرات
diff-class-heading = { $class ->
    [breaking] تغييرات تكسر التوافق (تتطلب إصدارًا رئيسيًا)
    [additive] إضافات (تتطلب إصدارًا فرعيًا)
   *[editorial] تغييرات تحريرية (تتطلب إصدارًا تصحيحيًا)
}
bump-name = { $bump ->
    [major] إصدار رئيسي
    [minor] إصدار فرعي
    [patch] إصدار تصحيحي
   *[none] لا إصدار
}
diff-check-ok = نجح التحقق من رقم الإصدار: تتطلب التغييرات { $required ->
    [major] إصدارًا رئيسيًا
    [minor] إصدارًا فرعيًا
    [patch] إصدارًا تصحيحيًا
   *[none] لا إصدار
    }، والانتقال من { $old } إلى { $new } { $actual ->
    [major] إصدار رئيسي
    [minor] إصدار فرعي
    [patch] إصدار تصحيحي
   *[none] ليس إصدارًا جديدًا
    }
diff-check-failed = فشل التحقق من رقم الإصدار: تتطلب التغييرات { $required ->
    [major] إصدارًا رئيسيًا
    [minor] إصدارًا فرعيًا
    [patch] إصدارًا تصحيحيًا
   *[none] لا إصدار
    }، لكن الانتقال من { $old } إلى { $new } { $actual ->
    [major] إصدار رئيسي
    [minor] إصدار فرعي
    [patch] إصدار تصحيحي
   *[none] ليس إصدارًا جديدًا
    }
diff-violation = { $change } (يتطلب { $required ->
    [major] إصدارًا رئيسيًا
    [minor] إصدارًا فرعيًا
   *[patch] إصدارًا تصحيحيًا
    })
changelog-heading = { $title } { $version }
changelog-since = التغييرات منذ الإصدار { $old }: تكسر التوافق { $breaking }، إضافات { $additive }، تحريرية { $editorial }.
text-field = { $field ->
    [title] العنوان
    [statement] الممارسة المطلوبة
    [question] السؤال
    [guidance] الإرشادات
    [description] الوصف
    [name] الاسم
    [label] التسمية
   *[other] { $field }
}
change-framework_text_changed = تغيّر { $field ->
    [title] عنوان
   *[description] وصف
    } الإطار ({ $languages })
change-metadata_changed = تغيّر { $field ->
    [publisher] ناشر
    [license] ترخيص
   *[source_url] عنوان مصدر
    } الإطار من `{ $from }` إلى `{ $to }`
change-headline_changed = تغيّرت النتيجة الرئيسية من `{ $from }` إلى `{ $to }`
change-scale_added = إضافة المقياس `{ $scale }`
change-scale_removed = حذف المقياس `{ $scale }`
change-scale_text_changed = إعادة صياغة عنوان المقياس `{ $scale }` ({ $languages })
change-option_added = إضافة الخيار `{ $option }` إلى المقياس `{ $scale }`
change-option_removed = حذف الخيار `{ $option }` من المقياس `{ $scale }`
change-option_credit_changed = تغيّرت درجة الخيار `{ $option }` في المقياس `{ $scale }` من { $from } إلى { $to }
change-option_meets_changed = الخيار `{ $option }` في المقياس `{ $scale }` { $to ->
    [yes] أصبح يعني استيفاء الضابط
   *[no] لم يعد يعني استيفاء الضابط
    }
change-option_not_applicable_changed = الخيار `{ $option }` في المقياس `{ $scale }` { $to ->
    [yes] أصبح يعني «لا ينطبق»
   *[no] لم يعد يعني «لا ينطبق»
    }
change-option_text_changed = إعادة صياغة تسمية الخيار `{ $option }` في المقياس `{ $scale }` ({ $languages })
change-options_reordered = إعادة ترتيب خيارات المقياس `{ $scale }`
change-level_added = إضافة المستوى { $level }
change-level_removed = حذف المستوى { $level }
change-level_text_changed = إعادة صياغة { $field ->
    [name] اسم
   *[description] وصف
    } المستوى { $level } ({ $languages })
change-group_added = إضافة المجموعة `{ $group }` ضمن `{ $parent }`
change-group_removed = حذف المجموعة `{ $group }` من `{ $parent }`
change-group_moved = نقل المجموعة `{ $group }` من `{ $from }` إلى `{ $to }`
change-group_weight_changed = تغيّر وزن المجموعة `{ $group }` من { $from } إلى { $to }
change-group_text_changed = إعادة صياغة { $field ->
    [title] عنوان
   *[description] وصف
    } المجموعة `{ $group }` ({ $languages })
change-groups_reordered = إعادة ترتيب المجموعات ضمن `{ $group }`
change-control_added = إضافة الضابط `{ $control }` إلى المجموعة `{ $group }`
change-control_removed = حذف الضابط `{ $control }` من المجموعة `{ $group }`
change-control_renamed = تغيير معرّف الضابط `{ $from }` إلى `{ $to }`
change-control_moved = نقل الضابط `{ $control }` من المجموعة `{ $from }` إلى المجموعة `{ $to }`
change-control_level_changed = تغيّر مستوى الضابط `{ $control }` من { $from } إلى { $to }
change-control_weight_changed = تغيّر وزن الضابط `{ $control }` من { $from } إلى { $to }
change-control_scale_changed = أصبح الضابط `{ $control }` يستخدم المقياس `{ $to }` بدلًا من `{ $from }`
change-control_text_changed = إعادة صياغة { $field ->
    [title] عنوان
    [statement] الممارسة المطلوبة في
    [question] سؤال
   *[guidance] إرشادات
    } الضابط `{ $control }` ({ $languages })
change-control_references_added = إضافة مراجع مقابلة إلى الضابط `{ $control }`: { $references }
change-control_references_removed = حذف مراجع مقابلة من الضابط `{ $control }`: { $references }
change-control_tags_changed = تغيّرت وسوم الضابط `{ $control }` (أُضيف: { $added_count ->
    [0] لا شيء
   *[other] { $added }
    }؛ حُذف: { $removed_count ->
    [0] لا شيء
   *[other] { $removed }
    })
change-controls_reordered = إعادة ترتيب ضوابط المجموعة `{ $group }`
change-profile_added = إضافة الملف المستهدف `{ $profile }`
change-profile_removed = حذف الملف المستهدف `{ $profile }`
change-profile_targets_changed = تغيّرت أهداف الملف المستهدف `{ $profile }` (أُضيف: { $added_count ->
    [0] لا شيء
   *[other] { $added }
    }؛ حُذف: { $removed_count ->
    [0] لا شيء
   *[other] { $removed }
    })
change-profile_text_changed = إعادة صياغة { $field ->
    [title] عنوان
   *[description] وصف
    } الملف المستهدف `{ $profile }` ({ $languages })
sentence-separator = ؛{" "}
mapping-generated-title = مطابقة مولَّدة من { $old } إلى { $new }
mapping-unchanged = دون تغيير

## نقل التقييمات (`kalkan migrate`)

relationship = { $relationship ->
    [equal-to] مطابق لـ
    [equivalent-to] مكافئ لـ
    [subset-of] جزء من
    [superset-of] يشمل
    [intersects-with] يتقاطع مع
   *[no-relationship] لا علاقة له بـ
}
migration-heading = نقل تقييم «{ $subject }» من { $source } إلى { $target }
migration-basis = { $basis ->
    [identity] الإطار نفسه: تبقى كل إجابة كما هي
    [given] المطابقة: المطابقة المقدَّمة
    [builtin] المطابقة: مطابقة مدمجة في Kalkan ({ $title })
    [generated] المطابقة: مولَّدة من مقارنة الإصدارين
   *[references] المطابقة: المراجع المقابلة لضوابط المصدر
}
migration-counts = ضوابط الهدف: { $controls }؛ منقولة { $carried }، للمراجعة { $review }، جديدة { $new }، دون إجابة في المصدر { $unanswered }
migration-outcome = { $outcome ->
    [carried] منقول
    [review] للمراجعة
    [new] جديد
   *[unanswered] دون إجابة في المصدر
}
migration-carried = `{ $control }`: نُقلت الإجابة `{ $option }` من `{ $source }` ({ $relationship })
migration-review = `{ $control }`: للمراجعة ({ $reason ->
    [not_exact] ليست مطابقة تامة
    [no_translation] لا يوجد في مقياس هذا الضابط خيار مساوٍ للإجابة
   *[disagreement] أُجيب عن المصادر المطابقة بإجابات مختلفة
    })؛ الاقتراحات: { $suggestions }
migration-suggestion = `{ $source }` ({ $relationship }): { $option }
migration-suggestion-unanswered = `{ $source }` ({ $relationship }): دون إجابة
migration-new = `{ $control }`: جديد، لا يطابقه أي ضابط
migration-unanswered = `{ $control }`: يطابق `{ $source }` تمامًا، ولم يُجَب عنه
migration-left-behind = إجابات لا يستخدمها أي ضابط في الهدف: { $controls }
migration-profile-dropped = الملف المستهدف `{ $profile }` غير موجود في { $target }، فلم يُنقل
migration-written = كُتب التقييم المنقول في { $path }

## الإسقاط (`kalkan score --project-onto`)

projection-heading = { $source } من منظور { $target }
projection-basis = { $basis ->
    [given] المطابقة: المطابقة المقدَّمة
    [builtin] المطابقة: مطابقة مدمجة في Kalkan
    [references] المطابقة: المراجع المقابلة في { $source } (يُقرأ كل مرجع بمعنى «جزء من»)
   *[other] المطابقة: { $basis }
}
projection-coverage = التغطية: { $covered } من أصل { $controls } من ضوابط الهدف تحسمها ضوابط مطابَقة ({ $percent })؛ { $partial } مغطاة جزئيًا فقط (ضوابط متقاطعة لا تُحتسب مستوفاة أبدًا)؛ { $uncovered } غير مغطاة
projection-rule = القاعدة: لا يُعدّ ضابط الهدف مستوفى إلا إذا استوفاه كل ضابط مصدر مطابق أو مكافئ أو جزء منه أو شامل له؛ ويُعرض الضابط المتقاطع دون أن يُحتسب
projection-control = `{ $control }`: { $status ->
    [met] مستوفى
    [not_met] غير مستوفى
    [not_applicable] لا ينطبق
   *[unanswered] غير محسوم
    } بناءً على { $sources }
projection-source = `{ $source }` ({ $relationship }) { $status ->
    [met] مستوفى
    [not_met] غير مستوفى
    [not_applicable] لا ينطبق
   *[unanswered] دون إجابة
    }
projection-uncovered = غير مغطاة: { $controls }
projection-derivations = كيف اشتُقّت حالة كل ضابط مغطّى في الهدف
migration-section = { $outcome ->
    [carried] الإجابات المنقولة
    [review] للمراجعة
    [new] ضوابط جديدة
   *[unanswered] دون إجابة في المصدر
}
## المراجعة الوطنية (الدمج والمقارنة والاتجاه والتجميع وإخفاء الهوية)

review-benchmark-title = المقارنة المرجعية: { $framework }
review-comparison-title = ما الذي تغيّر: { $subject }
review-trend-title = الاتجاه: { $subject }
review-merge-title = التقييم المدمج: { $subject }
review-versions = الإصدارات المحتسبة
review-k = أصغر فئة تُنشر
review-subjects = الجهات
review-everyone = جميع الجهات
review-not-stated = غير مذكور
review-suppressed = محجوب
review-suppressed-note = محجوب: عدد الجهات أقل من { $k }، أو حُجب حتى لا يمكن استنتاج فئة محجوبة من المجاميع.
review-withheld = محجوب
review-group = المجموعة
review-index = المؤشر المركّب
review-level = المستوى
review-no-level = بلا مستوى
review-min = الأدنى
review-q1 = الربيع الأول
review-median = الوسيط
review-q3 = الربيع الثالث
review-max = الأعلى
review-mean = المتوسط
review-n-values = القيم
review-box-cohorts = المؤشر المركّب حسب الفئة (الإطار كاملًا)
review-box-groups = المؤشر المركّب حسب المجموعة، لجميع الجهات
review-heat-levels = مستوى النضج المحقَّق، نسبةً من كل فئة
review-medians = وسيط المؤشر المركّب حسب الفئة والمجموعة
review-quantile-note = الأرباع محسوبة بالطريقة الخطية (الطريقة الافتراضية في أدوات التحليل الإحصائي الشائعة)؛ والمتوسط هو المجموع المقرَّب بدقة مقسومًا على عدد القيم.
review-grid-note = حيث يأخذ المؤشر المركّب أو الامتثال في فئة أكثر من { $limit } قيمة مختلفة، تُحسب أرباعه ووسيطه على شبكة خطوتها { $width } (فلا يبعد أيٌّ منها عن القيمة الدقيقة أكثر من نصف الخطوة)؛ ويبقى العدد والأدنى والأعلى والمتوسط دقيقة.
review-placement-title = موقع { $subject }
review-peers-everyone = جميع الجهات
review-peers-cohort = الفئة { $cohort }
review-placement-summary = مقارنةً مع { $peers } (عدد المجموعات المقارَنة { $compared }): أعلى من الوسيط في { $above }، وعند الوسيط في { $at }، ودونه في { $below }.
review-placement-suppressed = مقارنةً مع { $peers }: لا موقع، لأن الفئة محجوبة.
review-percentile-rank = الرتبة المئينية
review-position = الموقع
review-position-above = أعلى من الوسيط
review-position-at = عند الوسيط
review-position-below = دون الوسيط
review-subject-index = المؤشر المركّب للجهة { $subject }
review-before = قبل
review-after = بعد
review-change = التغيّر
review-control = الضابط
review-date = التاريخ
review-changes-summary = الضوابط التي تغيّرت
review-change-improved = تحسّن
review-change-regressed = تراجع
review-change-unchanged = بلا تغيير
review-change-mixed = متباين
review-change-newly_answered = أُجيب عنه حديثًا
review-change-no_longer_answered = لم يعد مُجابًا عنه
review-change-applicability = تغيّر الانطباق
review-change-added = مضاف
review-change-removed = محذوف
review-trend-chart = { $group }: المؤشر المركّب عبر الزمن
review-trend-table = المؤشر المركّب عبر الزمن
review-rule-consensus = التوافق
review-rule-minimum = الأدنى
review-rule-median = الوسيط
review-rule-majority = الأغلبية
review-respondents = المجيبون
review-adjudicator = جهة الفصل
review-conflicts = حالات التعارض
review-settled = فُصل فيها بـ{ $option }
review-unsettled = تُركت دون إجابة
review-no-conflicts = لا تعارض: حسمت القاعدة كل ضابط أجاب عنه المجيبون.
review-merge-summary = دُمج بقاعدة { $rule }: عدد الضوابط المُجاب عنها { $carried }، وعدد حالات التعارض { $conflicts } (فُصل بالتحكيم في { $settled } منها).
review-anonymized = التقييمات المُخفاة الهوية المكتوبة: { $count }.
review-failed = التقييمات التي تعذّر احتساب نتائجها: { $failed } من { $total }.
review-cohort-heading = { $cohort } (عدد الجهات { $count })
review-generated-by = أُنشئ بواسطة كالكان { $version }

## الاستبيان في المتصفح

page-app-title = التقييم الذاتي للأمن السيبراني
page-skip-to-questions = الانتقال إلى الأسئلة
page-language = اللغة
page-builtin-frameworks = الأطر المدمجة
page-custom-frameworks = أطر مفتوحة من ملف
page-builtin-unavailable = تعذّر تحميل الأطر المدمجة ({ $reason }). افتح ملف إطار، أو أعد تحميل الصفحة بعد عودة الاتصال.
page-offline-unavailable = تعذّر حفظ هذه الصفحة لاستخدامها دون اتصال: { $reason }
page-language-unavailable = تعذّر تحميل النصوص بلغة { $language } ({ $reason })؛ أعد تحميل الصفحة بعد عودة الاتصال.
page-open-framework = فتح ملف إطار…
page-export-assessment = تصدير التقييم
page-export-oscal = تصدير نتائج OSCAL
page-export-poam = تصدير خطة عمل OSCAL
page-oscal-failed = تعذّر إعداد نتائج OSCAL من هذا التقييم.
page-poam-failed = تعذّر إعداد خطة عمل OSCAL من هذا التقييم.
page-import-assessment = استيراد تقييم…
page-no-framework = لا يتوفر أي إطار بعد. افتح ملف إطار للبدء.
page-subject-heading = عن الجهة
page-subject-name = اسم الجهة
page-subject-kind = نوع الجهة
page-subject-country = رمز الدولة (ISO 3166، مثل TR)
page-kind-none = — غير محدد —
page-progress-overall = الأسئلة المُجاب عنها: { $answered } من { $total }
page-progress-section = المُجاب عنها: { $answered } من { $total }
page-progress-heading = التقدّم
page-sections-nav = الأقسام
page-next-unanswered = الانتقال إلى السؤال التالي دون إجابة
page-all-answered = تمت الإجابة عن جميع الأسئلة.
page-notes = ملاحظات
page-clear-answer = مسح الإجابة
page-level = المستوى { $level }
page-results = النتائج
page-section = القسم
page-whole-framework = الإطار كاملًا
page-level-not-reached = لم يُبلغ أي مستوى بعد
page-not-available = غير متاح
page-radar-title = المؤشر المركّب حسب القسم (من 0 إلى 100)
page-radar-description = مخطط راداري؛ ويعرض الجدول أدناه الأرقام نفسها.
page-scores-by-section = النتائج حسب القسم
page-need-subject = أدخل اسم الجهة أعلاه لعرض النتائج.
page-cannot-score = لا يمكن احتساب النتائج بعد:
page-gaps = الفجوات
page-profile-none = — لا شيء —
page-no-profiles = لا يحدد هذا الإطار أي ملف مستهدف.
page-choose-profile = اختر ملفًا مستهدفًا لمعرفة ما ينقص لبلوغه.
page-not-reached = غير متحقق (الناقص: { $missing })
page-gap-controls = أسئلة تحتاج إلى تحسين ({ $count })
page-no-gaps = لا توجد فجوات: تم بلوغ الملف المستهدف.
page-current-answer = الإجابة الحالية: { $answer }
page-saved = حُفظ في هذا المتصفح.
page-save-failed = تعذّر حفظ تغييراتك في هذا المتصفح ({ $reason }). صدّر التقييم للاحتفاظ بنسخة.
page-storage-unavailable = لا يسمح هذا المتصفح بالحفظ ({ $reason })؛ وستضيع الإجابات عند إعادة التحميل. صدّر التقييم للاحتفاظ بنسخة.
page-exported = صُدِّر التقييم في الملف { $file }.
page-oscal-exported = صُدِّرت نتائج تقييم OSCAL في الملف { $file }.
page-poam-exported = صُدِّرت خطة عمل OSCAL في الملف { $file }.
page-imported = استُورد التقييم من الملف { $file }.
page-import-failed = لم يُستورد الملف { $file }، ولم تتغير إجاباتك.
page-framework-failed = لا يمكن استخدام الملف { $file } إطارًا.
page-framework-loaded = فُتح الإطار «{ $title }» من الملف { $file }.
page-framework-imported = استُورد الإطار «{ $title }» من الملف { $file }: { PLURAL($controls) ->
    [zero] لا ضوابط
    [one] ضابط واحد
    [two] ضابطان
    [few] { $controls } ضوابط
    [many] { $controls } ضابطًا
   *[other] { $controls } ضابط
    }.
page-framework-not-found = يجيب هذا التقييم عن الإطار { $framework }، وهو غير متوفر هنا. افتح ملف ذلك الإطار أولًا.
page-problems-intro = المشكلات التي وُجدت:
page-dismiss = إغلاق
page-start-failed = تعذّر تشغيل الاستبيان: { $reason }
page-privacy = تبقى إجاباتك في هذا المتصفح، ولا يُرسل أي شيء إلى أي مكان.
page-sidebar-label = التقدّم والنتائج
page-exported-invalid = حُفظ الملف { $file }، لكن الأدوات الأخرى سترفضه حتى تُصحَّح هذه المشكلات.
## كلمات أوامر المراجعة على الخرج القياسي للأخطاء

import-summary = تم الاستيراد — الضوابط: { $controls }، المجموعات: { $groups }، الضوابط المسحوبة المستبعدة: { $withdrawn }، التحذيرات: { $warnings }
import-profile-summary = الملف المستهدف `{ $profile }` — الضوابط المستهدفة: { $targets }
output-wrote = كُتب الملف { $path }
review-positions = { $files } (المواضع بترتيب إدخالها)
review-formats = يكتب الأمر `{ $command }` إحدى الصيغ: { $formats }
review-needs-assessments = { PLURAL($count) ->
    [one] أدخل تقييمًا واحدًا على الأقل
    [two] أدخل تقييمين على الأقل
   *[other] أدخل { $count } تقييمات على الأقل
    }
review-k-zero = يجب أن تكون قيمة `--k` واحدًا أو أكثر
review-cannot-write = تعذّرت كتابة الناتج: { $reason }
parquet-needs-file = تُكتب صيغة `parquet` في ملف: أضف `-o FILE.parquet`

# OSCAL export
export-ar-summary = نتائج تقييم `OSCAL` — الاستنتاجات: { $findings }، الملاحظات: { $observations }
export-poam-summary = خطة عمل `OSCAL` — البنود: { $items } (الفجوات مقارنة بالملف المستهدف `{ $profile }`)
# xlsx: questionnaire workbooks (kalkan export xlsx, kalkan import xlsx)
xlsx-column-id = المعرّف
xlsx-column-control = الضابط
xlsx-column-question = السؤال
xlsx-column-answer = الإجابة
xlsx-column-notes = ملاحظات
xlsx-column-evidence = الأدلة (دليل في كل سطر)
xlsx-kalkan-note = `Kalkan`: ما يلزم لقراءة هذا المصنف من جديد. املأ بيانات الجهة المقيَّمة والمقيِّم، ولا تغيّر شيئاً آخر.
xlsx-import-summary = تم الاستيراد — الضوابط المُجاب عنها: { $answered } من { $controls }، التحذيرات: { $warnings }
# CISO Assistant import
import-ciso-summary = تم الاستيراد — الضوابط: { $controls }، المجموعات: { $groups }، الملاحظات المضافة إلى الأوصاف: { $notes }، المعرّفات المعاد تسميتها: { $renamed }، التحذيرات: { $warnings }
import-ciso-no-english = لا تحتوي المكتبة على الإنجليزية: يُستخدم نصها بلغة `{ $locale }` نصًا إنجليزيًا أيضًا
import-ciso-mapping-set = { $source } ← { $target } — المطابقات المنشأة: { $maps } من { $read } (المستبعدة: { $left })، المصادر غير المحلولة: { $sources }، الأهداف غير المحلولة: { $targets }
import-ciso-mapping-unresolved = لم يُحلّ أي متطلب من { $urn }: قدّم مكتبة إطاره باستخدام `--framework`
import-ciso-mapping-summary = تم الاستيراد — مجموعات المطابقة: { $sets }، التحذيرات: { $warnings }
