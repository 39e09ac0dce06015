//! The tool's own words (report chrome, prompts) in English, Arabic and French, and number
//! formatting per language. Framework texts come from the framework, not from here.

use clap::ValueEnum;

/// A language the tool speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum Lang {
    #[default]
    En,
    Ar,
    Fr,
}

impl Lang {
    /// The language tag used in framework texts and in HTML (`en`, `ar`, `fr`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Fr => "fr",
        }
    }

    pub fn is_rtl(self) -> bool {
        kalkan::is_rtl(self.code())
    }

    /// A fixed string of the tool's vocabulary.
    pub fn t(self, key: Ui) -> &'static str {
        let (en, ar, fr) = key.texts();
        match self {
            Lang::En => en,
            Lang::Ar => ar,
            Lang::Fr => fr,
        }
    }

    /// A pattern with `{0}`, `{1}`, ... placeholders, filled in.
    pub fn f(self, key: Ui, args: &[&str]) -> String {
        let mut out = self.t(key).to_string();
        for (i, a) in args.iter().enumerate() {
            out = out.replace(&format!("{{{i}}}"), a);
        }
        out
    }

    /// A number with `decimals` decimals, using the language's decimal separator. Exact ties
    /// round away from zero, as the browser questionnaire's `Intl.NumberFormat` does, so a score
    /// reads the same in the HTML report and in the browser (Rust's own formatting rounds ties
    /// to even: 56.25 would print as 56.2 here and 56.3 there).
    pub fn num(self, v: f64, decimals: usize) -> String {
        let s = format!("{:.decimals$}", away_from_zero_on_ties(v, decimals));
        // `-0.0` would read oddly in a report.
        let s = match s.strip_prefix('-') {
            Some(rest) if rest.chars().all(|c| c == '0' || c == '.') => rest.to_string(),
            _ => s,
        };
        match self {
            Lang::Fr => s.replace('.', ","),
            Lang::En | Lang::Ar => s,
        }
    }

    /// A percentage (`v` already in 0-100) with one decimal.
    pub fn pct(self, v: f64) -> String {
        let n = self.num(v, 1);
        match self {
            // French typography puts a narrow no-break space before `%`.
            Lang::Fr => format!("{n}\u{202f}%"),
            Lang::En | Lang::Ar => format!("{n}%"),
        }
    }

    /// "Label:" with the language's punctuation.
    pub fn colon(self, label: &str) -> String {
        self.labelled(label, "").trim_end().to_string()
    }

    /// "Label: value" with the language's punctuation.
    pub fn labelled(self, label: &str, value: &str) -> String {
        match self {
            Lang::Fr => format!("{label}\u{a0}: {value}"),
            Lang::En | Lang::Ar => format!("{label}: {value}"),
        }
    }
}

macro_rules! ui {
    ($($key:ident => ($en:expr, $ar:expr, $fr:expr),)*) => {
        /// Keys of the tool's vocabulary. Every key has all three languages (checked by the compiler).
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Ui { $($key,)* }

        impl Ui {
            /// Every key, for tests.
            #[cfg(test)]
            pub const ALL: &'static [Ui] = &[$(Ui::$key,)*];

            /// `(en, ar, fr)`.
            pub fn texts(self) -> (&'static str, &'static str, &'static str) {
                match self { $(Ui::$key => ($en, $ar, $fr),)* }
            }
        }
    };
}

