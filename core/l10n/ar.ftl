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
   *[other] النص ليس بصيغة JSON صالحة
}
error-invalid_structure = { $problem ->
    [missing_field] الحقل `{ $field }` غير موجود
    [unknown_field] الحقل `{ $field }` غير مسموح به هنا؛ الحقول المسموح بها: { $expected }
    [duplicate_field] الحقل `{ $field }` مكرر
    [invalid_type] كان المتوقع { $expected ->
            [string] نصًّا
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
    [not_json] لا يمكن كتابة هذه القيمة بصيغة JSON
    [unknown_document] تعذّر تحديد نوع هذا المستند: للإطار الحقلان `groups` و`scales`، وللتقييم الحقول `framework` و`subject` و`responses`
    [score_report] هذا تقرير نتائج، وليس إطارًا ولا تقييمًا: احسب نتائج التقييم الذي صدر عنه بدلًا منه
    [not_an_object] كان المتوقع كائن JSON (إطارًا أو تقييمًا)
   *[other] المستند ليس بالبنية المتوقعة
}
error-invalid_id = { $what ->
    [framework] يجب أن يكون معرّف الإطار `{ $id }` بصيغة slug: أحرف لاتينية صغيرة وأرقام، بينها `-` واحدة بين الكلمات
    [group] يجب أن يتكون معرّف المجموعة `{ $id }` من 1 إلى 64 حرفًا دون مسافات
    [control] يجب أن يتكون معرّف الضابط `{ $id }` من 1 إلى 64 حرفًا دون مسافات
    [scale] يجب أن يتكون معرّف المقياس `{ $id }` من 1 إلى 64 حرفًا دون مسافات
    [option] يجب أن يتكون معرّف الخيار `{ $id }` من 1 إلى 64 حرفًا دون مسافات
    [profile] يجب أن يتكون معرّف الملف المستهدف `{ $id }` من 1 إلى 64 حرفًا دون مسافات
   *[other] يجب أن يتكون المعرّف `{ $id }` من 1 إلى 64 حرفًا دون مسافات
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
   *[other] المعرّف `{ $id }` مستخدم أكثر من مرة
}
error-unknown_scale = المقياس `{ $scale }` غير مُعلَن؛ المقاييس المُعلَنة: { $known }
error-empty_scale = يجب أن يتضمن المقياس `{ $scale }` خيارًا واحدًا على الأقل
error-undeclared_level = المستوى { $level } غير مُعلَن؛ { $known_count ->
    [0] لا يُعلن الإطار أي مستويات
   *[other] المستويات المُعلَنة: { $known }
}
error-invalid_level = تُرقَّم المستويات ابتداءً من 1؛ المستوى 0 يعني عدم بلوغ أي مستوى وهو ضمني
error-invalid_weight = يجب أن يكون الوزن عددًا منتهيًا أكبر من 0، والموجود `{ $weight }`
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
error-invalid_argument = القيمة `{ $value }` غير مسموح بها في { $argument }؛ المتوقع { $expected }
error-unreadable = تعذّرت قراءة `{ $path }`: { $reason }
error-internal = خطأ داخلي في كالكان (يُرجى الإبلاغ عنه): { $reason }

## الأخطاء كاملة

error-parse = { $problem_code ->
    [malformed_json] { $document ->
            [framework] الإطار
            [assessment] التقييم
            [adjudication] قرار الفصل
           *[report] التقرير
        } ليس بصيغة JSON سليمة: { $first }
   *[other] { $pointer_is_root ->
        [yes] { $document ->
            [framework] الإطار
            [assessment] التقييم
            [adjudication] قرار الفصل
           *[report] التقرير
        } ليس بالبنية المتوقعة: { $first }
       *[no] { $document ->
            [framework] الإطار
            [assessment] التقييم
            [adjudication] قرار الفصل
           *[report] التقرير
        } ليس بالبنية المتوقعة في `{ $pointer }`: { $first }
    }
}
error-invalid = { $document ->
            [framework] الإطار
            [assessment] التقييم
            [adjudication] قرار الفصل
           *[report] التقرير
        } غير صالح: { $count ->
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

## المراجعة الوطنية (الدمج والمقارنة والاتجاه والتجميع وإخفاء الهوية)

review-benchmark-title = المقارنة المرجعية لـ { $framework }
review-comparison-title = ما الذي تغيّر: { $subject }
review-trend-title = الاتجاه: { $subject }
review-merge-title = التقييم المدمج: { $subject }
review-framework = الإطار
review-versions = الإصدارات المحتسبة
review-k = أصغر فئة تُنشر
review-subjects = الجهات
review-cohort = الفئة
review-everyone = جميع الجهات
review-not-stated = غير مذكور
review-suppressed = محجوب
review-suppressed-note = محجوب: أقل من { $k } جهات، أو حُجب حتى لا يمكن استنتاج فئة محجوبة من المجاميع.
review-withheld = محجوب
review-group = المجموعة
review-measure = المقياس
review-index = المؤشر المركّب
review-compliance = الامتثال
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
review-quantile-note = الأرباع بالطريقة الخطية (كما تحسبها numpy وpandas)؛ والمتوسط هو المجموع المقرَّب بدقة مقسومًا على عدد القيم.
review-placement-title = موقع { $subject }
review-peers-everyone = جميع الجهات
review-peers-cohort = الفئة { $cohort }
review-placement-summary = مقارنةً بـ{ $peers }: أعلى من الوسيط في { $above } من { $compared } مجموعات، وعند الوسيط في { $at }، ودونه في { $below }.
review-placement-suppressed = مقارنةً بـ{ $peers }: لا موقع، لأن الفئة محجوبة.
review-percentile-rank = الرتبة المئينية
review-position-above = أعلى من الوسيط
review-position-at = عند الوسيط
review-position-below = دون الوسيط
review-subject-index = المؤشر المركّب لـ{ $subject }
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
review-rule = القاعدة
review-rule-consensus = التوافق
review-rule-minimum = الأدنى
review-rule-median = الوسيط
review-rule-majority = الأغلبية
review-respondents = المجيبون
review-respondent = المجيب
review-answer = الإجابة
review-notes = الملاحظات
review-adjudicator = جهة الفصل
review-conflicts = حالات التعارض
review-settled = فُصل فيها بـ{ $option }
review-unsettled = تُركت دون إجابة
review-no-conflicts = لا تعارض: حسمت القاعدة كل ضابط أجاب عنه المجيبون.
review-merge-summary = دُمج بقاعدة { $rule }: ضوابط مُجاب عنها { $carried }، وحالات تعارض { $conflicts } (فُصل في { $settled } منها).
review-anonymized = التقييمات المُخفاة الهوية المكتوبة: { $count }.
review-failed = التقييمات التي تعذّر احتساب نتائجها: { $failed } من { $total }.
review-written = كُتب: { $path }
review-generated-by = أُنشئ بواسطة كالكان { $version }