ui! {
    // Report chrome
    ReportTitle => ("Cybersecurity self-assessment report", "تقرير التقييم الذاتي للأمن السيبراني", "Rapport d'auto-évaluation de la cybersécurité"),
    ExecutiveSummary => ("Executive summary", "الملخص التنفيذي", "Synthèse"),
    Charts => ("Results at a glance", "النتائج في لمحة", "Résultats en un coup d'œil"),
    ResultsByGroup => ("Results by group", "النتائج حسب المجموعة", "Résultats par groupe"),
    ControlsByGroup => ("Controls by group", "الضوابط حسب المجموعة", "Contrôles par groupe"),
    PrioritizedGaps => ("Prioritized gaps", "الفجوات حسب الأولوية", "Écarts par ordre de priorité"),
    TopGaps => ("Top gaps", "أهم الفجوات", "Principaux écarts"),
    Warnings => ("Warnings", "تنبيهات", "Avertissements"),
    AboutFramework => ("Framework used", "الإطار المستخدم", "Référentiel utilisé"),
    Framework => ("Framework", "الإطار", "Référentiel"),
    FrameworkId => ("Identifier", "المعرّف", "Identifiant"),
    Version => ("Version", "الإصدار", "Version"),
    Digest => ("Content digest", "بصمة المحتوى", "Empreinte du contenu"),
    Publisher => ("Publisher", "الناشر", "Éditeur"),
    License => ("License", "الترخيص", "Licence"),
    Source => ("Source", "المصدر", "Source"),
    Subject => ("Assessed", "الجهة المُقيَّمة", "Entité évaluée"),
    SubjectKind => ("Kind", "النوع", "Type"),
    Country => ("Country", "البلد", "Pays"),
    Sector => ("Sector", "القطاع", "Secteur"),
    Assessor => ("Assessor", "المُقيِّم", "Évaluateur"),
    Period => ("Assessment period", "فترة التقييم", "Période d'évaluation"),
    TargetProfile => ("Target profile", "ملف الأهداف", "Profil cible"),
    NoTargetProfile => ("No target profile was named, so there is no gap analysis (name one with --target).", "لم يُحدَّد ملف أهداف، لذا لا يوجد تحليل للفجوات (حدِّده باستخدام ‎--target‎).", "Aucun profil cible n'a été indiqué : pas d'analyse des écarts (indiquez-en un avec --target)."),
    Group => ("Group", "المجموعة", "Groupe"),
    Control => ("Control", "الضابط", "Contrôle"),
    Title => ("Title", "العنوان", "Intitulé"),
    Level => ("Level", "المستوى", "Niveau"),
    Index => ("Index", "المؤشر", "Indice"),
    Compliance => ("Compliance", "نسبة الامتثال", "Conformité"),
    Completeness => ("Completeness", "نسبة الاكتمال", "Complétude"),
    Target => ("Target", "المستهدف", "Cible"),
    Answer => ("Answer", "الإجابة", "Réponse"),
    Status => ("Status", "الحالة", "Statut"),
    Notes => ("Notes and evidence", "الملاحظات والأدلة", "Notes et preuves"),
    Met => ("Met", "مستوفى", "Satisfait"),
    NotMet => ("Not met", "غير مستوفى", "Non satisfait"),
    NotApplicable => ("Not applicable", "لا ينطبق", "Sans objet"),
    Unanswered => ("Unanswered", "بلا إجابة", "Sans réponse"),
    MaturityLevel => ("Maturity level", "مستوى النضج", "Niveau de maturité"),
    IndexHeadline => ("Index (0-100)", "المؤشر (0-100)", "Indice (0-100)"),
    LevelOf => ("{0} of {1}", "{0} من {1}", "{0} sur {1}"),
    NoLevelReached => ("No level reached", "لم يُبلَغ أي مستوى", "Aucun niveau atteint"),
    NoLevel => ("No level: no applicable control carries a level", "لا مستوى: لا يحمل أي ضابط منطبق مستوى", "Aucun niveau : aucun contrôle applicable ne porte de niveau"),
    NoValue => ("Not available: nothing applicable", "غير متاح: لا شيء منطبق", "Non disponible : rien d'applicable"),
    TargetsReached => ("Group targets reached", "أهداف المجموعات المتحققة", "Cibles de groupe atteintes"),
    GapCount => ("Required controls not met", "الضوابط المطلوبة غير المستوفاة", "Contrôles exigés non satisfaits"),
    Strongest => ("Strongest group", "أقوى مجموعة", "Groupe le plus solide"),
    Weakest => ("Weakest group", "أضعف مجموعة", "Groupe le plus faible"),
    NoGaps => ("No gaps: every control the target requires is met.", "لا فجوات: جميع الضوابط التي يتطلبها الهدف مستوفاة.", "Aucun écart : tous les contrôles exigés par la cible sont satisfaits."),
    Reached => ("Reached", "متحقق", "Atteinte"),
    NotReached => ("Not reached", "غير متحقق", "Non atteinte"),
    RadarTitle => ("Index by group (0-100)", "المؤشر حسب المجموعة (0-100)", "Indice par groupe (0-100)"),
    BarsTitle => ("Maturity level by group, against the target", "مستوى النضج حسب المجموعة مقارنةً بالمستهدف", "Niveau de maturité par groupe, par rapport à la cible"),
    CurrentLevel => ("Current level", "المستوى الحالي", "Niveau actuel"),
    TargetLevel => ("Target level", "المستوى المستهدف", "Niveau cible"),
    LevelsLegend => ("Maturity levels", "مستويات النضج", "Niveaux de maturité"),
    NoLevelsChart => ("This framework does not use maturity levels.", "لا يستخدم هذا الإطار مستويات نضج.", "Ce référentiel n'utilise pas de niveaux de maturité."),
    WhyRequired => ("Required by", "سبب الاشتراط", "Exigé par"),
    ByTargetLevel => ("target level {0}", "المستوى المستهدف {0}", "niveau cible {0}"),
    ByProfile => ("named in the profile", "مذكور في ملف الأهداف", "cité dans le profil"),
    MoreGaps => ("… and {0} more", "… و{0} أخرى", "… et {0} de plus"),
    GeneratedBy => ("Generated by Kalkan {0}", "أُعدّ بواسطة كالكان {0}", "Généré par Kalkan {0}"),
    // Phrased as "label: n of m" so that no language needs plural or number agreement.
    WarnIncomplete => ("Unanswered controls: {0} of {1}; they count as not met.", "الضوابط التي لم يُجَب عنها: {0} من أصل {1}، وتُحتسب غير مستوفاة.", "Contrôles sans réponse : {0} sur {1} ; ils comptent comme non satisfaits."),
    WarnNothingApplicable => ("Every control is answered as not applicable: there is no index, compliance or level.", "أُجيب عن جميع الضوابط بأنها لا تنطبق: لا يوجد مؤشر ولا امتثال ولا مستوى.", "Tous les contrôles sont déclarés sans objet : ni indice, ni conformité, ni niveau."),
    Priority => ("Priority", "الأولوية", "Priorité"),
    Files => ("File", "الملف", "Fichier"),
    Result => ("Result", "النتيجة", "Résultat"),
    // Questionnaire
    Questionnaire => ("Questionnaire", "الاستبيان", "Questionnaire"),
    QuestionCount => ("Question {0} of {1}", "السؤال {0} من {1}", "Question {0} sur {1}"),
    Resuming => ("Resuming: {0} of {1} questions already answered.", "استئناف: تمت الإجابة عن {0} من {1} سؤالًا.", "Reprise : {0} questions sur {1} déjà répondues."),
    AnswerPrompt => ("Answer [1-{0}, s skip, n note, ? guidance, q quit]: ", "الإجابة [1-{0}، s تخطٍّ، n ملاحظة، ? إرشاد، q خروج]: ", "Réponse [1-{0}, s passer, n note, ? aide, q quitter] : "),
    InvalidChoice => ("Please type a number from 1 to {0}, or s, n, ? or q.", "يُرجى كتابة رقم من 1 إلى {0}، أو s أو n أو ? أو q.", "Tapez un nombre de 1 à {0}, ou s, n, ? ou q."),
    NotePrompt => ("Note: ", "ملاحظة: ", "Note : "),
    NoteKept => ("Note kept; it is saved with the answer.", "حُفظت الملاحظة مؤقتًا وستُحفظ مع الإجابة.", "Note conservée ; elle sera enregistrée avec la réponse."),
    NoteDropped => ("The note was not saved: notes are saved with an answer.", "لم تُحفظ الملاحظة: تُحفظ الملاحظات مع الإجابة.", "La note n'a pas été enregistrée : les notes sont enregistrées avec une réponse."),
    Statement => ("Statement", "النص", "Énoncé"),
    Guidance => ("Guidance", "إرشاد", "Aide"),
    NoGuidance => ("This control has no guidance.", "لا يوجد إرشاد لهذا الضابط.", "Ce contrôle n'a pas d'aide."),
    Saved => ("Saved ({0} of {1} answered).", "حُفظ ({0} من {1} تمت الإجابة عنها).", "Enregistré ({0} sur {1} répondues)."),
    Skipped => ("Skipped.", "تم التخطي.", "Question passée."),
    Stopped => ("Stopped: {0} of {1} answered, saved in {2}. Run the same command again to continue.", "توقف: تمت الإجابة عن {0} من {1}، والحفظ في {2}. أعد تشغيل الأمر نفسه للمتابعة.", "Arrêt : {0} sur {1} répondues, enregistré dans {2}. Relancez la même commande pour continuer."),
    Finished => ("Questionnaire finished: {0} of {1} answered, saved in {2}.", "انتهى الاستبيان: تمت الإجابة عن {0} من {1}، والحفظ في {2}.", "Questionnaire terminé : {0} sur {1} répondues, enregistré dans {2}."),
    NothingToAsk => ("Every question is already answered.", "تمت الإجابة عن جميع الأسئلة.", "Toutes les questions ont déjà une réponse."),
    SubjectPrompt => ("Name of the organisation assessed: ", "اسم الجهة المُقيَّمة: ", "Nom de l'entité évaluée : "),
    SubjectRequired => ("A name is required.", "الاسم مطلوب.", "Un nom est requis."),
    NothingSaved => ("Stopped before the assessment was started: nothing saved.", "توقف قبل بدء التقييم: لم يُحفظ شيء.", "Arrêt avant le début de l'évaluation : rien n'a été enregistré."),
}

/// `v`, nudged to the next representable number away from zero when its exact decimal expansion
/// is a tie at `decimals` places (digit 5 followed only by zeros).
fn away_from_zero_on_ties(v: f64, decimals: usize) -> f64 {
    let exact = format!("{:.80}", v.abs());
    let Some(dot) = exact.find('.') else { return v };
    let rest = exact.get(dot + 1 + decimals..).unwrap_or("");
    let tie = rest.starts_with('5') && rest.get(1..).unwrap_or("").bytes().all(|b| b == b'0');
    match (tie, v > 0.0) {
        (true, true) => v.next_up(),
        (true, false) => v.next_down(),
        (false, _) => v,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_three_non_empty_texts_with_the_same_placeholders() {
        for key in Ui::ALL {
            let (en, ar, fr) = key.texts();
            for (lang, s) in [("en", en), ("ar", ar), ("fr", fr)] {
                assert!(!s.trim().is_empty(), "{key:?} is empty in {lang}");
            }
            let holes = |s: &str| (0..4).filter(|i| s.contains(&format!("{{{i}}}"))).collect::<Vec<_>>();
            assert_eq!(holes(en), holes(ar), "{key:?}: Arabic placeholders differ");
            assert_eq!(holes(en), holes(fr), "{key:?}: French placeholders differ");
            // A translation identical to English is fine for a few words (Version, Source) only.
            if en.len() > 12 {
                assert_ne!(en, ar, "{key:?} is not translated to Arabic");
            }
        }
    }

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(Lang::En.num(57.142857, 1), "57.1");
        assert_eq!(Lang::Fr.num(57.142857, 1), "57,1");
        assert_eq!(Lang::Fr.pct(50.0), "50,0\u{202f}%");
        assert_eq!(Lang::Ar.pct(100.0), "100.0%");
        assert_eq!(Lang::En.num(-0.01, 1), "0.0");
        // Ties round away from zero (like Intl.NumberFormat); near-ties follow the exact value.
        assert_eq!(Lang::En.num(56.25, 1), "56.3");
        assert_eq!(Lang::En.num(0.125, 2), "0.13");
        assert_eq!(Lang::En.num(-2.5, 0), "-3");
        assert_eq!(Lang::En.num(0.35, 1), "0.3");
        assert_eq!(Lang::En.num(62.5, 1), "62.5");
        assert_eq!(Lang::En.f(Ui::LevelOf, &["1", "3"]), "1 of 3");
        assert_eq!(Lang::Ar.f(Ui::LevelOf, &["1", "3"]), "1 من 3");
    }
}
